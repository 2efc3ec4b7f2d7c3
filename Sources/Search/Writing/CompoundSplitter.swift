/// Files German compound words under their tails as well, so that `schmiede` finds
/// `Innovationsschmiede` and `schutz` finds `Datenschutz`.
///
/// A term is split after its third scalar or later, where at least four scalars remain, when
///
/// - the part before ends in a linking ending of derived nouns: `-ions`, `-ungs`, `-heits`,
///   `-keits`, `-schafts`, `-tats` (`Innovations|schmiede`, `Digitalisierungs|strategie`), or
/// - the tail is itself a term of the index, found as a word of its own somewhere in the
///   archive (`Daten|schutz`, `Förder|turm`), so the archive is its own dictionary.
///
/// A tail that is a stop word is left out. Only the tails are added: a compound's first part
/// is already found by prefix search (`innovation` finds `innovationsschmied`), and a middle
/// part by prefix search on a tail. A tail posting keeps the compound's fields and positions
/// and is marked as a part (16), which ranks it below whole words.
enum CompoundSplitter {
    static let linkingEndings: [[UInt8]] = ["ions", "ungs", "heits", "keits", "schafts", "tats"].map { Array($0.utf8) }

    /// The tails `term` is filed under as well.
    static func tails(of term: String, isTerm: (String) -> Bool, language: SearchLanguage) -> [String] {
        candidates(of: term, language: language).filter { $0.isLinked || isTerm($0.tail) }.map(\.tail)
    }

    /// Every place `term` may be split: each tail that is not a stop word, and whether the part
    /// before it ends in a linking ending (then the tail counts whether or not it is a term).
    static func candidates(of term: String, language: SearchLanguage) -> [(tail: String, isLinked: Bool)] {
        let bytes = Array(term.utf8)
        let scalarStarts = bytes.indices.filter { bytes[$0] & 0xC0 != 0x80 }
        guard scalarStarts.count >= 7 else { return [] }
        var candidates: [(tail: String, isLinked: Bool)] = []
        for scalarIndex in 3...(scalarStarts.count - 4) {
            let split = scalarStarts[scalarIndex]
            let tail = String(decoding: bytes[split...], as: UTF8.self)
            let head = bytes[..<split]
            let isLinked = linkingEndings.contains { head.count > $0.count && head.suffix($0.count).elementsEqual($0) }
            if !language.isStopWord(tail) { candidates.append((tail, isLinked)) }
        }
        return candidates
    }

    /// The list the index files under `term`: its whole-word postings in `base`, with the
    /// postings of the compounds in German documents that end in it (`sources`). A compound
    /// counts when its head ends in a linking ending, or when `term` occurs as a word of its own.
    static func filedList(of term: Int32, base: PostingTable, sources: TailSources, isGerman: [Bool]) -> PostingList {
        let list = base.lists[Int(term)]
        let isWord = !list.isEmpty
        var tails: [TailPosting] = []
        for source in sources.sources(of: base.terms[Int(term)]) where source.isLinked || isWord {
            let compound = base.lists[Int(source.term)]
            for posting in compound where isGerman[Int(posting.document)] {
                tails.append(TailPosting(document: posting.document, fields: posting.mask & 15, positions: posting.positions))
            }
        }
        guard !tails.isEmpty else { return list }
        return merge(list, tails.sorted { $0.document < $1.document })
    }

    private struct TailPosting {
        let document: Int32
        let fields: UInt8
        let positions: PostingList.Positions
    }

    /// `list` with the tail postings added: a document that has the term as a word of its own
    /// keeps its mask; one that has it only as a tail gets the tails' fields and 16.
    private static func merge(_ list: PostingList, _ tails: [TailPosting]) -> PostingList {
        var merged = PostingList()
        var wholes = list.makeIterator()
        var whole = wholes.next()
        var tailIndex = 0
        var positions: [Int32] = []
        while whole != nil || tailIndex < tails.count {
            let document = min(whole?.document ?? .max, tailIndex < tails.count ? tails[tailIndex].document : .max)
            positions.removeAll(keepingCapacity: true)
            var mask: UInt8 = 0
            var isWhole = false
            if let posting = whole, posting.document == document {
                mask = posting.mask
                isWhole = true
                positions.append(contentsOf: posting.positions)
                whole = wholes.next()
            }
            var tailFields: UInt8 = 0
            while tailIndex < tails.count, tails[tailIndex].document == document {
                tailFields |= tails[tailIndex].fields
                positions.append(contentsOf: tails[tailIndex].positions)
                tailIndex += 1
            }
            if !isWhole { mask = 16 | tailFields }
            positions.sort()
            var unique: [Int32] = []
            for position in positions where unique.last != position { unique.append(position) }
            merged.append(document: document, mask: mask, positions: unique)
        }
        return merged
    }
}
