/// Counts words in text that arrives in pieces: a word is a run of non-space characters with
/// at least one letter or digit, so dashes and quotation marks standing alone do not count.
struct WordCounter {
    private(set) var count = 0
    private var inToken = false
    private var tokenHasWordCharacter = false

    /// Ends the current word: text pieces from different blocks never join.
    mutating func boundary() {
        if inToken, tokenHasWordCharacter { count += 1 }
        inToken = false
        tokenHasWordCharacter = false
    }

    mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                    boundary()
                } else {
                    inToken = true
                    if (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) {
                        tokenHasWordCharacter = true
                    }
                }
                continue
            }
            // Fast paths for what German and English text holds beyond ASCII: letters of
            // Latin-1 and Latin Extended-A (ä, ß, é, ł), and the typographic quotes, dashes and
            // spaces of General Punctuation.
            if (byte == 0xC3 || byte == 0xC4 || byte == 0xC5), index + 1 < bytes.count, bytes[index + 1] & 0xC0 == 0x80 {
                let second = bytes[index + 1]
                index += 2
                inToken = true
                if !(byte == 0xC3 && (second == 0x97 || second == 0xB7)) { tokenHasWordCharacter = true }
                continue
            }
            if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] & 0xC0 == 0x80 {
                let third = bytes[index + 2]
                index += 3
                if third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF {
                    boundary()
                } else {
                    inToken = true
                }
                continue
            }
            let (scalar, length) = Self.decode(bytes, at: index)
            index += length
            if scalar.properties.isWhitespace {
                boundary()
            } else {
                inToken = true
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    tokenHasWordCharacter = true
                }
            }
        }
    }

    /// Decodes one UTF-8 sequence; a malformed one counts as U+FFFD of length 1.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, index + length <= bytes.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (0xFF >> (length + 1))
        for offset in 1..<length {
            let next = bytes[index + offset]
            guard next & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
            value = value << 6 | UInt32(next & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
