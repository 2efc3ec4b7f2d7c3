public import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The hidden folder a build writes into before `OutputFolder.publish` swaps it in.
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

    init(url: URL, displayPath: String, lock: OutputLock? = nil) {
        self.url = url
        self.displayPath = displayPath
        self.lock = lock
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

    /// Writes `bytes` to the site path `relativePath`, creating its folders. One `mkdir` of
    /// the file's own folder comes first: parents are made only when it fails, which happens
    /// once per folder of folders (`2026/11/`), not once per page.
    public func write(_ bytes: UnsafeRawBufferPointer, to relativePath: String) throws(OutputError) {
        if let slash = relativePath.lastIndex(of: "/") {
            let folder = String(relativePath[..<slash])
            if mkdir(url.path + "/" + folder, 0o755) != 0, errno != EEXIST {
                guard errno == ENOENT else { throw Self.error(WriteFailure(code: errno), writing: folder) }
                try createFolders([folder])
            }
        }
        if let failure = writeFile(bytes, to: relativePath) {
            throw Self.error(failure, writing: relativePath)
        }
    }


    /// Why a write failed: its `errno`.
    private struct WriteFailure: Error {
        let code: Int32
    }

    /// Writes a file and returns why it failed, or `nil`.
    private func writeFile(_ bytes: UnsafeRawBufferPointer, to relativePath: String) -> WriteFailure? {
        let descriptor = open(url.path + "/" + relativePath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
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
    private static func error(_ failure: WriteFailure, writing relativePath: String) -> OutputError {
        if failure.code == ENOSPC || failure.code == EDQUOT { return .diskFull }
        return .cannotWrite(path: relativePath, reason: String(cString: strerror(failure.code)))
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
}
