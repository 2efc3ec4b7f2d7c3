/// A query as the index answers it: clauses that must all match.
///
/// Words outside quotes are clauses of their own, found as whole terms or, from three
/// scalars on, as prefixes of terms. Words between quotes (`"`, `„`, `“`, `”`) form a phrase:
/// exact terms at consecutive positions, where a stop word keeps its place but matches any
/// word. A word that is a stop word in any language of the index is dropped, and so is one
/// whose term has fewer than two scalars. A hyphenated word outside quotes is looked up
/// joined (`IT-Sicherheit` → `itsicherheit`), inside quotes as its parts.
package struct SearchQuery: Sendable, Equatable {
    package struct Word: Sendable, Equatable {
        /// The word's term under each language of the index, without repeats.
        package let variants: [String]
        /// The word's place in its phrase (0 outside phrases).
        package let offset: Int
    }

    package enum Clause: Sendable, Equatable {
        case word(Word, prefix: Bool)
        case phrase([Word])
    }

    package let clauses: [Clause]

    package init(_ text: String, languages: [SearchLanguage]) {
        let makers = languages.map { TermMaker(language: $0) }
        func variants(_ word: some Collection<UInt8>) -> [String]? {
            var terms: [String] = []
            for maker in makers {
                guard let term = maker.term(word) else { return nil }
                if !terms.contains(term) { terms.append(term) }
            }
            return terms.isEmpty ? nil : terms
        }
        var clauses: [Clause] = []
        var isPhrase = false
        for segment in Self.segments(text) {
            defer { isPhrase.toggle() }
            if !isPhrase {
                Tokenizer.forEachWord(in: segment) { token in
                    guard let terms = variants(token.joined) else { return }
                    let prefix = terms.contains { $0.unicodeScalars.count >= 3 }
                    clauses.append(.word(Word(variants: terms, offset: 0), prefix: prefix))
                }
                continue
            }
            var words: [Word] = []
            var offset = 0
            Tokenizer.forEachWord(in: segment) { token in
                for part in token.parts {
                    if let terms = variants(part) { words.append(Word(variants: terms, offset: offset)) }
                    offset += 1
                }
            }
            if words.count == 1 {
                clauses.append(.word(Word(variants: words[0].variants, offset: 0), prefix: false))
            } else if words.count > 1 {
                clauses.append(.phrase(words))
            }
        }
        self.clauses = clauses
    }

    /// The text cut at quote marks: outside, inside, outside, …
    static func segments(_ text: String) -> [String] {
        var segments: [String] = [""]
        for scalar in text.unicodeScalars {
            if scalar == "\"" || scalar == "\u{201E}" || scalar == "\u{201C}" || scalar == "\u{201D}" {
                segments.append("")
            } else {
                segments[segments.count - 1].unicodeScalars.append(scalar)
            }
        }
        return segments
    }
}
