public import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The hidden folder a build writes into before `OutputFolder.publish` swaps it in.
///
/// It is either an empty folder, or the previous generation of the site kept beside the
/// output, brought up to date in place (see `OutputFolder` and `PreviousOutput`). Either way a
/// file whose bytes equal the published one's (by the manifest's size and XXH64) is not
/// written: the published file is linked in, so it keeps its inode and modification time and
/// `rsync` or a CDN upload skips it. Every file of the new site is written or kept
/// (`write`, `copy`, `keep`); a published file that is neither is not in the new site.
///
/// Writes go straight to POSIX `open`/`write`/`close`: one call each per file, no temporary
/// file, since the whole folder is the unit that becomes visible. Safe to use from many threads
/// for different files.
public struct StagingFolder: OutputSink {
    public let url: URL
    /// How messages name the output folder the staging folder becomes: `Output/`.
    public let displayPath: String
    /// The output's lock, held as long as this staging folder is in use (see `OutputLock`).
    let lock: OutputLock?
    /// The published output the files are compared with.
    let previous: PreviousOutput
    /// What the build wrote and kept, for the manifest and the summary.
    let ledger = StagingLedger()

    /// Its records of every file of the site, the published one's and the new one's: a process
    /// that exits after the build keeps them (`BackgroundRelease.leave`) instead of freeing
    /// them entry by entry, while the lock goes with the staging folder.
    var records: (previous: PreviousOutput, ledger: StagingLedger) { (previous, ledger) }

    init(url: URL, displayPath: String, lock: OutputLock? = nil, previous: PreviousOutput = .none) {
        self.url = url
        self.displayPath = displayPath
        self.lock = lock
        self.previous = previous
    }

    /// Creates every folder in `relativePaths` (site paths like `2026/11/slug`), parents first.
    public func createFolders(_ relativePaths: some Collection<String>) throws(OutputError) {
        var created: Set<String> = [""]
        for path in relativePaths.sorted() {
            var prefix = ""
            for component in path.split(separator: "/") {
                prefix = prefix.isEmpty ? String(component) : prefix + "/" + component
                guard created.insert(prefix).inserted else { continue }
                if mkdir(url.path + "/" + prefix, 0o755) != 0, errno != EEXIST {
                    throw Self.error(WriteFailure(code: errno), writing: prefix)
                }
            }
        }
    }

    /// Creates one folder whose parent exists; an existing folder is fine.
    public func createFolder(_ relativePath: String) throws(OutputError) {
        guard !relativePath.isEmpty else { return }
        if mkdir(url.path + "/" + relativePath, 0o755) != 0, errno != EEXIST {
            throw Self.error(WriteFailure(code: errno), writing: relativePath)
        }
    }

    /// Writes `bytes` to the site path `relativePath`, creating its folders, unless the
    /// published output has these bytes at this path: then its file is kept.
    public func write(_ bytes: UnsafeRawBufferPointer, to relativePath: String) throws(OutputError) {
        let entry = OutputManifest.Entry(bytes)
        if previous.files[relativePath] == entry, try reusePublished(relativePath) {
            ledger.recordUnchanged(relativePath, entry)
            return
        }
        try writeNew(bytes, to: relativePath)
        ledger.recordWritten(relativePath, entry)
    }

    /// Copies a file of the site's sources to the site path `relativePath`; `sourcePath` is how
    /// an error names the source.
    public func copy(from source: URL, sourcePath: String, to relativePath: String) throws(OutputError) {
        let data: Data
        do { data = try Data(contentsOf: source, options: .mappedIfSafe) } catch {
            let reason = access(source.path, R_OK) == 0 ? "it could not be read" : String(cString: strerror(errno))
            throw OutputError.cannotRead(path: sourcePath, reason: reason)
        }
        let failure = data.withUnsafeBytes { bytes -> OutputError? in
            do throws(OutputError) {
                try write(bytes, to: relativePath)
                return nil
            } catch {
                return error
            }
        }
        if let failure { throw failure }
    }

