/// A light stemmer for English: plurals, `-ing`, `-ed` and a final `-e`, so that `release`,
/// `releases`, `released` and `releasing` meet at `releas`.
///
/// It works on the expanded form; lengths count Unicode scalars. In order:
///
/// 1. Plurals, first matching rule: `news` stays; `-ies` → `-y` (length > 4); `-es` after s, x,
///    z, ch or sh (> 4) is removed; `-s` is removed (> 3) unless the word ends in ss, us or is.
/// 2. `-ing` or `-ed` (but not `-eed`) is removed when at least three scalars remain and they
///    hold a vowel (a, e, i, o, u, y); a doubled final consonant other than l, s or z is then
///    undoubled (`shipped` → `ship`).
/// 3. A final `-e` is removed (length > 3).
enum EnglishStemmer {
    static func stem(_ word: [UInt8]) -> [UInt8] {
        var word = word
        var length = StemmerText.scalarCount(word)
        func drop(_ count: Int) {
            word.removeLast(count)
            length -= count
        }
        // Step 1: plurals.
        if word == Array("news".utf8) {
            return word
        } else if length > 4, StemmerText.hasSuffix(word, "ies") {
            drop(3)
            word.append(UInt8(ascii: "y"))
            length += 1
        } else if length > 4, StemmerText.hasSuffix(word, "es"),
                  StemmerText.isLetter(word, fromEnd: 3, in: "sxz") || StemmerText.hasSuffix(word, "ches")
                    || StemmerText.hasSuffix(word, "shes") {
            drop(2)
        } else if length > 3, StemmerText.hasSuffix(word, "s"), !StemmerText.hasSuffix(word, "ss"),
                  !StemmerText.hasSuffix(word, "us"), !StemmerText.hasSuffix(word, "is") {
            drop(1)
        }
        // Step 2: inflections.
        let ending = StemmerText.hasSuffix(word, "ing") ? 3
            : StemmerText.hasSuffix(word, "ed") && !StemmerText.hasSuffix(word, "eed") ? 2 : 0
        if ending > 0, length - ending >= 3, word.dropLast(ending).contains(where: { "aeiouy".utf8.contains($0) }) {
            drop(ending)
            if let last = word.last, word.count >= 2, word[word.count - 2] == last,
               "bcdfghjkmnpqrtvwx".utf8.contains(last) {
                drop(1)
            }
        }
        // Step 3.
        if length > 3, StemmerText.hasSuffix(word, "e") { drop(1) }
        return word
    }
}
