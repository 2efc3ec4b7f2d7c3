/// The documents one term occurs in, in ascending document order.
struct PostingList {
    var documents: [Int32] = []
    /// Per document: the fields the term occurs in (title 8, subtitle 4, tags and other
    /// metadata 2, summary and body 1), plus 16 when it occurs there only as a compound's tail.
    var masks: [UInt8] = []
    /// Per document, the start of its positions in `positions`; they end where the next start.
    var positionStarts: [Int32] = []
    /// Each document's positions, ascending, as the differences from the one before (the first
    /// from 0) in seven-bit groups, the lowest first, the high bit set on all but the last: an
    /// archive's index holds a position for nearly every word, and most differences take one
    /// byte instead of four.
    var positions: [UInt8] = []

    mutating func append(document: Int32, mask: UInt8, positions newPositions: some Collection<Int32>) {
        documents.append(document)
        masks.append(mask)
        positionStarts.append(Int32(positions.count))
        Self.encode(newPositions, into: &positions)
    }

    /// Appends the postings of `other`, whose documents all come after this list's.
    mutating func append(contentsOf other: PostingList) {
        let offset = Int32(positions.count)
        documents += other.documents
        masks += other.masks
        positionStarts += other.positionStarts.map { $0 + offset }
        positions += other.positions
    }

    func positions(at index: Int) -> Positions {
        let end = index + 1 < positionStarts.count ? Int(positionStarts[index + 1]) : positions.count
        return Positions(bytes: positions[Int(positionStarts[index])..<end])
    }

    /// Appends the encoding of ascending `values` to `bytes`.
    static func encode(_ values: some Sequence<Int32>, into bytes: inout [UInt8]) {
        var previous: UInt32 = 0
        for value in values {
            var rest = UInt32(bitPattern: value) &- previous
            previous = UInt32(bitPattern: value)
            while rest >= 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
                rest >>= 7
            }
            bytes.append(UInt8(rest))
        }
    }

    /// One document's positions, decoded as they are read.
    struct Positions: Sequence {
        let bytes: ArraySlice<UInt8>

        /// How many positions there are: one per byte that ends a number.
        var count: Int { bytes.reduce(0) { $0 + ($1 < 0x80 ? 1 : 0) } }

        func makeIterator() -> Iterator { Iterator(bytes: bytes, index: bytes.startIndex) }

        struct Iterator: IteratorProtocol {
            let bytes: ArraySlice<UInt8>
            var index: Int
            var previous: UInt32 = 0

            init(bytes: ArraySlice<UInt8>, index: Int) {
                self.bytes = bytes
                self.index = index
            }

            mutating func next() -> Int32? {
                guard index < bytes.endIndex else { return nil }
                var value: UInt32 = 0
                var shift: UInt32 = 0
                while index < bytes.endIndex {
                    let byte = bytes[index]
                    index += 1
                    value |= UInt32(byte & 0x7F) << shift
                    if byte < 0x80 { break }
                    shift += 7
                }
                previous &+= value
                return Int32(bitPattern: previous)
            }
        }
    }
}

/// Every term of the index with its posting list; term ids are given out in order of first
/// appearance and are not the order the index is written in.
struct PostingTable {
    private(set) var ids: [String: Int32] = [:]
    private(set) var terms: [String] = []
    var lists: [PostingList] = []

    /// The tables of consecutive runs of documents as one table. The tables are consumed: the
    /// first grows in place and each list of the others is let go once appended, so that the
    /// merge of an archive's index needs little more memory than the index.
    static func merged(_ tables: consuming [PostingTable]) -> PostingTable {
        guard !tables.isEmpty else { return PostingTable() }
        var merged = tables.removeFirst()
        while !tables.isEmpty {
            var table = tables.removeFirst()
            for (local, term) in table.terms.enumerated() {
                merged.lists[Int(merged.id(for: term))].append(contentsOf: table.lists[local])
                table.lists[local] = PostingList()
            }
        }
        return merged
    }

    mutating func id(for term: String) -> Int32 {
        if let id = ids[term] { return id }
        let id = Int32(terms.count)
        ids[term] = id
        terms.append(term)
        lists.append(PostingList())
        return id
    }
}
