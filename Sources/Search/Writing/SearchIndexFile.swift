/// One file of a search index: its path relative to the index's folder, and its bytes.
public struct SearchIndexFile: Sendable, Hashable {
    /// A relative path with `/` separators: `manifest.json`, `terms/di.json`.
    public let path: String
    /// The file's contents, UTF-8 JSON.
    public let bytes: [UInt8]

    /// Makes a file of the index.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}
