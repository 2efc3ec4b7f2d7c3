/// The analysed documents of an index, in index order (newest first): the whole-word postings
/// of every term, the compounds that may be filed under each tail, and the list the index
/// files for each term. A change to some documents is taken in without analysing the others
/// again (`replace`), and gives the same model as analysing them all.
struct IndexModel: Sendable {
    private(set) var documents: [SearchDocument]
    /// How many documents: those of `documents`, or of a restored model not yet given them.
    private(set) var documentCount: Int
    private(set) var languages: [SearchLanguage]
    /// Per document, the year its facet files it under (`nil`: undated).
    private(set) var years: [String?]
    /// Every term with its whole-word postings; a term that no document has any more keeps
    /// its id with an empty list.
    private(set) var base: PostingTable
    private(set) var sources = TailSources()
    /// Per term id: the list the index files, whole words and compound tails; empty unless the
    /// model was made to be edited (`filedList(of:)` makes it then).
    private var filed: [PostingList] = []
    /// Per document: whether its compounds are filed under their tails.
    private var isGerman: [Bool]
    /// Per document, the terms it has whole-word postings in; empty unless the model was made
    /// to be edited.
    private var documentTerms: [[Int32]] = []

    init(documents: [SearchDocument], languages: [SearchLanguage], years: [String?], workers: Int, isEditable: Bool) {
        self.documents = documents
        documentCount = documents.count
        self.languages = languages
        self.years = years
        isGerman = languages.map(\.splitsCompounds)
        base = DocumentIndexer.index(documents, languages: languages, workers: workers)
        sources.add(termsOf: &base)
        // A model made once is written once: each filed list is made when it is needed and
        // let go, so that the compounds' copies of an archive's postings are never all in memory.
        guard isEditable else { return }
        filed = (0..<base.terms.count).map { CompoundSplitter.filedList(of: Int32($0), base: base, sources: sources, isGerman: isGerman) }
        documentTerms = Array(repeating: [], count: documents.count)
        for (term, list) in base.lists.enumerated() {
            for posting in list { documentTerms[Int(posting.document)].append(Int32(term)) }
        }
    }

    /// A model kept from an earlier index (`SearchIndexState.Snapshot`): the whole-word
    /// postings of its `count` documents as they were made (those of lists still in a store
    /// empty until taken in); the documents are given by `adopt`. What the compounds are filed
    /// under is worked out again from the terms.
    init(restoring count: Int, base: PostingTable) {
        documents = []
        languages = []
        years = []
        documentCount = count
        self.base = base
        isGerman = []
        sources.add(termsOf: &self.base)
    }

    /// Takes `documents` (as many, each equal to the one at its place or about to be
    /// replaced, with their languages and years) in place of the model's: a kept model knows
    /// its documents by their marks alone, and the documents of an update can be read.
    mutating func adopt(_ documents: [SearchDocument], languages: [SearchLanguage], years: [String?]) {
        guard documents.count == documentCount else { return }
        self.documents = documents
        self.languages = languages
        self.years = years
        isGerman = languages.map(\.splitsCompounds)
    }

    /// Puts a list read from a store in place of the empty one a restored model had for `term`.
    mutating func takeIn(_ list: PostingList, for term: Int32) {
        base.lists[Int(term)] = list
    }

    /// What replacing documents changes (`replacing(_:old:)`): per document, its new terms'
    /// postings and the terms whose lists change.
    struct Replacement {
        fileprivate var documents: [(position: Int, document: SearchDocument, language: SearchLanguage, year: String?)] = []
        fileprivate var indexers: [DocumentIndexer] = []
        fileprivate var removed: [[Int32]] = []
        fileprivate var added: [[(id: Int32, local: Int)]] = []
        fileprivate var terms: [[Int32]] = []
        /// The terms whose whole-word lists change: what must be in memory to apply it.
        fileprivate(set) var changed = Set<Int32>()
    }

    /// The whole-word postings of a document, by term.
    typealias OldPostings = [Int32: [Int32: (mask: UInt8, positions: [Int32])]]

