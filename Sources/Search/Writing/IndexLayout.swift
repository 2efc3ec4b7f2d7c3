/// How the terms of a model are cut into files: the terms with postings in index order, each
/// term's posting list as the index writes it, and the shards. Kept between updates, so that
/// an update encodes only the lists that changed and names the shards to write again.
struct IndexLayout: Sendable {
    /// Ids of the terms with filed postings, sorted by their code points.
    private(set) var order: [Int32]
    /// Per term id, its filed postings as `SearchIndexWriter.postings` writes them; empty for
    /// a term without postings.
    var encoded: [[UInt8]]
    /// The shards, as ranges of `order`.
    private(set) var shards: [ShardPlan.Shard] = []

    init(model: IndexModel, splitBytes: Int) {
        let terms = model.base.terms
        self.init(encoded: terms.indices.map { SearchIndexWriter.postings(model.filedList(of: Int32($0))) }, terms: terms,
                  splitBytes: splitBytes)
    }

    /// The layout of `terms` whose lists encode as `encoded` (one per term, as kept by a
    /// `SearchIndexState.Snapshot`).
    init(encoded: [[UInt8]], terms: [String], splitBytes: Int) {
        self.encoded = encoded
        // Terms are NFC, so String's order is the order of their code points (their UTF-8 bytes),
        // and no two differ only in form. A list is empty when its encoding is.
        order = encoded.indices.filter { !encoded[$0].isEmpty }.map { Int32($0) }
            .sorted { terms[Int($0)] < terms[Int($1)] }
        shards = plan(terms: terms, splitBytes: splitBytes)
    }

    /// Takes in the lists of `affected` terms anew; returns the keys of the shards whose terms
    /// or lists may have changed (their files are to be written again).
    mutating func update(model: IndexModel, affected: Set<Int32>, splitBytes: Int) -> Set<String> {
        let terms = model.base.terms
        encoded += repeatElement([], count: terms.count - encoded.count)
        let before = Dictionary(uniqueKeysWithValues: shards.map { ($0.key, order[$0.terms]) })
        for term in affected.sorted() {
            let list = model.filedList(of: term)
            let wasFiled = !encoded[Int(term)].isEmpty
            encoded[Int(term)] = SearchIndexWriter.postings(list)
            let text = terms[Int(term)]
            var low = 0
            var high = order.count
            while low < high {
                let middle = (low + high) / 2
                if terms[Int(order[middle])] < text { low = middle + 1 } else { high = middle }
            }
            if wasFiled, list.isEmpty {
                order.remove(at: low)
            } else if !wasFiled, !list.isEmpty {
                order.insert(term, at: low)
            }
        }
        shards = plan(terms: terms, splitBytes: splitBytes)
        var stale: Set<String> = []
        for shard in shards {
            let ids = order[shard.terms]
            if before[shard.key].map({ !$0.elementsEqual(ids) }) ?? true || ids.contains(where: affected.contains) {
                stale.insert(shard.key)
            }
        }
        return stale
    }

    private func plan(terms: [String], splitBytes: Int) -> [ShardPlan.Shard] {
        let sorted = order.map { terms[Int($0)] }
        let sizes = order.map { terms[Int($0)].utf8.count + encoded[Int($0)].count + 6 }
        return ShardPlan(sortedTerms: sorted, sizes: sizes, splitBytes: splitBytes).shards
    }
}
