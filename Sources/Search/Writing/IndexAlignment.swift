/// Where the documents of a kept model are among the documents of an update, when some were
/// added, removed or moved: a document is the same one when its id, URL and date are (so
/// that those kept are in the same order), and is analysed again when it is new or differs.
struct IndexAlignment {
    /// Per document of the model, its place among the new ones (−1: gone).
    let newPositions: [Int32]
    /// The places of the new documents to analyse, ascending.
    let changed: [Int]

    /// `nil` when two documents share an id, URL and date, or more than `limit` are to be analysed.
    init?(of model: IndexModel, to ordered: [SearchDocument], languages: [SearchLanguage], limit: Int) {
        struct Key: Hashable {
            let id: String, url: String, date: String
        }
        var places: [Key: Int32] = [:]
        places.reserveCapacity(ordered.count)
        for (place, document) in ordered.enumerated() {
            guard places.updateValue(Int32(place), forKey: Key(id: document.id, url: document.url, date: document.date)) == nil else { return nil }
        }
        var newPositions = [Int32](repeating: -1, count: model.documents.count)
        var oldPositions = [Int32](repeating: -1, count: ordered.count)
        var last: Int32 = -1
        for (old, document) in model.documents.enumerated() {
            guard let place = places[Key(id: document.id, url: document.url, date: document.date)] else { continue }
            // Kept documents sort by the same keys as before: a place out of order is a
            // duplicate the keys do not tell apart.
            guard place > last else { return nil }
            last = place
            newPositions[old] = place
            oldPositions[Int(place)] = Int32(old)
        }
        let changed = ordered.indices.filter { place in
            let old = Int(oldPositions[place])
            return old < 0 || ordered[place] != model.documents[old] || languages[place] != model.languages[old]
        }
        guard changed.count <= limit else { return nil }
        self.newPositions = newPositions
        self.changed = changed
    }
}
