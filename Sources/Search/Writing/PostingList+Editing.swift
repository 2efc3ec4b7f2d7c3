/// Replacing one document's posting in a list, for an index that takes in a changed document
/// without being made again.
extension PostingList {
    /// Where `document`'s posting is, or where it would go, and whether it is there.
    func slot(of document: Int32) -> (index: Int, isPresent: Bool) {
        var low = 0
        var high = documents.count
        while low < high {
            let middle = (low + high) / 2
            if documents[middle] < document { low = middle + 1 } else { high = middle }
        }
        return (low, low < documents.count && documents[low] == document)
    }

    /// Removes `document`'s posting, if the list has one.
    mutating func remove(document: Int32) {
        let (index, isPresent) = slot(of: document)
        guard isPresent else { return }
        let start = Int(positionStarts[index])
        let end = index + 1 < positionStarts.count ? Int(positionStarts[index + 1]) : positions.count
        documents.remove(at: index)
        masks.remove(at: index)
        positionStarts.remove(at: index)
        positions.removeSubrange(start..<end)
        let removed = Int32(end - start)
        for later in index..<positionStarts.count { positionStarts[later] -= removed }
    }

    /// Adds a posting for `document`, which the list must not have yet, in document order.
    mutating func insert(document: Int32, mask: UInt8, positions newPositions: some Sequence<Int32>) {
        let (index, _) = slot(of: document)
        let start = index < positionStarts.count ? Int(positionStarts[index]) : positions.count
        documents.insert(document, at: index)
        masks.insert(mask, at: index)
        positionStarts.insert(Int32(start), at: index)
        var encoded: [UInt8] = []
        Self.encode(newPositions, into: &encoded)
        positions.insert(contentsOf: encoded, at: start)
        let added = Int32(encoded.count)
        for later in (index + 1)..<positionStarts.count { positionStarts[later] += added }
    }
}
