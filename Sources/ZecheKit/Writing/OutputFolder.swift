public import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folder a build is published to, replaced as a whole and only when a build is complete.
///
/// A build writes into a hidden staging folder beside the output folder (same file system, so
/// the swap is a rename) and `publish` exchanges the two; a build that fails or is killed
/// leaves the previous output untouched. Leftovers of killed builds are removed by the next
/// one. Zeche replaces only an output folder it made itself, which it recognises by the marker
/// file `.zeche-output` in it.
public struct OutputFolder: Sendable {
    /// The name of the file that marks an output folder as Zeche's.
    public static let markerName = ".zeche-output"

    public let url: URL
    /// How the folder is shown in messages, e.g. `Output/`.
    public let displayPath: String

    public init(url: URL, displayPath: String? = nil) {
        self.url = url.standardizedFileURL
        self.displayPath = displayPath ?? url.lastPathComponent + "/"
    }

    private var parent: URL { url.deletingLastPathComponent() }

    /// The folder that holds the output as messages show it: `./` for `Output/`, `site/`
    /// for `site/Output/`.
    private var parentDisplayPath: String {
        let trimmed = displayPath.hasSuffix("/") ? String(displayPath.dropLast()) : displayPath
        guard let slash = trimmed.lastIndex(of: "/") else { return "./" }
        return String(trimmed[...slash])
    }
    private var stagingPrefix: String { ".\(url.lastPathComponent).zeche-staging-" }
    private var retiredPrefix: String { ".\(url.lastPathComponent).zeche-retired-" }

    /// Checks that the output folder may be replaced, cleans up after killed builds and creates
    /// an empty staging folder.
    public func prepareStaging() throws(OutputError) -> StagingFolder {
        try recoverFromInterruptedPublish()
        try checkReplaceable()
        removeLeftovers()
        let staging = parent.appendingPathComponent("\(stagingPrefix)\(getpid())", isDirectory: true)
        try? FileManager.default.removeItem(at: staging)
        guard mkdir(staging.path, 0o755) == 0 else {
            throw OutputError.cannotCreate(folder: parentDisplayPath, reason: String(cString: strerror(errno)))
        }
        let marker = staging.appendingPathComponent(Self.markerName)
        guard FileManager.default.createFile(atPath: marker.path, contents: Data("Built by Zeche. This folder is replaced on every build.\n".utf8)) else {
            try? FileManager.default.removeItem(at: staging)
            throw OutputError.cannotCreate(folder: staging.path, reason: "cannot write \(Self.markerName)")
        }
        return StagingFolder(url: staging, displayPath: displayPath)
    }

    /// Swaps a complete staging folder in as the output folder and removes the previous output.
    public func publish(_ staging: StagingFolder) throws(OutputError) {
        let fileManager = FileManager.default
        var isFolder: ObjCBool = false
        if fileManager.fileExists(atPath: url.path, isDirectory: &isFolder) {
            let retired = parent.appendingPathComponent("\(retiredPrefix)\(getpid())", isDirectory: true)
            if exchange(staging.url.path, url.path) {
                // The staging name now holds the previous output.
                try? fileManager.removeItem(at: staging.url)
                return
            }
            // No atomic exchange here: retire the old folder first. A build killed between
            // the two renames is repaired by `recoverFromInterruptedPublish` on the next run.
            guard rename(url.path, retired.path) == 0 else {
                throw OutputError.cannotReplace(folder: displayPath, reason: String(cString: strerror(errno)))
            }
            guard rename(staging.url.path, url.path) == 0 else {
                let reason = String(cString: strerror(errno))
                _ = rename(retired.path, url.path)
                throw OutputError.cannotReplace(folder: displayPath, reason: reason)
            }
            try? fileManager.removeItem(at: retired)
        } else {
            guard rename(staging.url.path, url.path) == 0 else {
                throw OutputError.cannotReplace(folder: displayPath, reason: String(cString: strerror(errno)))
            }
        }
    }

    /// Removes a staging folder after a failed build.
    public func discard(_ staging: StagingFolder) {
        try? FileManager.default.removeItem(at: staging.url)
    }

