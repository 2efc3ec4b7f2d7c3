/// The documents one term occurs in, in ascending document order.
struct PostingList {
    var documents: [Int32] = []
    /// Per document: the fields the term occurs in (title 8, subtitle 4, tags and other
    /// metadata 2, summary and body 1), plus 16 when it occurs there only as a compound's tail.
    var masks: [UInt8] = []
    /// Per document, the start of its positions in `positions`; they end where the next start.
    var positionStarts: [Int32] = []
    var positions: [Int32] = []

    mutating func append(document: Int32, mask: UInt8, positions newPositions: some Collection<Int32>) {
        documents.append(document)
        masks.append(mask)
        positionStarts.append(Int32(positions.count))
        positions.append(contentsOf: newPositions)
    }

    /// Appends the postings of `other`, whose documents all come after this list's.
    mutating func append(contentsOf other: PostingList) {
        let offset = Int32(positions.count)
        documents += other.documents
        masks += other.masks
        positionStarts += other.positionStarts.map { $0 + offset }
        positions += other.positions
    }

    func positions(at index: Int) -> ArraySlice<Int32> {
        let end = index + 1 < positionStarts.count ? Int(positionStarts[index + 1]) : positions.count
        return positions[Int(positionStarts[index])..<end]
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
