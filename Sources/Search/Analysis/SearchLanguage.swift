/// The text rules of one language: which stemmer its words get and which words are left out.
///
/// German and English have rules of their own; any other language is folded and tokenised
/// the same way but neither stemmed nor stripped of stop words.
package struct SearchLanguage: Sendable, Hashable {
    /// The primary subtag of a BCP 47 tag, lowercased: `de` for `de-DE`.
    package let code: String

    /// Makes the rules for a BCP 47 tag (`de`, `de-AT`, `en-GB`, `fr`); an empty tag is `und`.
    package init(_ tag: String) {
        let primary = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        code = primary.isEmpty ? "und" : primary.lowercased()
    }

    /// The name of the stemmer the index records for clients: `german-light-1`, `english-light-1`
    /// or `none`.
    package var stemmerName: String {
        switch code {
        case "de": "german-light-1"
        case "en": "english-light-1"
        default: "none"
        }
    }

    /// Whether compound words are indexed under their tails as well (German only).
    package var splitsCompounds: Bool { code == "de" }

    /// `word` (in the expanded form of `TextFolding.expand`) with its ending removed.
    package func stem(_ word: [UInt8]) -> [UInt8] {
        switch code {
        case "de": GermanStemmer.stem(word)
        case "en": EnglishStemmer.stem(word)
        default: word
        }
    }

    /// The stop words as the index stores them: folded and contracted, not stemmed, sorted.
    package var stopWords: [String] { StopWords.folded(for: code) }

    /// Whether a contracted, unstemmed word is a stop word of this language.
    package func isStopWord(_ contracted: String) -> Bool { StopWords.contains(contracted, language: code) }
}
