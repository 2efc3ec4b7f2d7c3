import Foundation

/// Turns text into the lowercase ASCII `[a-z0-9-]` form used in URLs and heading ids.
///
/// German letters keep their sound (ä→ae, ö→oe, ü→ue, ß→ss), other letters lose their
/// diacritics (é→e, ł→l), and every run of anything else becomes one `-`. Text in Unicode
/// NFD form (as macOS writes file names) gives the same slug as NFC.
public enum Slug {
    /// The slug of `text`; empty when the text has no letter or digit that maps to ASCII.
    public static func make(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var pendingDash = false
        func emit(_ byte: UInt8) {
            if pendingDash, !output.isEmpty { output.append(UInt8(ascii: "-")) }
            pendingDash = false
            output.append(byte)
        }
        func emit(_ ascii: String) { for byte in ascii.utf8 { emit(byte) } }

        // Only decomposed text (as macOS writes file names) needs composing first; combining
        // marks are U+0300–U+036F, which start with the UTF-8 bytes CC or CD.
        let isDecomposed = text.utf8.contains { $0 == 0xCC || $0 == 0xCD }
        let source = isDecomposed ? text.precomposedStringWithCanonicalMapping : text
        for scalar in source.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): emit(byte)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): emit(byte + 32)
                default: pendingDash = true
                }
                continue
            }
            if (0xC0...0x17F).contains(value) {
                let ascii = latinLetters[Int(value - 0xC0)]
                if ascii.isEmpty { pendingDash = true } else { emit(ascii) }
                continue
            }
            if let special = specialLetters[scalar] {
                emit(special)
                continue
            }
            // Lowercase, decompose and keep the ASCII base letters: é → e, Ś → s.
            var mapped = false
            for part in String(scalar).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
                if let special = specialLetters[part] {
                    emit(special); mapped = true
                } else if part.isASCII, part.properties.isAlphabetic || ("0"..."9").contains(part) {
                    emit(UInt8(part.value)); mapped = true
                }
            }
            if !mapped, !scalar.properties.isDiacritic { pendingDash = true }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The ASCII form of U+00C0 to U+017F (Latin-1 letters and Latin Extended-A), worked out
    /// once: these are nearly all the letters of German, French, Polish, Turkish text.
    private static let latinLetters: [String] = (0xC0...0x17F).map { value in
        guard let scalar = Unicode.Scalar(value) else { return "" }
        if let special = specialLetters[scalar] { return special }
        return String(String(scalar).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
            .filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }.map(Character.init))
    }

    // Letters whose ASCII form is not their decomposition's base letter.
    private static let specialLetters: [Unicode.Scalar: String] = [
        "ä": "ae", "ö": "oe", "ü": "ue", "Ä": "ae", "Ö": "oe", "Ü": "ue", "ß": "ss", "ẞ": "ss",
        "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d",
        "ð": "d", "Ð": "d", "þ": "th", "Þ": "th", "ł": "l", "Ł": "l", "ı": "i", "ħ": "h",
    ]
}

/// Hands out unique slugs: the first request for `x` gets `x`, the next `x-2`, then `x-3`.
public struct SlugAllocator: Sendable {
    private var used: Set<String> = []
    /// The suffix to try first for each base: every lower one is taken. Without it, n
    /// headings with the same text took n²/2 lookups (a minute for 100,000 of them).
    private var nextSuffix: [String: Int] = [:]

    public init() {}

    /// A slug for `text` that this allocator has not given out before; `fallback` stands in
    /// for text without letters or digits.
    public mutating func unique(for text: String, fallback: String = "section") -> String {
        let made = Slug.make(text)
        let base = made.isEmpty ? fallback : made
        var candidate = base
        var counter = nextSuffix[base] ?? 2
        if used.contains(candidate) {
            repeat {
                candidate = "\(base)-\(counter)"
                counter += 1
            } while used.contains(candidate)
            nextSuffix[base] = counter
        }
        used.insert(candidate)
        return candidate
    }
}
