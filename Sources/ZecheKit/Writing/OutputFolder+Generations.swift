import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The two generations of the site: the published output and, beside it, the one before
/// (`.Output.zeche-generations/previous/`), which the next build brings up to date at the
/// paths that differ and then exchanges with the output in one step. The manifest beside it
/// (`.Output.zeche-generations/manifest`) says which files the output has and where the two
/// differ. The folder ignores itself for git (a `.gitignore` of `*`), so a site whose
/// `.gitignore` names only `/Output/` shows nothing new.
extension OutputFolder {
    static let markerText = Data("Built by Zeche. This folder is replaced on every build.\n".utf8)

    var generationsURL: URL { parent.appendingPathComponent(".\(target.lastPathComponent).zeche-generations", isDirectory: true) }
    var previousURL: URL { generationsURL.appendingPathComponent("previous", isDirectory: true) }
    var manifestPath: String { generationsURL.appendingPathComponent("manifest").path }
    var nextManifestPath: String { manifestPath + ".next" }

    /// Creates the folder of the previous generation and the manifest; false if it cannot.
    func createGenerationsFolder() -> Bool {
        let path = generationsURL.path
        if mkdir(path, 0o755) != 0, errno != EEXIST { return false }
        let ignore = path + "/.gitignore"
        return access(ignore, F_OK) == 0 || FileManager.default.createFile(atPath: ignore, contents: Data("# Zeche's previous build of the site, kept to write only what changed.\n*\n".utf8))
    }

    /// What the last build left: the manifest, if it describes the published tree, and
    /// whether the previous generation beside it is the one it records (complete, untouched).
    func readGenerations() -> (manifest: OutputManifest?, previousIsClean: Bool) {
        let live = OutputManifest.TreeIdentity(of: target.path)
        // A build killed between its swap and the renaming of its manifest.
        if let next = OutputManifest.read(nextManifestPath), let live, next.live == live {
            rename(nextManifestPath, manifestPath)
        } else {
            unlink(nextManifestPath)
        }
        guard let live, let manifest = OutputManifest.read(manifestPath), manifest.live == live else { return (nil, false) }
        let previous = OutputManifest.TreeIdentity(of: previousURL.path)
        return (manifest, previous != nil && manifest.hidden == previous)
    }

    /// A fingerprint of the modification times of `path` and of the folders directly in it:
    /// a file added or removed by hand at the top of the output, or one level down, changes it.
    static func shallowStamp(of path: String) -> UInt64 {
        var fields: [UInt8] = []
        func add(_ name: String, _ info: stat) {
            fields.append(contentsOf: name.utf8)
            withUnsafeBytes(of: (Int64(info.st_mtim.tv_sec), Int64(info.st_mtim.tv_nsec))) { fields.append(contentsOf: $0) }
        }
        var info = stat()
        guard lstat(path, &info) == 0 else { return 0 }
        add("", info)
        let names = subfolderNames(of: path)
        for name in names.sorted() where lstat(path + "/" + name, &info) == 0 { add(name, info) }
        return fields.withUnsafeBytes { FileDigest.xxh64($0) }
    }

    /// Makes the previous generation match the new site where it still differs (paths the
    /// new site does not have), removing folders that became empty.
    func removeStale(_ paths: some Collection<String>, from staging: StagingFolder) throws(OutputError) {
        guard !paths.isEmpty else { return }
        try staging.willChange()
        for path in paths.sorted(by: >) {
            staging.clear(path)
            var folder = path
            while let slash = folder.lastIndex(of: "/") {
                folder = String(folder[..<slash])
                guard rmdir(staging.url.path + "/" + folder) == 0 else { break }
            }
        }
    }

    /// Removes a tree that may hold read-only folders (a previous generation the user made
    /// read-only): they are made writable first.
    static func removeTree(_ url: URL) {
        let fileManager = FileManager.default
        guard (try? fileManager.removeItem(at: url)) == nil, fileManager.fileExists(atPath: url.path) else { return }
        if let walker = fileManager.enumerator(atPath: url.path) {
            for case let path as String in walker { chmod(url.path + "/" + path, 0o755) }
        }
        chmod(url.path, 0o755)
        try? fileManager.removeItem(at: url)
    }

    /// Records the published tree after a swap; without a manifest the next build writes every file.
    func writeManifest(_ manifest: OutputManifest?) {
        guard let manifest, createGenerationsFolder(), manifest.write(to: nextManifestPath), rename(nextManifestPath, manifestPath) == 0 else {
            unlink(nextManifestPath)
            unlink(manifestPath)
            return
        }
    }
}
