/// Non-negative integers written as text, five bits to a character: the compact form of every
/// list of numbers in the index (posting lists, positions, facet ranges).
///
/// The alphabet is base64url's, `A`–`Z`, `a`–`z`, `0`–`9`, `-`, `_`. A number is cut into groups
/// of five bits, the lowest first; every group but the last is written as the character at
/// `32 + group`, the last as the character at `group`. So 0 to 31 take one character (`A` to
/// `f`), 32 to 1023 two, and a JSON string holds the text without escaping.
package enum VarintText {
    static let alphabet = Array(UnsafeBufferPointer(start: characters.utf8Start, count: characters.utf8CodeUnitCount))

    static let values: [Int8] = {
        var table = [Int8](repeating: -1, count: 128)
        for (value, character) in alphabet.enumerated() { table[Int(character)] = Int8(value) }
        return table
    }()

    /// The alphabet as a constant of the binary: the writer appends millions of characters, and
    /// each read of a `static let` checks that it was initialized.
    private static var characters: StaticString {
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    }

    /// Appends `value` (at least 0) to `output`.
    package static func append(_ value: Int, to output: inout [UInt8]) {
        precondition(value >= 0, "VarintText holds non-negative numbers only")
        let characters = Self.characters.utf8Start
        var rest = value
        while rest >= 32 {
            output.append(characters[32 + (rest & 31)])
            rest >>= 5
        }
        output.append(characters[rest])
    }

    /// The numbers of `text`, or `nil` when it holds a character outside the alphabet or ends
    /// in the middle of a number.
    package static func decode(_ text: some StringProtocol) -> [Int]? {
        var numbers: [Int] = []
        var value = 0
        var shift = 0
        for byte in text.utf8 {
            let digit = byte < 128 ? Int(values[Int(byte)]) : -1
            guard digit >= 0, shift < 60 else { return nil }
            value |= (digit & 31) << shift
            if digit >= 32 {
                shift += 5
            } else {
                numbers.append(value)
                value = 0
                shift = 0
            }
        }
        return shift == 0 ? numbers : nil
    }
}
