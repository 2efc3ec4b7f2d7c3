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
        let bytes = Array(term.utf8)
        let scalarStarts = bytes.indices.filter { bytes[$0] & 0xC0 != 0x80 }
        guard scalarStarts.count >= 7 else { return [] }
        var tails: [String] = []
        for scalarIndex in 3...(scalarStarts.count - 4) {
            let split = scalarStarts[scalarIndex]
            let tail = String(decoding: bytes[split...], as: UTF8.self)
            let head = bytes[..<split]
            let isLinked = linkingEndings.contains { head.count > $0.count && head.suffix($0.count).elementsEqual($0) }
            if (isLinked || isTerm(tail)), !language.isStopWord(tail) { tails.append(tail) }
        }
        return tails
    }

    /// Adds tail postings for the German documents of `table`.
    static func addTails(to table: inout PostingTable, isGerman: [Bool]) {
        let german = SearchLanguage("de")
        let vocabularySize = table.terms.count
        var extras: [Int32: [TailPosting]] = [:]
        for term in 0..<vocabularySize {
            let list = table.lists[term]
            guard list.documents.contains(where: { isGerman[Int($0)] }) else { continue }
            let tails = tails(of: table.terms[term], isTerm: { table.ids[$0].map { $0 < vocabularySize } ?? false }, language: german)
            for tail in tails {
                let tailID = table.id(for: tail)
                for (index, document) in list.documents.enumerated() where isGerman[Int(document)] {
                    extras[tailID, default: []].append(
                        TailPosting(document: document, fields: list.masks[index] & 15, positions: list.positions(at: index)))
                }
            }
        }
        for (tail, postings) in extras {
            table.lists[Int(tail)] = merge(table.lists[Int(tail)], postings.sorted { $0.document < $1.document })
        }
    }

    private struct TailPosting {
        let document: Int32
        let fields: UInt8
        let positions: ArraySlice<Int32>
    }

    /// `list` with the tail postings added: a document that has the term as a word of its own
    /// keeps its mask; one that has it only as a tail gets the tails' fields and 16.
    private static func merge(_ list: PostingList, _ tails: [TailPosting]) -> PostingList {
        var merged = PostingList()
        var index = 0
        var tailIndex = 0
        var positions: [Int32] = []
        while index < list.documents.count || tailIndex < tails.count {
            let document = min(index < list.documents.count ? list.documents[index] : .max,
                               tailIndex < tails.count ? tails[tailIndex].document : .max)
            positions.removeAll(keepingCapacity: true)
            var mask: UInt8 = 0
            var isWhole = false
            if index < list.documents.count, list.documents[index] == document {
                mask = list.masks[index]
                isWhole = true
                positions.append(contentsOf: list.positions(at: index))
                index += 1
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