    /// Analyses the documents of `replacements` and finds the terms whose lists they change,
    /// comparing with their old postings: `old` (found by `collect`) or, in a model that keeps
    /// each document's terms, its lists. New terms get their ids.
    mutating func replacing(_ replacements: [(position: Int, document: SearchDocument, language: SearchLanguage, year: String?)],
                            old given: OldPostings? = nil) -> Replacement {
        var plan = Replacement()
        plan.documents = replacements
        // A model made to be written once keeps no terms per document: the replaced
        // documents' postings are given (`earlierPostings`, or a pass over a store's lists) or
        // found in one pass over the lists.
        let old = documentTerms.isEmpty ? given ?? postings(of: replacements.map(\.position)) : [:]
        for replacement in replacements {
            let document = Int32(replacement.position)
            var indexer = DocumentIndexer()
            indexer.add(replacement.document, id: 0, language: replacement.language)
            // A term whose posting for the document stays as it was (an edit elsewhere in the
            // text) changes no list: only the others are taken out, put in, and filed anew.
            var kept = Set<Int32>()
            var terms: [Int32] = []
            var added: [(id: Int32, local: Int)] = []
            for (local, term) in indexer.table.terms.enumerated() {
                guard let posting = indexer.table.lists[local].first else { continue }
                let id = base.id(for: term)
                terms.append(id)
                let isSame: Bool
                if documentTerms.isEmpty {
                    isSame = old[document]?[id].map { $0.mask == posting.mask && $0.positions.elementsEqual(posting.positions) } ?? false
                } else if let kept = base.lists[Int(id)].posting(of: document) {
                    isSame = kept.mask == posting.mask && kept.positions.elementsEqual(posting.positions)
                } else {
                    isSame = false
                }
                if isSame { kept.insert(id) } else { added.append((id, local)) }
            }
            let oldTerms = documentTerms.isEmpty ? (old[document].map { Array($0.keys) } ?? []) : documentTerms[replacement.position]
            let removed = oldTerms.filter { !kept.contains($0) }
            plan.changed.formUnion(removed)
            plan.changed.formUnion(added.map(\.id))
            plan.indexers.append(indexer)
            plan.removed.append(removed)
            plan.added.append(added)
            plan.terms.append(terms)
        }
        return plan
    }

    /// Applies `plan`, whose changed lists must be in memory, and files the lists anew where
    /// they may have changed; returns those terms.
    mutating func replace(_ plan: Replacement) -> Set<Int32> {
        for (index, replacement) in plan.documents.enumerated() {
            let position = replacement.position
            let document = Int32(position)
            for term in plan.removed[index] { base.lists[Int(term)].remove(document: document) }
            for (id, local) in plan.added[index] {
                guard let posting = plan.indexers[index].table.lists[local].first else { continue }
                base.lists[Int(id)].insert(document: document, mask: posting.mask, positions: Array(posting.positions))
            }
            if !documentTerms.isEmpty { documentTerms[position] = plan.terms[index] }
            documents[position] = replacement.document
            languages[position] = replacement.language
            years[position] = replacement.year
        }
        sources.add(termsOf: &base)
        // A compound's postings are filed under its tails too.
        var affected = plan.changed
        for term in plan.changed { affected.formUnion(sources.tails(of: term, in: base)) }
        isGerman = languages.map(\.splitsCompounds)
        // Without kept filed lists, `filedList(of:)` makes each from the lists as they are now.
        guard !filed.isEmpty else { return affected }
        filed += repeatElement(PostingList(), count: base.terms.count - filed.count)
        for term in affected {
            filed[Int(term)] = CompoundSplitter.filedList(of: term, base: base, sources: sources, isGerman: isGerman)
        }
        return affected
    }

    /// Puts each of `replacements` at its position, replacing the document there; returns the
    /// terms whose filed lists may have changed. Every list must be in memory.
    mutating func replace(_ replacements: [(position: Int, document: SearchDocument, language: SearchLanguage, year: String?)]) -> Set<Int32> {
        replace(replacing(replacements))
    }

    /// The whole-word lists, which the model gives up: what a snapshot writes.
    consuming func takeLists() -> [PostingList] {
        let lists = base.lists
        base.lists = []
        return lists
    }

    /// The terms `term`'s filed list is made of: its own and those of the compounds filed under it.
    func sourceTerms(of term: Int32) -> [Int32] {
        [term] + sources.sources(of: base.terms[Int(term)]).map(\.term)
    }

    /// Whether the model keeps each document's terms (one made to be edited): it then needs no
    /// earlier postings to replace a document.
    var keepsDocumentTerms: Bool { !documentTerms.isEmpty }

