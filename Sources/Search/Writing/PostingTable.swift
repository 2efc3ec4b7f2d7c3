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

    init() {}

    /// A table of `terms` with their `lists`, or `nil` when a term is there twice or the
    /// counts differ.
    init?(terms: [String], lists: [PostingList]) {
        guard terms.count == lists.count, terms.count < Int32.max else { return nil }
        ids.reserveCapacity(terms.count)
        for (id, term) in terms.enumerated() {
            guard ids.updateValue(Int32(id), forKey: term) == nil else { return nil }
        }
        self.terms = terms
        self.lists = lists
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
