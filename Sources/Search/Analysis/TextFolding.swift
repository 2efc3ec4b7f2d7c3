import Foundation

/// Folds case and accents so that spellings of one word meet: `Müller`, `MUELLER` and `muller`
/// all end as `muller`.
///
/// Two steps, with the stemmer between them. `expand` lowercases, writes German umlauts the
/// way German writes them without umlauts (ä → ae, ö → oe, ü → ue, ß → ss), and removes every
/// other accent (é → e). `contract` then writes ae, oe and ue as a, o and u, so that a reader
/// who types `muller` finds `Müller` as well as one who types `mueller`. The stemmer works on
/// the expanded form, where an ending like the `e` of `Menue` is still visible.
/// `Templates/assets/search.js` does the same in `fold` and `contract`.
package enum TextFolding {
    /// The lowercase, umlaut-expanded, accent-free form of `word` (UTF-8 in, UTF-8 out).
    package static func expand(_ word: [UInt8]) -> [UInt8] {
        if word.allSatisfy({ $0 < 0x80 }) {
            return word.map { (0x41...0x5A).contains($0) ? $0 + 32 : $0 }
        }
        var lowered = ""
        for scalar in String(decoding: word, as: UTF8.self).precomposedStringWithCanonicalMapping.unicodeScalars {
            // Per scalar, so that no context rule applies; JavaScript's one context rule, the
            // final sigma, is undone below.
            for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                if let special = specialLetters[lower] { lowered += special } else { lowered.unicodeScalars.append(lower) }
            }
        }
        var stripped = String.UnicodeScalarView()
        for scalar in lowered.decomposedStringWithCanonicalMapping.unicodeScalars where !(0x300...0x36F).contains(scalar.value) {
            stripped.append(scalar)
        }
        return Array(String(stripped).precomposedStringWithCanonicalMapping.utf8)
    }

    /// `word` with every `ae`, `oe` and `ue` written as `a`, `o` and `u`, left to right.
    package static func contract(_ word: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(word.count)
        var index = 0
        while index < word.count {
            let byte = word[index]
            output.append(byte)
            let isVowel = byte == UInt8(ascii: "a") || byte == UInt8(ascii: "o") || byte == UInt8(ascii: "u")
            index += isVowel && index + 1 < word.count && word[index + 1] == UInt8(ascii: "e") ? 2 : 1
        }
        return output
    }

    // Lowercase letters whose folded form is not their decomposition's base letter.
    static let specialLetters: [Unicode.Scalar: String] = [
        "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d",
        "ð": "d", "þ": "th", "ł": "l", "ı": "i", "ħ": "h", "ς": "σ",
    ]
}
