/// The documents one term occurs in, in ascending document order, with the fields and the
/// positions it has in each.
///
/// A list is one array of bytes: an archive's index holds a posting for nearly every distinct
/// word of every document, and four arrays per list (documents, masks, position starts,
/// positions) took three times the memory. Each posting is, in seven-bit groups (the lowest
/// first, the high bit set on all but the last): the document's difference from the one
/// before, less one (the first from −1); the mask, one byte; the number of positions; then the
/// positions, ascending, as differences from the one before (the first from 0).
struct PostingList: Sendable, Sequence {
    /// How many documents the list holds.
    var count = 0
    /// The last document of the list, −1 when it is empty.
    var lastDocument: Int32 = -1
    /// The postings; changed only through the methods, which keep `count` and `lastDocument`.
    var bytes: [UInt8] = []

    /// One document's posting.
    struct Posting {
        let document: Int32
        /// The fields the term occurs in (title 8, subtitle 4, tags and other metadata 2,
        /// summary and body 1), plus 16 when it occurs there only as a compound's tail.
        let mask: UInt8
        let positions: Positions
    }

    var isEmpty: Bool { count == 0 }

    /// The first posting.
    var first: Posting? {
        var iterator = makeIterator()
        return iterator.next()
    }

    mutating func append(document: Int32, mask: UInt8, positions: some Collection<Int32>) {
        Self.encode(document: document, after: lastDocument, mask: mask, positions: positions, into: &bytes)
        lastDocument = document
        count += 1
    }

    /// Appends the postings of `other`, whose documents all come after this list's: only the
    /// first posting's document difference is written anew.
    mutating func append(contentsOf other: PostingList) {
        guard !other.isEmpty else { return }
        var reader = VarintReader(bytes: other.bytes[...])
        // The first difference is from −1, less one: the document itself.
        let first = Int32(truncatingIfNeeded: reader.next())
        // Exactly the size needed: growth by doubling left a merged archive's lists a third empty.
        bytes.reserveCapacity(bytes.count + 5 + other.bytes.count - reader.index)
        Self.appendVarint(UInt32(bitPattern: first &- lastDocument &- 1), to: &bytes)
        bytes += other.bytes[reader.index...]
        count += other.count
        lastDocument = other.lastDocument
    }

    func makeIterator() -> Iterator { Iterator(bytes: bytes[...]) }

    /// Calls `body` with each posting's document and mask, without reading its positions into
    /// a `Posting`: the index writer's pass over every list.
    func forEachDocument(_ body: (_ document: Int32, _ mask: UInt8) -> Void) {
        bytes.withUnsafeBufferPointer { buffer in
            var reader = VarintReader(bytes: buffer)
            var previous: Int32 = -1
            while !reader.isAtEnd {
                previous = previous &+ Int32(truncatingIfNeeded: reader.next()) &+ 1
                let mask = UInt8(truncatingIfNeeded: reader.next())
                reader.skip(Int(reader.next()))
                body(previous, mask)
            }
        }
    }

    /// Calls `body` with each posting's number of positions and then with its positions as
    /// differences from the one before (the first from 0): the numbers the list holds for
    /// them, passed on without decoding the positions.
    func forEachPositionNumber(_ body: (UInt32) -> Void) {
        bytes.withUnsafeBufferPointer { buffer in
            var reader = VarintReader(bytes: buffer)
            while !reader.isAtEnd {
                // The document's difference and the mask.
                reader.skip(2)
                let count = reader.next()
                body(count)
                for _ in 0..<count { body(reader.next()) }
            }
        }
    }

    /// Reads the postings in order.
    struct Iterator: IteratorProtocol {
        private var reader: VarintReader<ArraySlice<UInt8>>
        private var previous: Int32 = -1

        init(bytes: ArraySlice<UInt8>) {
            reader = VarintReader(bytes: bytes)
        }

        /// Where the next posting starts, and the document before it.
        var offset: (index: Int, previous: Int32) { (reader.index, previous) }

        mutating func next() -> Posting? {
            guard !reader.isAtEnd else { return nil }
            let document = previous &+ Int32(truncatingIfNeeded: reader.next()) &+ 1
            previous = document
            let mask = UInt8(truncatingIfNeeded: reader.next())
            let count = Int(reader.next())
            let start = reader.index
            reader.skip(count)
            return Posting(document: document, mask: mask, positions: Positions(bytes: reader.bytes[start..<reader.index], count: count))
        }
    }

    /// One document's positions, decoded as they are read.
    struct Positions: Sequence {
        let bytes: ArraySlice<UInt8>
        let count: Int

        func makeIterator() -> Iterator { Iterator(reader: VarintReader(bytes: bytes)) }

        struct Iterator: IteratorProtocol {
            var reader: VarintReader<ArraySlice<UInt8>>
            var previous: UInt32 = 0

            mutating func next() -> Int32? {
                guard !reader.isAtEnd else { return nil }
                previous &+= reader.next()
                return Int32(bitPattern: previous)
            }
        }
    }

    /// Appends one posting's encoding to `bytes`.
    /// The posting is put together in a temporary buffer and appended in one piece: appending
    /// byte by byte checked the array's capacity and ownership for every byte.
    static func encode(document: Int32, after previous: Int32, mask: UInt8, positions: some Collection<Int32>,
                       into bytes: inout [UInt8]) {
        // Five bytes at most for each number: the document, the count and the positions.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 5 * (positions.count + 2) + 1) { buffer in
            var end = 0
            func put(_ value: UInt32) {
                var rest = value
                while rest >= 0x80 {
                    buffer[end] = UInt8(truncatingIfNeeded: rest) | 0x80
                    end += 1
                    rest >>= 7
                }
                buffer[end] = UInt8(rest)
                end += 1
            }
            put(UInt32(bitPattern: document &- previous &- 1))
            buffer[end] = mask & 0x7F
            end += 1
            put(UInt32(positions.count))
            var last: UInt32 = 0
            for position in positions {
                put(UInt32(bitPattern: position) &- last)
                last = UInt32(bitPattern: position)
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<end]))
        }
    }

    static func appendVarint(_ value: UInt32, to bytes: inout [UInt8]) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }
}

/// Reads numbers of seven-bit groups, the lowest first, the high bit set on all but the last:
/// from a list's bytes, or from a buffer where a pass over every list reads them unchecked.
struct VarintReader<Bytes: RandomAccessCollection<UInt8>> where Bytes.Index == Int {
    let bytes: Bytes
    private(set) var index: Int

    init(bytes: Bytes) {
        self.bytes = bytes
        index = bytes.startIndex
    }

    var isAtEnd: Bool { index >= bytes.endIndex }

    /// The next number; 0 past the end.
    mutating func next() -> UInt32 {
        var value: UInt32 = 0
        var shift: UInt32 = 0
        while index < bytes.endIndex {
            let byte = bytes[index]
            index += 1
            value |= UInt32(byte & 0x7F) << (shift & 31)
            if byte < 0x80 { break }
            shift += 7
        }
        return value
    }

    /// Skips `count` numbers.
    mutating func skip(_ count: Int) {
        var left = count
        while left > 0, index < bytes.endIndex {
            if bytes[index] < 0x80 { left -= 1 }
            index += 1
        }
    }
}
