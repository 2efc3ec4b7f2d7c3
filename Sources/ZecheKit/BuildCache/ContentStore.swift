import Foundation
import TextCore

/// The content cache of `zeche build`: `.zeche-cache/content`, what the content stage read and
/// rendered (docs/build-cache.md), so that a later build in a new process reads, parses and
/// renders only the content files that changed. It holds each article's file signature and
/// draft, the rendered bodies with what makes them valid (their link resolutions, place and
/// images), the image headers and the inputs of the automatic related articles.
///
/// The articles are spread over parts of about 128 articles, at most 256 parts (`partCount`; `content-HASH`,
/// named by their checksum), so that a build after an edit writes only the part that holds
/// the edited file, and a build reads the parts in parallel; `content` names them and is
/// written last.
///
/// It does not depend on the output folder. It holds while `site.yml`, the interface strings
/// (`Templates/i18n/`), the options of the build and the program are the same; within it,
/// each file holds while its signature is the same (`SiteLoader` checks them). A file that is
/// missing, damaged or written for another site, options or program is not used: every
/// content file is then read, with a note that says why.
struct ContentStore {
    static let fileName = "content"
    static let magic = "zeche content cache\n"
    /// Raised whenever the file's layout changes.
    static let formatVersion = 7

    let folder: URL
    let siteRoot: String
    let toolIdentity: String

    init(buildCache: BuildCache, siteRoot: URL) {
        folder = buildCache.folder
        self.siteRoot = siteRoot.standardizedFileURL.path
        toolIdentity = buildCache.toolIdentity
    }

    var file: URL { folder.appendingPathComponent(Self.fileName) }
    var displayPath: String { BuildCache.folderName + "/" + Self.fileName }

    /// What the content stage's results depend on besides the files themselves: `site.yml`
    /// and the interface strings by their bytes, and the options of the build.
    func key(options: BuildOptions) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(options.publishing)
        let root = URL(fileURLWithPath: siteRoot, isDirectory: true)
        let i18n = root.appendingPathComponent("Templates/i18n", isDirectory: true)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: i18n.path)) ?? []).sorted()
        for (name, url) in [("site.yml", root.appendingPathComponent("site.yml"))] + names.map({ ($0, i18n.appendingPathComponent($0)) }) {
            hasher.combine(name)
            let bytes = CacheFile.read(url.path)
            hasher.combine(bytes != nil)
            bytes?.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
        return hasher.finalize()
    }

    /// The parts of the file a load found: each part's name and its articles' paths, sorted,
    /// and the addresses their bodies were placed at; a save writes again only the parts
    /// whose articles changed.
    struct Layout {
        let parts: [(name: String, paths: [String])]
        let addresses: [SiteURLs]
        /// The parts, open, that the bodies of the load are read from.
        var stores: [BodyStore] = []

        /// Whether a body could not be read back from its part.
        var hasFailed: Bool { stores.contains { $0.hasFailed } }
    }

    /// The outcome of reading the file.
    enum Loaded {
        case reused(ContentCache, Layout)
        /// Every content file is read; `note` says why, `nil` when there was no cache at all
        /// or what it depends on changed.
        case cold(note: String?)
    }

    func load(key: UInt64) -> Loaded {
        guard let bytes = CacheFile.read(file.path) else {
            let hasFolder = FileManager.default.fileExists(atPath: folder.path)
            return .cold(note: hasFolder ? "there is no content cache (\(displayPath))" : nil)
        }
        guard var reader = CacheReader.verified(bytes) else { return .cold(note: "\(displayPath) is damaged (cut short or changed)") }
        do throws(CacheReader.Damaged) {
            if let problem = try reader.headerProblem(magic: Self.magic, kind: "content cache", formatVersion: Self.formatVersion,
                                                      toolIdentity: toolIdentity, siteRoot: siteRoot, displayPath: displayPath) {
                return .cold(note: problem)
            }
            // site.yml, the interface strings or the options changed: an edit like any other,
            // which the build cache's signatures see too.
            guard try reader.readUInt64() == key else { return .cold(note: nil) }
            let (cache, layout) = try readContent(&reader)
            guard reader.isAtEnd else { return .cold(note: "\(displayPath) is damaged (cut short or changed)") }
            return .reused(cache, layout)
        } catch {
            return .cold(note: "\(displayPath) is damaged (cut short, changed, or a part of it is missing)")
        }
    }

    /// Writes what `cache` holds that the file can keep (`storable`, made by `storable(_:)`
    /// when not given): the parts whose articles changed since `previous` (`changedPaths`,
    /// or other files in them), sealing those whose bodies their `partStores` hold, then the
    /// file that names the parts, then removes the parts no longer named. Returns why it could
    /// not, or `nil`.
    func save(_ cache: ContentCache, storable: Storable? = nil, key: UInt64, previous: Layout?, changedPaths: Set<String>,
              partStores: [BodyStore] = []) -> String? {
        guard let marks = cache.marks else { return nil }
        var writer = CacheWriter(capacity: 1 << 20)
        writer.write(Self.magic)
        writer.write(Self.formatVersion)
        writer.write(toolIdentity)
        writer.write(siteRoot)
        writer.write(key)
        let parts: [String]
        switch writeContent(cache, storable: storable ?? Self.storable(cache), marks: marks, previous: previous, changedPaths: changedPaths,
                            partStores: partStores, into: &writer) {
        case .success(let names): parts = names
        case .failure(let reason): return reason.text
        }
        if let failure = CacheFile.write(writer.takeSealed(), named: Self.fileName, in: folder) { return failure }
        removeLeftovers(keeping: Set(parts))
        return nil
    }

    /// Removes the parts of earlier builds that `content` no longer names, and the temporary
    /// files of builds killed while they wrote a cache file. Not this process's own: a warm
    /// build writes its search index state on another thread meanwhile, and a temporary file
    /// removed before its rename loses that write.
    func removeLeftovers(keeping parts: Set<String>) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        where CacheFile.isLeftoverTemporary(name) || name.hasPrefix(Self.fileName + "-") && !parts.contains(name) {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }

    /// Why a part could not be written.
    struct WriteFailure: Error {
        let text: String
    }
}
