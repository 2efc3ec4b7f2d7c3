/// Checks language tags against the syntax of BCP 47 (`de`, `en-GB`, `zh-Hant-TW`, `de-CH-1996`).
package enum LanguageTag {
    /// Whether `tag` is a well-formed BCP 47 language tag (language, optional extlang, script,
    /// region and variants; private use and extensions are accepted in their generic form).
    ///
    /// The language must have two or three letters: BCP 47's syntax also allows five to eight,
    /// but no such language is registered, and `german` or `deutsch` is a mistake, not a tag.
    package static func isValid(_ tag: String) -> Bool {
        let subtags = tag.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let language = subtags.first, isAlpha(language), (2...3).contains(language.count) else {
            return false
        }
        var index = 1
        var extlangs = 0
        while index < subtags.count, subtags[index].count == 3, isAlpha(subtags[index]), language.count <= 3, extlangs < 3 {
            index += 1; extlangs += 1
        }
        if index < subtags.count, subtags[index].count == 4, isAlpha(subtags[index]) { index += 1 }
        if index < subtags.count, (subtags[index].count == 2 && isAlpha(subtags[index])) || (subtags[index].count == 3 && isDigits(subtags[index])) {
            index += 1
        }
        while index < subtags.count {
            let subtag = subtags[index]
            let isVariant = ((5...8).contains(subtag.count) && isAlphanumeric(subtag)) || (subtag.count == 4 && subtag.first?.isNumber == true && isAlphanumeric(subtag))
            if isVariant { index += 1; continue }
            // Extensions (`u-…`) and private use (`x-…`): a singleton and at least one subtag.
            guard subtag.count == 1, isAlphanumeric(subtag), index + 1 < subtags.count else { return false }
            index += 1
            while index < subtags.count, (1...8).contains(subtags[index].count), isAlphanumeric(subtags[index]), subtags[index].count > 1 || subtag.lowercased() == "x" {
                index += 1
            }
        }
        return true
    }

    /// The primary language in lowercase: `de` for `de-CH`.
    package static func primaryLanguage(of tag: String) -> String {
        String(tag.split(separator: "-").first ?? "").lowercased()
    }

    private static func isAlpha(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { $0.isASCII && $0.properties.isAlphabetic }
    }

    private static func isDigits(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
    }

    private static func isAlphanumeric(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
    }
}
