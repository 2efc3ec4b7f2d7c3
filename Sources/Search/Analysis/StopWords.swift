import TextCore

/// The short stop-word lists: words so common that indexing them would make the largest
/// posting lists of the index and rank nothing. They are left out of the index and dropped
/// from queries. The index stores them folded (`über` → `uber`) in its manifest, so clients
/// take them from there.
enum StopWords {
    static let german = """
        aber als am an auch auf aus bei bin bis bist da damit dann das dass dem den der des die \
        dies diese diesem diesen dieser dieses doch du durch ein eine einem einen einer eines er \
        es für hat hatte haben ich ihr im in ist ja kann mit nach nicht noch nur ob oder sehr \
        sein seine sich sie sind so über um und uns unser unsere unserem unseren unserer vom von \
        vor war wie wir wird werden wurde zu zum zur
        """

    static let english = """
        a an and are as at be been but by for from had has have he her his i if in into is it \
        its not of on or our she so than that the their them then there these they this to was \
        we were which will with you your
        """

    private static let foldedGerman = fold(german)
    private static let foldedEnglish = fold(english)

    static func folded(for language: String) -> [String] {
        switch language {
        case "de": foldedGerman
        case "en": foldedEnglish
        default: []
        }
    }

    static func contains(_ contracted: String, language: String) -> Bool {
        switch language {
        case "de": foldedGermanSet.contains(contracted)
        case "en": foldedEnglishSet.contains(contracted)
        default: false
        }
    }

    private static let foldedGermanSet = Set(foldedGerman)
    private static let foldedEnglishSet = Set(foldedEnglish)

    private static func fold(_ list: String) -> [String] {
        let words = list.split(separator: " ").map { word in
            String(decoding: TextFolding.contract(TextFolding.expand(Array(word.utf8))), as: UTF8.self)
        }
        return Array(Set(words)).sorted { $0.precedesInUTF8($1) }
    }
}
