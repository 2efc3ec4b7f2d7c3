import Foundation
import TextCore

/// A stable fingerprint of bytes (64-bit FNV-1a): for cache-busting asset URLs
/// (`site.css?v=1a2b3c4d`) and the preview's entity tags. Not cryptographic: it only has to
/// change when a file changes, and be cheap enough for every file of every build.
package enum ContentHash {
    // Inlinable, so that each caller's type of bytes is specialized: through the generic
    // witness tables the loop costs tens of nanoseconds a byte.
    @inlinable
    package static func fnv1a(_ bytes: some Sequence<UInt8>) -> UInt64 {
        StableHasher.fnv1a(bytes)
    }

    /// 16 lowercase hex digits.
    package static func hexDigits(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The first 8 hex digits of the bytes' hash: short enough for a URL, stable across builds.
    package static func short(_ bytes: some Sequence<UInt8>) -> String {
        String(hexDigits(fnv1a(bytes)).prefix(8))
    }

    static func of(file url: URL) -> String {
        short((try? Data(contentsOf: url)) ?? Data())
    }
}
