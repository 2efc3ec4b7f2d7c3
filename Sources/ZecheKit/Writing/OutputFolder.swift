public import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folder a build is published to, replaced as a whole and only when a build is complete.
///
/// A build writes into a hidden staging folder beside the output folder (same file system, so
/// the swap is a rename), flushes it to the disk, and `publish` exchanges the two; a build that
/// fails or is killed leaves the previous output untouched. Leftovers of killed builds are
/// removed by the next one. Zeche replaces only an output folder it made itself, which it
/// recognises by the marker file `.zeche-output` in it. One build at a time: a second one
/// waits for the first (see `OutputLock`).
///
/// An output that is a symbolic link is written at the link's target, so the link keeps
/// pointing at the site. An output that is a mount point (a Docker volume) cannot be renamed:
/// the new site is staged inside it and moved in entry by entry (see `swapLimitation`).
public struct OutputFolder: Sendable {
    /// The name of the file that marks an output folder as Zeche's.
    public static let markerName = ".zeche-output"

    public let url: URL
    /// How the folder is shown in messages, e.g. `Output/`.
    public let displayPath: String
    /// How long a build waits for another build of the same output to finish.
    public var lockTimeout: Duration = .seconds(30)
    /// Whether the swap may use an atomic exchange where the system has one; tests turn it off
    /// to cover file systems without it (NFS, vfat).
    var usesExchange = true

    public init(url: URL, displayPath: String? = nil) {
        self.url = url.standardizedFileURL
        self.displayPath = displayPath ?? url.lastPathComponent + "/"
    }

    /// Where the site goes: the output path, or the target of the symbolic link it is.
    var target: URL {
        var path = url.path
        for _ in 0..<32 {
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { break }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(path, &buffer, buffer.count - 1)
            guard count > 0 else { break }
            let destination = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            path = destination.hasPrefix("/") ? destination
                : URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent(destination).standardizedFileURL.path
        }
        return URL(fileURLWithPath: path).standardizedFileURL
    }

    var parent: URL { target.deletingLastPathComponent() }

    /// The folder that holds the output as messages show it: `./` for `Output/`, `site/`
    /// for `site/Output/`.
    var parentDisplayPath: String {
        let trimmed = displayPath.hasSuffix("/") ? String(displayPath.dropLast()) : displayPath
        guard let slash = trimmed.lastIndex(of: "/") else { return "./" }
        return String(trimmed[...slash])
    }
    var stagingPrefix: String { ".\(target.lastPathComponent).zeche-staging-" }
    var retiredPrefix: String { ".\(target.lastPathComponent).zeche-retired-" }
    var lockPath: String { parent.appendingPathComponent(".\(target.lastPathComponent).zeche-lock").path }

    /// Whether the output is a mount point: its device differs from its parent's, and the
    /// kernel refuses to rename it.
    var isMountPoint: Bool {
        var own = stat(), above = stat()
        return stat(target.path, &own) == 0 && own.st_mode & S_IFMT == S_IFDIR && stat(parent.path, &above) == 0 && own.st_dev != above.st_dev
    }

    /// Waits for other builds of this output, checks that it may be replaced, cleans up after
    /// killed builds and returns the folder to build into: the previous generation beside the
    /// output when it is the one the manifest records and the system can exchange folders,
    /// else a new empty staging folder. Either way files equal to the published ones are kept.
    public func prepareStaging() throws(OutputError) -> StagingFolder {
        let lock = try OutputLock.acquire(lockPath, shownAs: displayPath, in: parentDisplayPath, timeout: lockTimeout)
        try recoverFromInterruptedPublish()
        let (manifest, previousIsClean) = readGenerations()
        let mountPoint = isMountPoint
        // Files added or removed by hand at the top of the output: the output is not kept as
        // the next previous generation (it would bring them back).
        let liveIsUntouched = manifest.map { $0.liveStamp == Self.shallowStamp(of: target.path) } ?? false
        if let manifest, previousIsClean, usesExchange, !mountPoint {
            try checkReplaceable(walkingFolders: false)
            removeLeftovers()
            return StagingFolder(url: previousURL, displayPath: displayPath, lock: lock, previous: PreviousOutput(
                live: target.path, files: manifest.files, updatesInPlace: true, differing: manifest.differing,
                becomesPrevious: liveIsUntouched))
        }
        try checkReplaceable(walkingFolders: true)
        removeLeftovers()
        Self.removeTree(previousURL)
        // A mount point cannot be swapped: its new contents are staged inside it.
        let stagingParent = mountPoint ? target : parent
        let staging = stagingParent.appendingPathComponent("\(stagingPrefix)\(getpid())", isDirectory: true)
        try? FileManager.default.removeItem(at: staging)
        guard mkdir(staging.path, 0o755) == 0 else {
            throw OutputError.cannotCreate(folder: parentDisplayPath, reason: String(cString: strerror(errno)))
        }
        let marker = staging.appendingPathComponent(Self.markerName)
        guard FileManager.default.createFile(atPath: marker.path, contents: Self.markerText) else {
            try? FileManager.default.removeItem(at: staging)
            throw OutputError.cannotCreate(folder: staging.path, reason: "cannot write \(Self.markerName)")
        }
        let live = OutputManifest.TreeIdentity(of: target.path) == nil ? nil : target.path
        return StagingFolder(url: staging, displayPath: displayPath, lock: lock, previous: PreviousOutput(
            live: live, files: manifest?.files ?? [:], updatesInPlace: false, differing: [],
            becomesPrevious: liveIsUntouched && usesExchange && !mountPoint))
    }