    private func checkReplaceable() throws(OutputError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { return }
        guard isFolder.boolValue else { throw OutputError.notAFolder(displayPath) }
        let contents = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        if !contents.isEmpty, !contents.contains(Self.markerName) {
            throw OutputError.notZechesFolder(displayPath)
        }
        guard access(parent.path, W_OK) == 0 else {
            throw OutputError.cannotCreate(folder: parentDisplayPath, reason: String(cString: strerror(errno)))
        }
        // The previous output is removed after the swap, which needs every folder in it to
        // be writable. Checked first, so that a read-only output stays as it is instead of
        // being swapped out and left behind half deleted.
        if let readOnly = Self.firstReadOnlyFolder(in: url.path, relativePath: "") {
            throw OutputError.readOnly(folder: displayPath, inner: displayPath + readOnly)
        }
    }

    /// The first folder at or below `path` (in directory order) that this process may not
    /// change, relative to the output folder (`tags/` or `` for itself).
    private static func firstReadOnlyFolder(in path: String, relativePath: String) -> String? {
        guard access(path, W_OK) == 0 else { return relativePath }
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard name != ".", name != "..", entry.pointee.d_type == UInt8(DT_DIR) else { continue }
            if let found = firstReadOnlyFolder(in: path + "/" + name, relativePath: relativePath + name + "/") { return found }
        }
        return nil
    }

    /// If a build was killed between retiring the old output and renaming the new one in,
    /// the output folder is missing and the retired one is complete: put it back.
    private func recoverFromInterruptedPublish() throws(OutputError) {
        guard !FileManager.default.fileExists(atPath: url.path) else { return }
        let retired = leftovers(prefix: retiredPrefix).sorted()
        if let newest = retired.last { _ = rename(parent.appendingPathComponent(newest).path, url.path) }
    }

    /// Staging and retired folders of builds that were killed.
    private func removeLeftovers() {
        for name in leftovers(prefix: stagingPrefix) + leftovers(prefix: retiredPrefix) {
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
        }
    }

    private func leftovers(prefix: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []).filter { $0.hasPrefix(prefix) }
    }

    /// Atomically exchanges two paths with `renameat2(RENAME_EXCHANGE)` where the C library
    /// and the file system offer it.
    private func exchange(_ first: String, _ second: String) -> Bool {
        #if os(Linux)
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return false }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let renameExchange: UInt32 = 2
        return renameat2(AT_FDCWD, first, AT_FDCWD, second, renameExchange) == 0
        #else
        return false
        #endif
    }
}

/// Why the output folder could not be written or replaced.
public enum OutputError: Error, Sendable, Equatable, CustomStringConvertible {
    case notAFolder(String)
    case notZechesFolder(String)
    case cannotCreate(folder: String, reason: String)
    case cannotWrite(path: String, reason: String)
    case cannotReplace(folder: String, reason: String)
    /// A source file to copy could not be read.
    case cannotRead(path: String, reason: String)
    /// The output folder, or `inner` in it, may not be changed.
    case readOnly(folder: String, inner: String)
    /// The disk (or the user's quota) ran out of space while the new site was written.
    case diskFull

    public var description: String {
        switch self {
        case .notAFolder(let path): "the output '\(path)' is a file, not a folder"
        case .notZechesFolder(let path): "'\(path)' is not empty and was not made by Zeche, so it is not replaced"
        case .cannotCreate(let folder, let reason): "cannot create files in '\(folder)': \(reason)"
        case .cannotWrite(let path, let reason): "cannot write '\(path)': \(reason)"
        case .cannotReplace(let folder, let reason): "cannot replace '\(folder)': \(reason)"
        case .cannotRead(let path, let reason): "cannot read '\(path)': \(reason)"
        case .readOnly(let folder, let inner) where folder == inner: "'\(folder)' is read-only, so it is not replaced"
        case .readOnly(let folder, let inner): "'\(inner)' is read-only, so '\(folder)' is not replaced"
        case .diskFull: "the disk is full; the new site did not fit"
        }
    }

    public var fix: String {
        switch self {
        case .notAFolder: "remove the file or pass another folder with --output"
        case .notZechesFolder: "move its contents away, or pass another folder with --output"
        case .cannotCreate, .cannotReplace: "check the folder's permissions and free disk space"
        case .cannotWrite: "check free disk space and permissions; the previous output was left as it was"
        case .cannotRead: "check that the file is readable; the previous output was left as it was"
        case .readOnly(let folder, _): "make it writable with 'chmod -R u+w \(folder)', or pass another folder with --output"
        case .diskFull: "free some disk space and build again; the previous output was left as it was"
        }
    }
}
