import ZecheKit

/// A strong entity tag from a file's bytes: their 64-bit FNV-1a hash plus the length.
enum EntityTag {
    static func of(_ bytes: [UInt8]) -> String {
        let hash = bytes.withUnsafeBufferPointer { ContentHash.fnv1a($0) }
        return "\"\(ContentHash.hexDigits(hash))-\(String(bytes.count, radix: 16))\""
    }
}
