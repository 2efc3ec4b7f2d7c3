/// Turns one word into the term the index files it under: fold, drop stop words, stem,
/// contract. `Müllers` → expanded `muellers` → stemmed `muell` → contracted `mull`.
package struct TermMaker: Sendable {
    package let language: SearchLanguage

    package init(language: SearchLanguage) {
        self.language = language
    }

    /// The term of `word` (UTF-8), or `nil` for a stop word or a term of fewer than two
    /// scalars.
    package func term(_ word: some Collection<UInt8>) -> String? {
        let expanded = TextFolding.expand(Array(word))
        if language.isStopWord(String(decoding: TextFolding.contract(expanded), as: UTF8.self)) { return nil }
        let term = TextFolding.contract(language.stem(expanded))
        guard StemmerText.scalarCount(term) >= 2 else { return nil }
        return String(decoding: term, as: UTF8.self)
    }

    /// The terms of `text` as the index files them: each word's term and, for a hyphenated
    /// word, each part's term after it (`IT-Sicherheit` → `itsicherheit`, `it`, `sicherheit`).
    package func terms(in text: String) -> [String] {
        var terms: [String] = []
        Tokenizer.forEachWord(in: text) { token in
            if let whole = term(token.joined) { terms.append(whole) }
            if token.partCount > 1 {
                for part in token.parts {
                    if let term = term(part) { terms.append(term) }
                }
            }
        }
        return terms
    }
}
