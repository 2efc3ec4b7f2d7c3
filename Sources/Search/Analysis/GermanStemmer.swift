/// A light stemmer for German: it removes the endings of plurals, cases and comparison, and
/// nothing else, so that `Häuser`, `Häusern` and `Hauses` meet at `haus`.
///
/// After Jacques Savoy's light stemmer (as in Lucene's `GermanLightStemmer`), with one rule
/// for the feminine plural. It works on the expanded form (`haeuser`); lengths count Unicode
/// scalars. Each step applies its first matching rule only:
///
/// 1. `-innen` → `-in` (length > 7); else `-ern` (> 5); else `-em`, `-en`, `-er`, `-es` (> 4);
///    else `-e` (> 3); else `-s` after b, d, f, g, h, k, l, m, n, r or t (> 3).
/// 2. `-est` (> 5); else `-er`, `-en` (> 4); else `-st` after b, d, f, g, h, k, l, m, n or t (> 5).
/// 3. `-niss` → `-nis`, so that `Ergebnisse` and `Ergebnis` meet.
enum GermanStemmer {
    static func stem(_ word: [UInt8]) -> [UInt8] {
        var word = word
        var length = StemmerText.scalarCount(word)
        func drop(_ count: Int) {
            word.removeLast(count)
            length -= count
        }
        // Step 1: plural and case endings.
        if length > 7, StemmerText.hasSuffix(word, "innen") {
            drop(3)
        } else if length > 5, StemmerText.hasSuffix(word, "ern") {
            drop(3)
        } else if length > 4, StemmerText.hasSuffix(word, "em") || StemmerText.hasSuffix(word, "en")
                    || StemmerText.hasSuffix(word, "er") || StemmerText.hasSuffix(word, "es") {
            drop(2)
        } else if length > 3, StemmerText.hasSuffix(word, "e") {
            drop(1)
        } else if length > 3, StemmerText.hasSuffix(word, "s"), StemmerText.isLetter(word, fromEnd: 2, in: "bdfghklmnrt") {
            drop(1)
        }
        // Step 2: comparison and verb endings.
        if length > 5, StemmerText.hasSuffix(word, "est") {
            drop(3)
        } else if length > 4, StemmerText.hasSuffix(word, "er") || StemmerText.hasSuffix(word, "en") {
            drop(2)
        } else if length > 5, StemmerText.hasSuffix(word, "st"), StemmerText.isLetter(word, fromEnd: 3, in: "bdfghklmnt") {
            drop(2)
        }
        // Step 3.
        if StemmerText.hasSuffix(word, "niss") { drop(1) }
        return word
    }
}
