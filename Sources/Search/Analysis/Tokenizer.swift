/// One word of a text: its letters, with its hyphenated parts joined by one `-`.
struct WordToken {
    /// The word's UTF-8 bytes without apostrophes and soft hyphens, with a plain `-` between
    /// parts: `IT-Sicherheit`. The bytes are also the key under which the indexer caches the
    /// word's terms.
    var bytes: [UInt8] = []
    /// The number of hyphen-separated parts (1 for most words).
    var partCount = 1

    /// The word without its hyphens: `ITSicherheit`.
    var joined: [UInt8] { partCount == 1 ? bytes : bytes.filter { $0 != UInt8(ascii: "-") } }

    /// The parts' bytes: `IT` and `Sicherheit`.
    var parts: [ArraySlice<UInt8>] { bytes.split(separator: UInt8(ascii: "-")) }
}

/// Splits text into words: runs of letters, combining marks and decimal digits of any script.
///
/// An apostrophe (' or ’) or a hyphen (-, U+2010, U+2011) between two such characters belongs
/// to the word: `geht's` is the word `gehts`, and `IT-Sicherheit` is one word of two parts. A
/// soft hyphen (U+00AD) inside a word is dropped. Everything else separates words.
/// `Templates/assets/search.js` uses the regular expression
/// `[\p{L}\p{M}\p{Nd}\u00AD]+(?:['’\-‐‑][\p{L}\p{M}\p{Nd}\u00AD]+)*`, which matches the same words.
enum Tokenizer {
    /// Calls `body` with each word as `WordToken`.
    static func forEachWord(in text: String, _ body: (WordToken) -> Void) {
        forEachWordKey(in: text) { key, partCount in
            body(WordToken(bytes: Array(key), partCount: partCount))
        }
    }

    /// Calls `body` with each word's bytes (with `-` between parts) and its number of parts.
    /// A word of letters only, nearly every word, is passed as a slice of the text itself.
    static func forEachWordKey(in text: String, _ body: (UnsafeBufferPointer<UInt8>, Int) -> Void) {
        var text = text
        text.withUTF8 { forEachWordKey(inUTF8: $0, body) }
    }

    /// `forEachWordKey(in:_:)` over a text's valid UTF-8 bytes.
    static func forEachWordKey(inUTF8 bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, Int) -> Void) {
        var scratch: [UInt8] = []
        scratch.reserveCapacity(64)
        let count = bytes.count
        var index = 0
        while index < count {
            // Skip to the next letter; ASCII separators are most of what is skipped.
            let lead = bytes[index]
            if lead < 0x80, !isAlphanumeric(lead) {
                // The inner loops count in a variable of their own, which stays in a
                // register: `index` lives in memory, and a loop over it waited for each store.
                var next = index + 1
                while next < count, bytes[next] < 0x80, !isAlphanumeric(bytes[next]) { next += 1 }
                index = next
                continue
            }
            var (kind, length) = lead < 0x80 ? (CharacterKind.letter, 1) : classifyNonASCII(bytes, index)
            guard kind == .letter || kind == .ignorable else {
                index += length
                continue
            }
            let start = index
            // Letters only so far: the word is the text's own bytes, nothing is copied.
            var isSimple = kind == .letter
            var partCount = 1
            // Emptied only for a word that uses it: a call per word was a tenth of the indexer.
            if !isSimple { scratch.removeAll(keepingCapacity: true) }
            while true {
                if isSimple {
                    var end = index + length
                    while end < count, isAlphanumeric(bytes[end]) { end += 1 }
                    index = end
                } else {
                    if kind == .letter { scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<index + length])) }
                    index += length
                }
                guard index < count else { break }
                let (next, nextLength) = classify(bytes, index)
                if next == .letter || next == .ignorable {
                    if next == .ignorable, isSimple {
                        isSimple = false
                        scratch.removeAll(keepingCapacity: true)
                        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                    }
                    (kind, length) = (next, nextLength)
                    continue
                }
                guard next == .apostrophe || next == .hyphen, index + nextLength < count else { break }
                let (after, afterLength) = classify(bytes, index + nextLength)
                guard after == .letter || after == .ignorable else { break }
                if isSimple {
                    isSimple = false
                    scratch.removeAll(keepingCapacity: true)
                    scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                }
                // A part of soft hyphens only has no letters: no separator for it.
                if next == .hyphen, let last = scratch.last, last != UInt8(ascii: "-") {
                    scratch.append(UInt8(ascii: "-"))
                    partCount += 1
                }
                index += nextLength
                (kind, length) = (after, afterLength)
            }
            if isSimple {
                body(UnsafeBufferPointer(rebasing: bytes[start..<index]), 1)
                continue
            }
            if scratch.last == UInt8(ascii: "-") {
                scratch.removeLast()
                partCount -= 1
            }
            if !scratch.isEmpty { scratch.withUnsafeBufferPointer { body($0, partCount) } }
        }
    }

    @inline(__always)
    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10
    }

    enum CharacterKind: UInt8 { case separator, letter, ignorable, apostrophe, hyphen }

    /// The kind of the scalar that starts at `index`, and its length in bytes.
    @inline(__always)
    static func classify(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> (CharacterKind, Int) {
        let lead = bytes[index]
        if lead < 0x80 {
            if isAlphanumeric(lead) { return (.letter, 1) }
            switch lead {
            case UInt8(ascii: "'"): return (.apostrophe, 1)
            case UInt8(ascii: "-"): return (.hyphen, 1)
            default: return (.separator, 1)
            }
        }
        return classifyNonASCII(bytes, index)
    }

    static func classifyNonASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> (CharacterKind, Int) {
        let lead = bytes[index]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, index + length <= bytes.count else { return (.separator, 1) }
        var value = UInt32(lead) & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        // Latin-1 and Latin Extended letters, most of the non-ASCII letters of European text.
        if value >= 0xC0, value <= 0x24F, value != 0xD7, value != 0xF7 { return (.letter, length) }
        guard let scalar = Unicode.Scalar(value) else { return (.separator, length) }
        switch value {
        case 0xAD: return (.ignorable, length)
        case 0x2019: return (.apostrophe, length)
        case 0x2010, 0x2011: return (.hyphen, length)
        default: break
        }
        return (isLetterOrMarkOrDigit(scalar) ? .letter : .separator, length)
    }

    /// Never inlined: asking for a scalar's properties makes a function look up the metadata
    /// of their types when it is entered, and the word loop is entered once per field.
    @inline(never)
    private static func isLetterOrMarkOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber:
            true
        default:
            false
        }
    }
}
