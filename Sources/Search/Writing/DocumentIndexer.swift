/// Adds documents, in ascending id order, to a posting table.
///
/// Positions count words across the document's fields in the order title, subtitle, tags,
/// categories, section, authors, summary, body; each field, and each tag, ends with a skipped
/// position so that a phrase never runs from one into the next. A stop word takes a position
/// but is not indexed; a hyphenated word takes one position per part, and its joined form
/// shares the first part's position.
struct DocumentIndexer {
    private(set) var table = PostingTable()
    /// The terms of each distinct word seen, per language: the same words recur so often that
    /// analysing each only once is most of the indexer's speed.
    private var words: [String: WordTable] = [:]

    // The current document: each term it holds gets a slot, in order of first occurrence.
    private var slotOfTerm: [Int32] = []
    private var slotTerms: [Int32] = []
    private var slotMasks: [UInt8] = []
    private var slotCounts: [Int32] = []
    private var occurrenceSlots: [Int32] = []
    private var occurrencePositions: [Int32] = []
    private var groupedPositions: [Int32] = []

    static let title: UInt8 = 8, subtitle: UInt8 = 4, metadata: UInt8 = 2, text: UInt8 = 1

    mutating func add(_ document: SearchDocument, id: Int32, language: SearchLanguage) {
        let maker = TermMaker(language: language)
        var cache = words.removeValue(forKey: language.code) ?? WordTable()
        var position: Int32 = 0
        func index(_ text: String, field: UInt8) {
            Tokenizer.forEachWordKey(in: text) { key, partCount in
                let word = entry(key, partCount: partCount, maker: maker, table: &cache)
                if word.whole >= 0 { occur(word.whole, position, field) }
                for (offset, part) in word.parts.enumerated() where part >= 0 {
                    occur(part, position + Int32(offset), field)
                }
                position &+= Int32(partCount)
            }
            position &+= 1
        }
        index(document.title, field: Self.title)
        index(document.subtitle, field: Self.subtitle)
        for value in document.tags + document.categories + [document.section] + document.authors {
            index(value, field: Self.metadata)
        }
        index(document.summary, field: Self.text)
        index(document.bodyText, field: Self.text)
        words[language.code] = cache
        flush(document: id)
    }

    private mutating func occur(_ term: Int32, _ position: Int32, _ field: UInt8) {
        var slot = slotOfTerm[Int(term)]
        if slot < 0 {
            slot = Int32(slotTerms.count)
            slotOfTerm[Int(term)] = slot
            slotTerms.append(term)
            slotMasks.append(0)
            slotCounts.append(0)
        }
        slotMasks[Int(slot)] |= field
        slotCounts[Int(slot)] += 1
        occurrenceSlots.append(slot)
        occurrencePositions.append(position)
    }

    /// Groups the document's positions by term (a counting sort: they arrive in ascending
    /// order) and appends one posting per term.
    private mutating func flush(document: Int32) {
        var starts = [Int](repeating: 0, count: slotTerms.count + 1)
        for slot in slotTerms.indices { starts[slot + 1] = starts[slot] + Int(slotCounts[slot]) }
        var ends = Array(starts.dropLast())
        groupedPositions.removeAll(keepingCapacity: true)
        groupedPositions.append(contentsOf: repeatElement(0, count: occurrencePositions.count))
        for (slot, position) in zip(occurrenceSlots, occurrencePositions) {
            let slot = Int(slot)
            // A joined word and its first part share a position; keep it once.
            if ends[slot] > starts[slot], groupedPositions[ends[slot] - 1] == position { continue }
            groupedPositions[ends[slot]] = position
            ends[slot] += 1
        }
        for (slot, term) in slotTerms.enumerated() {
            table.lists[Int(term)].append(document: document, mask: slotMasks[slot], positions: groupedPositions[starts[slot]..<ends[slot]])
            slotOfTerm[Int(term)] = -1
        }
        slotTerms.removeAll(keepingCapacity: true)
        slotMasks.removeAll(keepingCapacity: true)
        slotCounts.removeAll(keepingCapacity: true)
        occurrenceSlots.removeAll(keepingCapacity: true)
        occurrencePositions.removeAll(keepingCapacity: true)
    }

    private mutating func entry(
        _ key: UnsafeBufferPointer<UInt8>, partCount: Int, maker: TermMaker, table words: inout WordTable
    ) -> WordTable.Entry {
        // The key keeps the hyphens: `IT-Sicherheit` and `ITSicherheit` have different parts.
        let hash = WordTable.hash(key)
        if let entry = words.find(key, hash: hash) { return entry }
        let token = WordToken(bytes: Array(key), partCount: partCount)
        let whole = maker.term(token.joined).map { table.id(for: $0) } ?? -1
        let parts = partCount > 1 ? token.parts.map { maker.term($0).map { table.id(for: $0) } ?? -1 } : []
        if slotOfTerm.count < table.terms.count {
            slotOfTerm.append(contentsOf: repeatElement(-1, count: table.terms.count - slotOfTerm.count))
        }
        let entry = WordTable.Entry(whole: whole, parts: parts)
        words.insert(key, hash: hash, entry: entry)
        return entry
    }
}
