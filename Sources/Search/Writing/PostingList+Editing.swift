/// Replacing one document's posting in a list, for an index that takes in a changed document
/// without being made again. Each edit reads the list up to the document and moves the bytes
/// after it once.
extension PostingList {
    /// `document`'s posting, if the list has one.
    func posting(of document: Int32) -> Posting? {
        guard document <= lastDocument else { return nil }
        return first { $0.document >= document }.flatMap { $0.document == document ? $0 : nil }
    }

    /// Removes `document`'s posting, if the list has one.
    mutating func remove(document: Int32) {
        guard document <= lastDocument else { return }
        let place = self.place(of: document)
        guard let found = place.found, found.document == document else { return }
        // The posting after it now follows the one before.
        var replacement: [UInt8] = []
        var end = place.end
        if let next = place.next {
            Self.appendVarint(UInt32(bitPattern: next.document &- place.previous &- 1), to: &replacement)
            end = next.deltaEnd
        }
        bytes.replaceSubrange(place.start..<end, with: replacement)
        count -= 1
        if place.next == nil { lastDocument = place.previous }
    }

    /// Adds a posting for `document`, which the list must not have yet, in document order.
    mutating func insert(document: Int32, mask: UInt8, positions: some Collection<Int32>) {
        guard document <= lastDocument else { return append(document: document, mask: mask, positions: positions) }
        let place = self.place(of: document)
        guard let found = place.found else { return append(document: document, mask: mask, positions: positions) }
        var replacement: [UInt8] = []
        Self.encode(document: document, after: place.previous, mask: mask, positions: positions, into: &replacement)
        // The posting found comes after the new one: its difference is from the new document.
        Self.appendVarint(UInt32(bitPattern: found.document &- document &- 1), to: &replacement)
        bytes.replaceSubrange(place.start..<found.deltaEnd, with: replacement)
        count += 1
    }

    /// Where the first posting with a document at or after `document` starts, the document
    /// before it, that posting's document and where its difference ends, where the posting
    /// ends, and the posting after it.
    private func place(of document: Int32)
        -> (start: Int, previous: Int32, found: (document: Int32, deltaEnd: Int)?, end: Int, next: (document: Int32, deltaEnd: Int)?) {
        var reader = VarintReader(bytes: bytes[...])
        var previous: Int32 = -1
        while !reader.isAtEnd {
            let start = reader.index
            let current = previous &+ Int32(truncatingIfNeeded: reader.next()) &+ 1
            let deltaEnd = reader.index
            _ = reader.next()
            reader.skip(Int(reader.next()))
            if current >= document {
                let end = reader.index
                guard !reader.isAtEnd else { return (start, previous, (current, deltaEnd), end, nil) }
                let next = current &+ Int32(truncatingIfNeeded: reader.next()) &+ 1
                return (start, previous, (current, deltaEnd), end, (next, reader.index))
            }
            previous = current
        }
        return (bytes.count, previous, nil, bytes.count, nil)
    }

    /// The list with the posting of each document `d` given to document `newPosition[d]`, and
    /// those of documents given −1 left out; the documents kept must keep their order.
    func renumbered(_ newPosition: [Int32]) -> PostingList {
        var renumbered = PostingList()
        renumbered.bytes.reserveCapacity(bytes.count + 8)
        var reader = VarintReader(bytes: bytes[...])
        var previous: Int32 = -1
        while !reader.isAtEnd {
            let document = previous &+ Int32(truncatingIfNeeded: reader.next()) &+ 1
            previous = document
            // The mask, the number of positions and the positions are copied as they are.
            let start = reader.index
            _ = reader.next()
            reader.skip(Int(reader.next()))
            let target = newPosition[Int(document)]
            guard target >= 0 else { continue }
            Self.appendVarint(UInt32(bitPattern: target &- renumbered.lastDocument &- 1), to: &renumbered.bytes)
            renumbered.bytes += bytes[start..<reader.index]
            renumbered.lastDocument = target
            renumbered.count += 1
        }
        return renumbered
    }
}
