import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension OutputFolder {
    /// Flushes the complete staging folder to the disk, swaps it in as the output folder and
    /// removes the previous output. After a power loss right after a build, the output is then
    /// the old site or the new one, never files that were renamed into place but are empty.
    public func publish(_ staging: StagingFolder) throws(OutputError) {
        try Self.flush(staging.url.path)
        if isMountPoint {
            try moveEntries(of: staging)
            return
        }
        let fileManager = FileManager.default
        let target = self.target
        var isFolder: ObjCBool = false
        if fileManager.fileExists(atPath: target.path, isDirectory: &isFolder) {
            let retired = parent.appendingPathComponent("\(retiredPrefix)\(getpid())", isDirectory: true)
            if usesExchange, Self.exchange(staging.url.path, target.path) {
                Self.syncFolder(parent.path)
                // The staging name now holds the previous output.
                try? fileManager.removeItem(at: staging.url)
                return
            }
            // No atomic exchange here: retire the old folder first. A build killed between
            // the two renames is repaired by `recoverFromInterruptedPublish` on the next run.
            guard rename(target.path, retired.path) == 0 else {
                throw OutputError.cannotReplace(folder: displayPath, reason: String(cString: strerror(errno)))
            }
            guard rename(staging.url.path, target.path) == 0 else {
                let reason = String(cString: strerror(errno))
                _ = rename(retired.path, target.path)
                throw OutputError.cannotReplace(folder: displayPath, reason: reason)
            }
            Self.syncFolder(parent.path)
            try? fileManager.removeItem(at: retired)
        } else {
            guard rename(staging.url.path, target.path) == 0 else {
                throw OutputError.cannotReplace(folder: displayPath, reason: String(cString: strerror(errno)))
            }
            Self.syncFolder(parent.path)
        }
    }

    /// What a reader may see while this output is replaced, when it is not one atomic step:
    /// `nil` where the swap is atomic. Tries an exchange of two empty folders beside the output.
    public func swapLimitation() -> String? {
        if isMountPoint {
            return "'\(displayPath)' is a mount point, which cannot be swapped in one step: the new site was moved in entry by entry, "
                + "so for a moment readers could see old and new files side by side"
        }
        let probe = parent.appendingPathComponent(".\(target.lastPathComponent).zeche-probe-\(getpid())").path
        guard mkdir(probe + "-a", 0o700) == 0 else { return nil }
        defer {
            rmdir(probe + "-a")
            rmdir(probe + "-b")
        }
        guard mkdir(probe + "-b", 0o700) == 0 else { return nil }
        guard usesExchange, Self.exchange(probe + "-a", probe + "-b") else {
            return "the file system of '\(parentDisplayPath)' cannot swap folders in one step: '\(displayPath)' was missing for a moment "
                + "while the new site replaced it, and a build killed in that moment leaves it missing until the next build"
        }
        return nil
    }

    /// For a mount point: each entry of the staging folder (inside the output) is exchanged
    /// with the output's entry of that name, or renamed in; then the old entries go.
    private func moveEntries(of staging: StagingFolder) throws(OutputError) {
        let fileManager = FileManager.default
        let names = ((try? fileManager.contentsOfDirectory(atPath: staging.url.path)) ?? []).sorted()
        let stagingName = staging.url.lastPathComponent
        // The marker last: until then, the folder still reads as the previous build's.
        for name in names.filter({ $0 != Self.markerName }) + [Self.markerName] where names.contains(name) {
            let source = staging.url.appendingPathComponent(name).path, destination = target.appendingPathComponent(name).path
            var info = stat()
            if lstat(destination, &info) == 0 {
                if usesExchange, Self.exchange(source, destination) { continue }
                // Without an exchange, the old entry moves into the staging folder first.
                let aside = staging.url.appendingPathComponent(".old-\(name)").path
                guard rename(destination, aside) == 0, rename(source, destination) == 0 else {
                    throw OutputError.cannotReplace(folder: displayPath, reason: String(cString: strerror(errno)))
                }
            } else if rename(source, destination) != 0 {
                throw OutputError.cannotReplace(folder: displayPath, reason: String(cString: strerror(errno)))
            }
        }
        let kept = Set(names).union([stagingName, "lost+found"])
        for name in (try? fileManager.contentsOfDirectory(atPath: target.path)) ?? [] where !kept.contains(name) {
            try? fileManager.removeItem(at: target.appendingPathComponent(name))
        }
        Self.syncFolder(target.path)
        try? fileManager.removeItem(at: staging.url)
    }

    /// Atomically exchanges two paths: `renameat2(RENAME_EXCHANGE)` on Linux where the C
    /// library and the file system offer it, `renamex_np(RENAME_SWAP)` on Darwin.
    static func exchange(_ first: String, _ second: String) -> Bool {
        #if os(Linux)
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return false }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let renameExchange: UInt32 = 2
        return renameat2(AT_FDCWD, first, AT_FDCWD, second, renameExchange) == 0
        #elseif canImport(Darwin)
        return renamex_np(first, second, UInt32(RENAME_SWAP)) == 0
        #else
        return false
        #endif
    }

    /// Writes everything below `path` to the disk: `syncfs` of its file system on Linux (one
    /// call, measured in docs/performance.md), else an `fsync` of each file and folder.
    static func flush(_ path: String) throws(OutputError) {
        #if os(Linux)
        typealias SyncFS = @convention(c) (Int32) -> Int32
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs") {
            let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard descriptor >= 0 else { throw OutputError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
            defer { close(descriptor) }
            guard unsafeBitCast(symbol, to: SyncFS.self)(descriptor) == 0 else {
                throw errno == ENOSPC || errno == EDQUOT ? .diskFull : .cannotWrite(path: path, reason: String(cString: strerror(errno)))
            }
            return
        }
        #endif
        try syncTree(path)
    }

    private static func syncTree(_ path: String) throws(OutputError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw OutputError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return }
        if info.st_mode & S_IFMT == S_IFDIR {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] { try syncTree(path + "/" + name) }
        }
        guard fsync(descriptor) == 0 else {
            throw errno == ENOSPC || errno == EDQUOT ? .diskFull : .cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
    }

    /// Makes a rename in `path` durable.
    static func syncFolder(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}
