/// Counts words in text that arrives in pieces: a word is a run of non-space characters with
/// at least one letter or digit, so dashes and quotation marks standing alone do not count.
struct WordCounter {
    private(set) var count = 0
    /// Whether the word under way has a letter or digit yet. A word without one (a dash, a
    /// quotation mark) does not count, so nothing else of it needs keeping.
    private var tokenHasWordCharacter = false

    /// Ends the current word: text pieces from different blocks never join.
    mutating func boundary() {
        if tokenHasWordCharacter { count += 1 }
        tokenHasWordCharacter = false
    }

    /// Space, tab, line feed and carriage return, as bits of a mask indexed by the byte.
    private static let asciiSpaces: UInt64 = 1 << 0x20 | 1 << 0x09 | 1 << 0x0A | 1 << 0x0D

    mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>) {
        // The state lives in locals while the loop runs: every word of every article passes
        // here, and this keeps it in registers. An ASCII byte updates it with arithmetic, not
        // branches: a branch on "is this a space" guessed wrong about once a word (the counter
        // was a third of the Markdown walk's samples in a cold build's profile).
        var count = self.count
        var hasWordCharacter: UInt8 = tokenHasWordCharacter ? 1 : 0
        defer {
            self.count = count
            tokenHasWordCharacter = hasWordCharacter != 0
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                let isSpace = UInt8(truncatingIfNeeded: Self.asciiSpaces &>> UInt64(byte)) & 1 & (byte <= 0x20 ? 1 : 0)
                // A digit, or a letter in either case.
                let isWordCharacter: UInt8 = (byte &- 0x30 < 10 ? 1 : 0) | ((byte | 0x20) &- 0x61 < 26 ? 1 : 0)
                count &+= Int(isSpace & hasWordCharacter)
                hasWordCharacter = (hasWordCharacter | isWordCharacter) & (isSpace ^ 1)
                continue
            }
            // Fast paths for what German and English text holds beyond ASCII: letters of
            // Latin-1 and Latin Extended-A (ä, ß, é, ł), and the typographic quotes, dashes and
            // spaces of General Punctuation.
            if (byte == 0xC3 || byte == 0xC4 || byte == 0xC5), index + 1 < bytes.count, bytes[index + 1] & 0xC0 == 0x80 {
                let second = bytes[index + 1]
                index += 2
                if !(byte == 0xC3 && (second == 0x97 || second == 0xB7)) { hasWordCharacter = 1 }
                continue
            }
            if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] & 0xC0 == 0x80 {
                let third = bytes[index + 2]
                index += 3
                if third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF {
                    count &+= Int(hasWordCharacter)
                    hasWordCharacter = 0
                }
                continue
            }
            let (length, isSpace, isWordCharacter) = Self.classify(bytes, at: index)
            index += length
            if isSpace {
                count &+= Int(hasWordCharacter)
                hasWordCharacter = 0
            } else if isWordCharacter {
                hasWordCharacter = 1
            }
        }
    }

    /// The length of the scalar at `index`, and whether it is a space or a letter or digit.
    /// Never inlined: asking for a scalar's properties makes a function look up the metadata
    /// of their types when it is entered, and `feed` is entered once per text of a body.
    @inline(never)
    private static func classify(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (length: Int, isSpace: Bool, isWordCharacter: Bool) {
        let (scalar, length) = decode(bytes, at: index)
        let properties = scalar.properties
        if properties.isWhitespace { return (length, true, false) }
        return (length, false, properties.isAlphabetic || properties.numericType != nil)
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