    /// The whole-word postings the documents of `replacements` had, made by analysing each
    /// again as it was (`earlier`, by document id): one document's analysis instead of a pass
    /// over every list. `nil` unless every replaced document has an earlier version that is the
    /// one the model holds at its place (its mark, made with `hash`, is `marks[position]`; a
    /// mark covers every field and the text's identity), and every term it gives is one of the
    /// model's.
    func earlierPostings(of replacements: [(position: Int, document: SearchDocument, language: SearchLanguage, year: String?)],
                         earlier documents: [String: SearchDocument], marks: [DocumentMark],
                         hash: SearchIndexState.FileHash) -> OldPostings? {
        guard !documents.isEmpty, !keepsDocumentTerms else { return nil }
        var found: OldPostings = [:]
        var buffer: [UInt8] = []
        for replacement in replacements {
            guard replacement.position < marks.count, let earlier = documents[replacement.document.id],
                  earlier.id == replacement.document.id,
                  DocumentMark(earlier, language: replacement.language, hash: hash, buffer: &buffer) == marks[replacement.position] else {
                return nil
            }
            var indexer = DocumentIndexer()
            indexer.add(earlier, id: 0, language: replacement.language)
            var postings: [Int32: (mask: UInt8, positions: [Int32])] = [:]
            for (local, term) in indexer.table.terms.enumerated() {
                guard let posting = indexer.table.lists[local].first else { continue }
                guard let id = base.ids[term] else { return nil }
                postings[id] = (posting.mask, Array(posting.positions))
            }
            found[Int32(replacement.position)] = postings
        }
        return found
    }

    /// The whole-word postings of the documents at `positions`, by document and term: one pass
    /// over the bytes of every list, up to the last of them.
    private func postings(of positions: [Int]) -> OldPostings {
        var found: OldPostings = [:]
        let wanted = Self.wanted(positions)
        for (term, list) in base.lists.enumerated() {
            list.bytes.withUnsafeBufferPointer { Self.collect(Int32(term), $0, wanted: wanted, into: &found) }
        }
        return found
    }

    /// Per document up to the last of `positions`, whether it is one of them.
    static func wanted(_ positions: [Int]) -> [Bool] {
        guard let last = positions.max() else { return [] }
        var isWanted = [Bool](repeating: false, count: last + 1)
        for position in positions { isWanted[position] = true }
        return isWanted
    }

    /// Adds the postings of the `wanted` documents in `term`'s list `bytes` to `found`. The
    /// bytes may be a store's, read unchecked: whatever they hold, this neither crashes nor loops.
    static func collect(_ term: Int32, _ bytes: UnsafeBufferPointer<UInt8>, wanted isWanted: [Bool], into found: inout OldPostings) {
        var reader = VarintReader(bytes: bytes)
        var previous: Int32 = -1
        while !reader.isAtEnd {
            let document = previous &+ Int32(truncatingIfNeeded: reader.next()) &+ 1
            guard document > previous, Int(document) < isWanted.count else { break }
            previous = document
            let mask = UInt8(truncatingIfNeeded: reader.next())
            let count = Int(reader.next())
            guard isWanted[Int(document)] else {
                reader.skip(count)
                continue
            }
            var positions: [Int32] = []
            var position: UInt32 = 0
            for _ in 0..<min(count, bytes.count) {
                position &+= reader.next()
                positions.append(Int32(bitPattern: position))
            }
            found[document, default: [:]][term] = (mask, positions)
        }
    }

    /// The model of `documents` (in index order, with their languages and years), where
    /// `newPosition[i]` is the new place of the model's document `i` (−1: removed), in the
    /// same order as before. The places no old document takes have no postings: `replace`
    /// analyses their documents.
    mutating func renumber(_ newPosition: [Int32], documents: [SearchDocument], languages: [SearchLanguage], years: [String?]) {
        for term in base.lists.indices { base.lists[term] = base.lists[term].renumbered(newPosition) }
        if !documentTerms.isEmpty {
            var terms = [[Int32]](repeating: [], count: documents.count)
            for (old, new) in newPosition.enumerated() where new >= 0 { terms[Int(new)] = documentTerms[old] }
            documentTerms = terms
        }
        self.documents = documents
        documentCount = documents.count
        self.languages = languages
        self.years = years
        isGerman = languages.map(\.splitsCompounds)
        if !filed.isEmpty {
            filed = (0..<base.terms.count).map { CompoundSplitter.filedList(of: Int32($0), base: base, sources: sources, isGerman: isGerman) }
        }
    }

    /// The list the index files under `term`: whole words and compound tails.
    func filedList(of term: Int32) -> PostingList {
        filed.isEmpty ? CompoundSplitter.filedList(of: term, base: base, sources: sources, isGerman: isGerman) : filed[Int(term)]
    }
}
