/// Byte-level tests the stemmers share. Every ending they look at is ASCII, and an ASCII byte
/// never occurs inside a multi-byte UTF-8 sequence, so comparing bytes is safe.
enum StemmerText {
    static func hasSuffix(_ word: [UInt8], _ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard word.count >= count else { return false }
        return suffix.withUTF8Buffer { suffixBytes in
            word.withUnsafeBufferPointer { bytes in
                (0..<count).allSatisfy { bytes[word.count - count + $0] == suffixBytes[$0] }
            }
        }
    }

    /// Whether the byte `offset` places from the end (1 = the last) is one of `letters`.
    static func isLetter(_ word: [UInt8], fromEnd offset: Int, in letters: StaticString) -> Bool {
        guard word.count >= offset else { return false }
        let byte = word[word.count - offset]
        return letters.withUTF8Buffer { $0.contains(byte) }
    }

    /// The number of Unicode scalars: bytes that do not continue a multi-byte sequence.
    static func scalarCount(_ word: [UInt8]) -> Int {
        word.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }
}
