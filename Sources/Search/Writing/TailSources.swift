/// For each tail a compound may be split into, the terms that end in it (see
/// `CompoundSplitter`): what the index needs to file a term's compounds under it, and to know
/// which terms' lists change when a compound's postings do.
struct TailSources: Sendable {
    struct Source: Sendable, Hashable {
        let term: Int32
        /// The part before the tail ends in a linking ending: the tail counts even when it is
        /// no word of its own.
        let isLinked: Bool
    }

    private var byTail: [String: [Source]] = [:]
    /// Term ids below this have been looked at.
    private var known = 0

    /// The compounds that may be filed under `tail`.
    func sources(of tail: String) -> [Source] {
        byTail[tail] ?? []
    }

    /// Looks at the terms of `table` added since the last call. A linked tail gets an id of its
    /// own (with no postings of its own), so that every list the index may file has one.
    mutating func add(termsOf table: inout PostingTable) {
        let german = SearchLanguage("de")
        while known < table.terms.count {
            let term = Int32(known)
            known += 1
            for candidate in CompoundSplitter.candidates(of: table.terms[Int(term)], language: german) {
                byTail[candidate.tail, default: []].append(Source(term: term, isLinked: candidate.isLinked))
                if candidate.isLinked { _ = table.id(for: candidate.tail) }
            }
        }
    }

    /// The ids of the tails `term` may be filed under, where they have ids.
    func tails(of term: Int32, in table: PostingTable) -> [Int32] {
        CompoundSplitter.candidates(of: table.terms[Int(term)], language: SearchLanguage("de")).compactMap { table.ids[$0.tail] }
    }
}