    /// Writes a new file at `relativePath`: a fresh inode, since in a folder updated in place
    /// the old one may be shared with the published output.
    func writeNew(_ bytes: UnsafeRawBufferPointer, to relativePath: String) throws(OutputError) {
        if previous.updatesInPlace {
            try willChange()
            clear(relativePath)
        }
        try createParent(of: relativePath)
        var failure = writeFile(bytes, to: relativePath)
        if failure?.code == EEXIST, !previous.updatesInPlace {
            // Linked from the published output earlier in this build (a search index kept in
            // part, then made anew): writing through the link would change the published file.
            unlink(url.path + "/" + relativePath)
            failure = writeFile(bytes, to: relativePath)
        }
        if failure?.code == ENOTDIR || failure?.code == EEXIST, previous.updatesInPlace {
            // A file of the previous generation stands where the new site has a folder.
            clearParents(of: relativePath)
            try createParent(of: relativePath)
            failure = writeFile(bytes, to: relativePath)
        }
        if let failure { throw Self.error(failure, writing: relativePath) }
    }

    /// One `mkdir` of the file's own folder comes first: parents are made only when it fails,
    /// which happens once per folder of folders (`2026/11/`), not once per page.
    func createParent(of relativePath: String) throws(OutputError) {
        guard let slash = relativePath.lastIndex(of: "/") else { return }
        let folder = String(relativePath[..<slash])
        if mkdir(url.path + "/" + folder, 0o755) != 0, errno != EEXIST {
            guard errno == ENOENT else { throw Self.error(WriteFailure(code: errno), writing: folder) }
            try createFolders([folder])
        }
    }

    /// Before the first change to a folder updated in place: its marker is replaced, so the
    /// tree no longer matches the manifest. A build killed from here on leaves a tree the next
    /// build does not trust (it writes a fresh one); the published output is not touched.
    func willChange() throws(OutputError) {
        guard previous.updatesInPlace else { return }
        try ledger.markOnce { () throws(OutputError) in
            let marker = url.path + "/" + OutputFolder.markerName
            // The old marker goes first, in one step: from then on the tree is not trusted,
            // whatever a kill leaves (Foundation's file writing makes a temporary file beside
            // the marker, which a build killed before this point left in a trusted tree).
            guard unlink(marker) == 0 || errno == ENOENT,
                  FileManager.default.createFile(atPath: marker, contents: OutputFolder.markerText) else {
                throw OutputError.cannotWrite(path: OutputFolder.markerName, reason: String(cString: strerror(errno)))
            }
        }
    }

    /// Removes whatever is at `relativePath` in this folder (a file or a folder).
    func clear(_ relativePath: String) {
        let path = url.path + "/" + relativePath
        if unlink(path) != 0, errno == EISDIR || errno == EPERM {
            try? FileManager.default.removeItem(atPath: path)
        }
    }

    /// Removes files standing where `relativePath`'s folders go.
    private func clearParents(of relativePath: String) {
        var prefix = ""
        for component in relativePath.split(separator: "/").dropLast() {
            prefix = prefix.isEmpty ? String(component) : prefix + "/" + component
            var info = stat()
            if lstat(url.path + "/" + prefix, &info) == 0, info.st_mode & S_IFMT != S_IFDIR { unlink(url.path + "/" + prefix) }
        }
    }

    /// Why a write failed: its `errno`.
    struct WriteFailure: Error {
        let code: Int32
    }

    /// Writes a file and returns why it failed, or `nil`. The file must be new (`O_EXCL`):
    /// one that is there may be a hard link to the published output, which truncating it
    /// would change too.
    private func writeFile(_ bytes: UnsafeRawBufferPointer, to relativePath: String) -> WriteFailure? {
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | O_EXCL
        let descriptor = open(url.path + "/" + relativePath, flags, 0o644)
        guard descriptor >= 0 else { return WriteFailure(code: errno) }
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                let failure = WriteFailure(code: errno)
                close(descriptor)
                return failure
            }
            offset += written
        }
        // close reports late write errors (a full disk on some file systems).
        return close(descriptor) == 0 ? nil : WriteFailure(code: errno)
    }

    /// The error for a failed write of `relativePath`. A full disk is one error for the whole
    /// site: which files fail first depends on how the parallel writes interleave.
    static func error(_ failure: WriteFailure, writing relativePath: String) -> OutputError {
        if failure.code == ENOSPC || failure.code == EDQUOT { return .diskFull }
        return .cannotWrite(path: relativePath, reason: String(cString: strerror(failure.code)))
    }
}