    /// Removes a staging folder after a failed build. The previous generation stays: if the
    /// build changed it, its marker no longer matches and the next build does not trust it.
    public func discard(_ staging: StagingFolder) {
        guard !staging.previous.updatesInPlace else { return }
        try? FileManager.default.removeItem(at: staging.url)
    }

    /// `walkingFolders`: whether every folder of the output is checked for being writable,
    /// which matters when the previous output is removed after the swap; kept as the previous
    /// generation, it is changed only where the next build writes.
    private func checkReplaceable(walkingFolders: Bool) throws(OutputError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: target.path, isDirectory: &isFolder) else { return }
        guard isFolder.boolValue else { throw OutputError.notAFolder(displayPath) }
        // A fresh ext4 volume holds lost+found at its root.
        let ignored: Set<String> = isMountPoint ? ["lost+found"] : []
        let contents = ((try? FileManager.default.contentsOfDirectory(atPath: target.path)) ?? []).filter { !ignored.contains($0) }
        if !contents.isEmpty, !contents.contains(Self.markerName) {
            throw OutputError.notZechesFolder(displayPath)
        }
        guard access(parent.path, W_OK) == 0 else {
            throw OutputError.cannotCreate(folder: parentDisplayPath, reason: String(cString: strerror(errno)))
        }
        // The previous output is removed after the swap, which needs every folder in it to
        // be writable. Checked first, so that a read-only output stays as it is instead of
        // being swapped out and left behind half deleted.
        if walkingFolders, let readOnly = Self.firstReadOnlyFolder(in: target.path, relativePath: "") {
            throw OutputError.readOnly(folder: displayPath, inner: displayPath + readOnly)
        }
    }

    /// The first folder at or below `path` (in directory order) that this process may not
    /// change, relative to the output folder (`tags/` or `` for itself).
    private static func firstReadOnlyFolder(in path: String, relativePath: String) -> String? {
        guard access(path, W_OK) == 0 else { return relativePath }
        for name in subfolderNames(of: path) {
            if let found = firstReadOnlyFolder(in: path + "/" + name, relativePath: relativePath + name + "/") { return found }
        }
        return nil
    }

    /// The names of the folders in `path`, in directory order. The name is read where it
    /// stands: copying the whole `dirent` (`entry.pointee.d_name`) read past the end of the
    /// directory buffer when the last entry of a large folder ended at a page boundary, and
    /// crashed a rebuild of the 10,000-article site.
    static func subfolderNames(of path: String) -> [String] {
        guard let directory = opendir(path) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            guard entry.pointee.d_type == UInt8(DT_DIR) else { continue }
            let name = withUnsafePointer(to: &entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }

    /// If a build was killed between retiring the old output and renaming the new one in,
    /// the output folder is missing and the retired one is complete: put it back.
    private func recoverFromInterruptedPublish() throws(OutputError) {
        guard !FileManager.default.fileExists(atPath: target.path) else { return }
        let retired = leftovers(prefix: retiredPrefix, in: parent).sorted()
        if let newest = retired.last { _ = rename(parent.appendingPathComponent(newest).path, target.path) }
    }

    /// Staging and retired folders of builds that were killed; with the lock held, no other
    /// build can be using them.
    private func removeLeftovers() {
        for name in leftovers(prefix: stagingPrefix, in: parent) + leftovers(prefix: retiredPrefix, in: parent) {
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
        }
        // `swapLimitation`'s probes run after the lock is given back: only a dead process's go.
        let probePrefix = ".\(target.lastPathComponent).zeche-probe-"
        for name in leftovers(prefix: probePrefix, in: parent) {
            let pid = name.dropFirst(probePrefix.count).split(separator: "-").first.flatMap { pid_t($0) }
            if let pid, kill(pid, 0) != 0, errno == ESRCH { rmdir(parent.appendingPathComponent(name).path) }
        }
        if isMountPoint {
            for name in leftovers(prefix: stagingPrefix, in: target) {
                try? FileManager.default.removeItem(at: target.appendingPathComponent(name))
            }
        }
    }

    func leftovers(prefix: String, in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasPrefix(prefix) }
    }
}
