extension ContentStore {
    /// What starts the Markdown of a draft read back from the content cache, which keeps
    /// only a hash of it: a text no file has (it starts with NUL, which the content stage
    /// refuses), followed by the hash, so that two placeholders are equal exactly when the
    /// bodies were.
    static let placeholderPrefix = "\u{0}zeche-content-cache\u{0}"

    static func placeholder(hash: UInt64) -> String {
        let digits = String(hash, radix: 16)
        return placeholderPrefix + String(repeating: "0", count: 16 - digits.count) + digits
    }

    static func isPlaceholder(_ body: String) -> Bool {
        body.utf8.count == placeholderPrefix.utf8.count + 16 && body.hasPrefix(placeholderPrefix)
    }

    /// The hash a placeholder of `body` carries: its own for a placeholder.
    static func placeholderHash(of body: String) -> UInt64 {
        if isPlaceholder(body), let hash = UInt64(body.dropFirst(placeholderPrefix.count), radix: 16) { return hash }
        var copy = body
        return copy.withUTF8 { FileDigest.xxh64(UnsafeRawBufferPointer($0)) }
    }
}
