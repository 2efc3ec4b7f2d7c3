public import Foundation
import TextCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The build cache of `zeche build`: `.zeche-cache/build-cache` in the site's folder, what a
/// later build into the same output folder can reuse (docs/build-cache.md). It holds the
/// signature of the inputs of every output of the last successful build; a build renders
/// again only the pages and files whose signature changed and keeps the others
/// (`OutputSink.keep`).
///
/// The file is written only after a successful build, atomically (a temporary file renamed
/// into place). A file that is missing, damaged or written for another site, output folder,
/// options or version of Zeche is not used: the build is then cold, with a note that says why.
public struct BuildCache: Sendable {
    /// The folder in the site that holds the cache; deleting it only makes the next build cold.
    public static let folderName = ".zeche-cache"
    static let fileName = "build-cache"
    static let magic = "zeche build cache\n"
    /// Raised whenever the file's layout changes.
    static let formatVersion = 5

    /// The cache folder of the site in `root`.
    public let folder: URL
    /// What identifies the program that wrote a cache (its version, and the running file's
    /// size and time for a build from source): a cache of another program is not used.
    public let toolIdentity: String

    public init(siteRoot: URL, toolIdentity: String) {
        folder = siteRoot.standardizedFileURL.appendingPathComponent(Self.folderName, isDirectory: true)
        self.toolIdentity = toolIdentity
    }

    var file: URL { folder.appendingPathComponent(Self.fileName) }
    /// How notes name the file: `.zeche-cache/build-cache`.
    var displayPath: String { Self.folderName + "/" + Self.fileName }

    /// What a build is, for the cache: the same site, output folder (the very folder the last
    /// build swapped in) and options.
    struct Identity: Equatable {
        let siteRoot: String
        let output: String
        /// Device, inode and modification time of the output folder: another folder there
        /// (deleted, moved, replaced by hand or by a build that did not write the cache) is
        /// not the output the cache describes, even where the file system gives it the inode
        /// of the old one.
        let outputFolder: [UInt64]
        let options: UInt64
    }

    /// The outcome of reading the cache.
    enum Loaded {
        case reused(OutputSignatures)
        /// A cold build; `note` says why the cache was not used, `nil` on a first build.
        case cold(note: String?)
    }

    /// The identity of a build of `pipeline` into `output`, or `nil` when the output folder
    /// does not exist.
    static func identity(of pipeline: BuildPipeline, output: OutputFolder) -> Identity? {
        var info = stat()
        guard stat(output.target.path, &info) == 0 else { return nil }
        var hasher = StableHasher()
        hasher.combine(pipeline.options.publishing)
        hasher.combine(pipeline.fingerprintsAssets)
        hasher.combine(pipeline.marksUnpublished)
        hasher.combine(pipeline.updatesSearchIndex)
        return Identity(siteRoot: pipeline.root.path, output: output.target.path,
                        outputFolder: [UInt64(info.st_dev), UInt64(info.st_ino)] + Self.modificationTime(info), options: hasher.finalize())
    }

    /// Reads the cache for a build with `identity` (`nil`: the output folder is missing).
    func load(for identity: Identity?) -> Loaded {
        guard let bytes = CacheFile.read(file.path) else {
            return .cold(note: identity == nil ? nil : "there is no build cache (\(displayPath)) of the last build")
        }
        guard let identity else { return .cold(note: "the output folder is not there any more") }
        guard var reader = CacheReader.verified(bytes) else {
            return .cold(note: "\(displayPath) is damaged (cut short or changed)")
        }
        do throws(CacheReader.Damaged) {
            if let problem = try reader.headerProblem(magic: Self.magic, kind: "build cache", formatVersion: Self.formatVersion,
                                                      toolIdentity: toolIdentity, siteRoot: identity.siteRoot, displayPath: displayPath) {
                return .cold(note: problem)
            }
            let output = try reader.readString()
            guard output == identity.output else { return .cold(note: "\(displayPath) belongs to another output folder (\(output))") }
            let outputFolder = [try reader.readUInt64(), try reader.readUInt64(), try reader.readUInt64(), try reader.readUInt64()]
            guard outputFolder == identity.outputFolder else {
                return .cold(note: "the output folder was replaced or changed since the build that wrote \(displayPath)")
            }
            guard try reader.readUInt64() == identity.options else {
                return .cold(note: "\(displayPath) was written for other options (--drafts, --future, --base-url or the embargo key)")
            }
            let signatures = try Self.readSignatures(&reader)
            guard reader.isAtEnd else { return .cold(note: "\(displayPath) is damaged (cut short or changed)") }
            return .reused(signatures)
        } catch {
            return .cold(note: "\(displayPath) is damaged (cut short or changed)")
        }
    }

    /// Writes the cache of a successful build: into a temporary file renamed over the old
    /// one, so that a reader sees the old cache or the new one. Returns why it could not be
    /// written, or `nil`. `serialized` is what `serialized(_:)` made of the build's signatures: the identity of
    /// the output is known only once it is published, the signatures before.
    func save(_ serialized: [UInt8], identity: Identity) -> String? {
        var writer = CacheWriter(capacity: serialized.count + 1_024)
        writer.write(Self.magic)
        writer.write(Self.formatVersion)
        writer.write(toolIdentity)
        writer.write(identity.siteRoot)
        writer.write(identity.output)
        for number in identity.outputFolder { writer.write(number) }
        writer.write(identity.options)
        writer.append(serialized)
        return CacheFile.write(writer.takeSealed(), named: Self.fileName, in: folder)
    }

    /// The bytes of `signatures` in the cache's format, what `save` writes after the identity.
    static func serialized(_ signatures: OutputSignatures) -> [UInt8] {
        var writer = CacheWriter()
        write(signatures, into: &writer)
        return writer.bytes
    }

    private static func modificationTime(_ info: stat) -> [UInt64] {
        #if canImport(Darwin)
        [UInt64(bitPattern: Int64(info.st_mtimespec.tv_sec)), UInt64(bitPattern: Int64(info.st_mtimespec.tv_nsec))]
        #else
        [UInt64(bitPattern: Int64(info.st_mtim.tv_sec)), UInt64(bitPattern: Int64(info.st_mtim.tv_nsec))]
        #endif
    }

    /// Removes the cache file, so that the next build is cold.
    func remove() {
        unlink(file.path)
    }
}
