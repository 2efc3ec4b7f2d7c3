/// A strong entity tag from a file's bytes: 64-bit FNV-1a plus the length.
///
/// Not cryptographic: it only has to change when a file the author edits changes, and it must
/// be cheap enough to compute for every file of every snapshot.
enum ContentHash {
    static func entityTag(for bytes: [UInt8]) -> String {
        "\"\(hexDigits(fnv1a(bytes)))-\(String(bytes.count, radix: 16))\""
    }

    static func fnv1a(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { buffer in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in buffer {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
            return hash
        }
    }

    static func hexDigits(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
