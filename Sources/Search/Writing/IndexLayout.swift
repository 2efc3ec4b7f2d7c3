/// How the terms of a model are cut into files: the terms with postings in index order, each
/// term's posting list as the index writes it, and the shards. Kept between updates, so that
/// an update encodes only the lists that changed and names the shards to write again.
struct IndexLayout: Sendable {
    /// Ids of the terms with filed postings, sorted by their code points.
    private(set) var order: [Int32]
    /// Per term id, its filed postings as `SearchIndexWriter.postings` writes them; empty for
    /// a term without postings, and for one whose list is still in a store.
    var encoded: [[UInt8]]
    /// Per term id, the size of its encoded list: what the shards are cut by.
    private(set) var sizes: [Int]
    /// The shards, as ranges of `order`.
    private(set) var shards: [ShardPlan.Shard] = []

    init(model: IndexModel, splitBytes: Int) {
        let terms = model.base.terms
        self.init(encoded: terms.indices.map { SearchIndexWriter.postings(model.filedList(of: Int32($0))) }, terms: terms,
                  splitBytes: splitBytes)
    }

    /// The layout of `terms` whose lists encode as `encoded` (one per term).
    init(encoded: [[UInt8]], terms: [String], splitBytes: Int) {
        self.init(encoded: encoded, sizes: encoded.map(\.count), terms: terms, splitBytes: splitBytes)
    }

    /// The layout of `terms` whose lists encode in `sizes` bytes, as kept by a
    /// `SearchIndexState.Snapshot`: `encoded` holds the encodings taken in so far.
    init(encoded: [[UInt8]], sizes: [Int], terms: [String], splitBytes: Int) {
        self.encoded = encoded
        self.sizes = sizes
        // Terms are NFC, so String's order is the order of their code points (their UTF-8 bytes),
        // and no two differ only in form. A list is empty when its encoding is.
        order = sizes.indices.filter { sizes[$0] > 0 }.map { Int32($0) }
            .sorted { terms[Int($0)] < terms[Int($1)] }
        shards = plan(terms: terms, splitBytes: splitBytes)
    }

    /// Takes in the lists of `affected` terms anew; returns the keys of the shards whose terms
    /// or lists may have changed (their files are to be written again).
    mutating func update(model: IndexModel, affected: Set<Int32>, splitBytes: Int) -> Set<String> {
        let terms = model.base.terms
        encoded += repeatElement([], count: terms.count - encoded.count)
        sizes += repeatElement(0, count: terms.count - sizes.count)
        let before = Dictionary(uniqueKeysWithValues: shards.map { ($0.key, order[$0.terms]) })
        for term in affected.sorted() {
            let list = model.filedList(of: term)
            let wasFiled = sizes[Int(term)] > 0
            encoded[Int(term)] = SearchIndexWriter.postings(list)
            sizes[Int(term)] = encoded[Int(term)].count
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

    /// The terms of the shards `keys`.
    func terms(ofShards keys: Set<String>) -> [Int32] {
        shards.filter { keys.contains($0.key) }.flatMap { order[$0.terms] }
    }

    private func plan(terms: [String], splitBytes: Int) -> [ShardPlan.Shard] {
        let sorted = order.map { terms[Int($0)] }
        let sizes = order.map { terms[Int($0)].utf8.count + self.sizes[Int($0)] + 6 }
        return ShardPlan(sortedTerms: sorted, sizes: sizes, splitBytes: splitBytes).shards
    }
}
