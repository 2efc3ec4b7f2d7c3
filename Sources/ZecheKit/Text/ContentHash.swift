import Foundation

/// A short, stable fingerprint of a file's bytes, for cache-busting asset URLs
/// (`site.css?v=1a2b3c4d`): the same bytes always give the same URL, so builds stay
/// deterministic.
enum ContentHash {
    /// 64-bit FNV-1a of the bytes, as 8 hex digits (the high half folded in).
    static func of(_ bytes: some Sequence<UInt8>) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let folded = UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
        let hex = String(folded, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }

    static func of(file url: URL) -> String {
        of((try? Data(contentsOf: url)) ?? Data())
    }
}
