/// A hash of bytes for the tables that live in one process: eight bytes at a time, a
/// multiplication each, no seed. Swift's `Hasher` is seeded and mixes with SipHash, which the
/// tables looked up once per word or per template name could not afford; these tables do not
/// face chosen keys (a site's own words and field names), and a collision costs a comparison,
/// never a wrong entry. Not stable across versions: nothing keeps its values (that is
/// `StableHasher`'s job).
public enum ByteHash {
    @inlinable
    public static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        guard let base = UnsafeRawPointer(bytes.baseAddress) else { return hash }
        var index = 0
        while index + 8 <= bytes.count {
            hash = (hash ^ base.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 32
            index += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while index < bytes.count {
            tail |= UInt64(bytes[index]) << shift
            shift += 8
            index += 1
        }
        hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        return hash ^ hash >> 29
    }

    /// The hash of a string's UTF-8.
    @inlinable
    public static func of(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { of($0) }
    }
}
