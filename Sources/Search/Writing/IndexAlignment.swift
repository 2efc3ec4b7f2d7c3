/// Where the documents of a kept model are among the documents of an update, when some were
/// added, removed or moved: a document is the same one when its id, URL and date are (so
/// that those kept are in the same order), and is analysed again when it is new or differs.
struct IndexAlignment {
    /// Per document of the model, its place among the new ones (−1: gone).
    let newPositions: [Int32]
    /// The places of the new documents to analyse, ascending.
    let changed: [Int]

    /// The alignment of the model's documents, known by `oldKeys` (what places a document: its
    /// id, URL and date, or a hash of them), to the new ones' `newKeys`; `differs(old, new)`
    /// tells a document to analyse again. `nil` when two documents share a key, or more than
    /// `limit` are to be analysed.
    init?<Key: Hashable>(oldKeys: [Key], newKeys: [Key], limit: Int, differs: (Int, Int) -> Bool) {
        var places: [Key: Int32] = [:]
        places.reserveCapacity(newKeys.count)
        for (place, key) in newKeys.enumerated() {
            guard places.updateValue(Int32(place), forKey: key) == nil else { return nil }
        }
        var newPositions = [Int32](repeating: -1, count: oldKeys.count)
        var oldPositions = [Int32](repeating: -1, count: newKeys.count)
        var last: Int32 = -1
        for (old, key) in oldKeys.enumerated() {
            guard let place = places[key] else { continue }
            // Kept documents sort by the same keys as before: a place out of order is a
            // duplicate the keys do not tell apart.
            guard place > last else { return nil }
            last = place
            newPositions[old] = place
            oldPositions[Int(place)] = Int32(old)
        }
        let changed = newKeys.indices.filter { place in
            let old = Int(oldPositions[place])
            return old < 0 || differs(old, place)
        }
        guard changed.count <= limit else { return nil }
        self.newPositions = newPositions
        self.changed = changed
    }

    /// The key of a document in memory.
    struct Key: Hashable {
        let id: String, url: String, date: String

        init(_ document: SearchDocument) {
            (id, url, date) = (document.id, document.url, document.date)
        }
    }
}
