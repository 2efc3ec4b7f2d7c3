/// An immutable, in-memory version of a built site: what the preview server serves.
///
/// Keys are site paths as a browser asks for them after decoding: `/index.html`,
/// `/2026/11/austausch/index.html`, `/assets/site.css`. Entity tags and media types are
/// computed once, when the snapshot is made, so serving a file only looks it up.
public struct SiteSnapshot: Sendable {
    private var files: [String: SiteFile]

    /// A snapshot of `files`, keyed by site path. A key without a leading `/` gets one.
    public init(files: [String: [UInt8]]) {
        var table: [String: SiteFile] = [:]
        table.reserveCapacity(files.count)
        for (path, bytes) in files {
            let key = Self.key(path)
            table[key] = SiteFile(path: key, bytes: bytes)
        }
        self.files = table
    }

    /// A snapshot with no files: every request gets 404 until a site is published.
    public static let empty = SiteSnapshot(files: [:])

    /// The number of files.
    public var count: Int { files.count }

    /// Every site path, sorted.
    public var paths: [String] { files.keys.sorted() }

    /// The bytes of the file at `path`, if the snapshot has one.
    public func contents(at path: String) -> [UInt8]? {
        files[Self.key(path)]?.bytes
    }

    /// A copy with `changed` files added or replaced and `removed` paths dropped; files that did
    /// not change keep their computed entity tags, so an incremental rebuild hashes only what it
    /// wrote.
    public func updating(_ changed: [String: [UInt8]], removing removed: Set<String> = []) -> SiteSnapshot {
        var copy = self
        for path in removed { copy.files[Self.key(path)] = nil }
        for (path, bytes) in changed {
            let key = Self.key(path)
            copy.files[key] = SiteFile(path: key, bytes: bytes)
        }
        return copy
    }

    func file(at path: String) -> SiteFile? {
        files[path]
    }

    private static func key(_ path: String) -> String {
        path.hasPrefix("/") ? path : "/" + path
    }
}

/// One file of a snapshot with what the server sends along with it.
struct SiteFile: Sendable {
    let bytes: [UInt8]
    /// A strong entity tag, quoted: `"9f86d081884c7d65-1a2"`.
    let entityTag: String
    let mediaType: String
    /// For an HTML page, where the live-reload script goes (found once, not per request).
    let injectionPoint: Int?

    init(path: String, bytes: [UInt8]) {
        self.bytes = bytes
        entityTag = EntityTag.of(bytes)
        mediaType = MediaType.forPath(path)
        injectionPoint = MediaType.isHTML(mediaType) ? HTMLInjection.position(in: bytes) : nil
    }
}
