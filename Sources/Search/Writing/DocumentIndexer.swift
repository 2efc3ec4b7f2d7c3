import TextCore

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
    /// Per slot, the fields its term occurs in and how often.
    private var slotUses: [(mask: UInt8, count: Int32)] = []
    /// Each occurrence in the document, in order: its slot and its position.
    private var occurrences: [(slot: Int32, position: Int32)] = []
    // The flush's counting sort: each slot's run of positions, reused from one document to the next.
    private var slotStarts: [Int] = []
    private var slotEnds: [Int] = []
    private var groupedPositions: [Int32] = []
    /// The body text's bytes, when they are read from a file: one buffer for every document.
    private var bodyBytes: [UInt8] = []

    static let title: UInt8 = 8, subtitle: UInt8 = 4, metadata: UInt8 = 2, text: UInt8 = 1

    mutating func add(_ document: SearchDocument, id: Int32, language: SearchLanguage) {
        let maker = TermMaker(language: language)
        var cache = words.removeValue(forKey: language.code) ?? WordTable()
        var position: Int32 = 0
        index(document.title, field: Self.title, maker: maker, words: &cache, position: &position)
        index(document.subtitle, field: Self.subtitle, maker: maker, words: &cache, position: &position)
        for value in document.tags + document.categories + [document.section] + document.authors {
            index(value, field: Self.metadata, maker: maker, words: &cache, position: &position)
        }
        index(document.summary, field: Self.text, maker: maker, words: &cache, position: &position)
        // Taken out, not copied: a second reference would make the buffer be copied anew.
        var scratch: [UInt8] = []
        swap(&scratch, &bodyBytes)
        document.body.withUTF8(scratch: &scratch) { bytes in
            index(bytes, field: Self.text, maker: maker, words: &cache, position: &position)
        }
        swap(&scratch, &bodyBytes)
        words[language.code] = cache
        flush(document: id)
    }

    /// Indexes the words of one field. A method with `inout` parameters rather than a nested
    /// function over captured variables: those are checked for exclusive access at run time,
    /// once per word, which took a tenth of the indexer.
    private mutating func index(_ text: String, field: UInt8, maker: TermMaker, words: inout WordTable, position: inout Int32) {
        var text = text
        text.withUTF8 { index($0, field: field, maker: maker, words: &words, position: &position) }
    }

    private mutating func index(_ text: UnsafeBufferPointer<UInt8>, field: UInt8, maker: TermMaker, words: inout WordTable,
                                position: inout Int32) {
        Tokenizer.forEachWordKey(inUTF8: text) { key, partCount in
            let word = entry(key, partCount: partCount, maker: maker, table: &words)
            if word.whole >= 0 { occur(word.whole, position, field) }
            for offset in 0..<Int(word.partCount) {
                let part = words.part(offset, of: word)
                if part >= 0 { occur(part, position + Int32(offset), field) }
            }
            position &+= Int32(partCount)
        }
        position &+= 1
    }

    private mutating func occur(_ term: Int32, _ position: Int32, _ field: UInt8) {
        var slot = slotOfTerm[Int(term)]
        if slot < 0 {
            slot = Int32(slotTerms.count)
            slotOfTerm[Int(term)] = slot
            slotTerms.append(term)
            slotUses.append((0, 0))
        }
        slotUses[Int(slot)].mask |= field
        slotUses[Int(slot)].count += 1
        occurrences.append((slot, position))
    }

    /// Groups the document's positions by term (a counting sort: they arrive in ascending
    /// order) and appends one posting per term.
    private mutating func flush(document: Int32) {
        slotStarts.removeAll(keepingCapacity: true)
        var start = 0
        for use in slotUses {
            slotStarts.append(start)
            start += Int(use.count)
        }
        slotEnds.removeAll(keepingCapacity: true)
        slotEnds += slotStarts
        groupedPositions.removeAll(keepingCapacity: true)
        groupedPositions.append(contentsOf: repeatElement(0, count: occurrences.count))
        occurrences.withUnsafeBufferPointer { occurrences in
            slotStarts.withUnsafeBufferPointer { starts in
                slotEnds.withUnsafeMutableBufferPointer { ends in
                    groupedPositions.withUnsafeMutableBufferPointer { grouped in
                        for (slot, position) in occurrences {
                            let slot = Int(slot)
                            let end = ends[slot]
                            // A joined word and its first part share a position; keep it once.
                            if end > starts[slot], grouped[end - 1] == position { continue }
                            grouped[end] = position
                            ends[slot] = end + 1
                        }
                    }
                }
            }
        }
        for (slot, term) in slotTerms.enumerated() {
            table.lists[Int(term)].append(document: document, mask: slotUses[slot].mask,
                                          positions: groupedPositions[slotStarts[slot]..<slotEnds[slot]])
            slotOfTerm[Int(term)] = -1
        }
        slotTerms.removeAll(keepingCapacity: true)
        slotUses.removeAll(keepingCapacity: true)
        occurrences.removeAll(keepingCapacity: true)
    }

    private mutating func entry(
        _ key: UnsafeBufferPointer<UInt8>, partCount: Int, maker: TermMaker, table words: inout WordTable
    ) -> WordTable.Entry {
        // The key keeps the hyphens: `IT-Sicherheit` and `ITSicherheit` have different parts.
        let hash = ByteHash.of(key)
        if let entry = words.find(key, hash: hash) { return entry }
        let token = WordToken(bytes: Array(key), partCount: partCount)
        let whole = maker.term(token.joined).map { table.id(for: $0) } ?? -1
        let parts: [Int32] = partCount > 1 ? token.parts.map { maker.term($0).map { table.id(for: $0) } ?? -1 } : []
        if slotOfTerm.count < table.terms.count {
            slotOfTerm.append(contentsOf: repeatElement(-1, count: table.terms.count - slotOfTerm.count))
        }
        return words.insert(key, hash: hash, whole: whole, parts: parts)
    }
}
