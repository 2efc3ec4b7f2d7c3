import Foundation

#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let systemRead = Darwin.read
private let systemWrite = Darwin.write
#endif

/// Reading and writing a cache file of `.zeche-cache/`: read with one `read` into one buffer,
/// written into a temporary file renamed over the old one, so that a reader sees the old
/// file or the new one.
enum CacheFile {
    /// The file's bytes, or `nil` when it cannot be opened or read, or is not a regular file.
    /// `O_NONBLOCK` keeps the `open` of a named pipe (a `site.yml` made one) from waiting for
    /// a writer for ever.
    static func read(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        let size = Int(info.st_size)
        var complete = true
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            var done = 0
            while done < size {
                let got = systemRead(descriptor, buffer.baseAddress.map { $0 + done }, size - done)
                if got < 0, errno == EINTR { continue }
                guard got > 0 else { break }
                done += got
            }
            complete = done == size
            count = done
        }
        return complete ? bytes : nil
    }

    /// Writes `bytes` as `name` in `folder` (made when missing, with a `.gitignore` that
    /// keeps it out of git); returns why it could not, or `nil`. Writers running at the same
    /// time give each a `writer` number of its own, for a temporary file of its own.
    static func write(_ bytes: [UInt8], named name: String, in folder: URL, writer: Int = 0) -> String? {
        if mkdir(folder.path, 0o755) != 0, errno != EEXIST { return String(cString: strerror(errno)) }
        // Git never sees the cache, even in a repository whose .gitignore does not name it.
        let ignore = folder.appendingPathComponent(".gitignore")
        if !FileManager.default.fileExists(atPath: ignore.path) { _ = FileManager.default.createFile(atPath: ignore.path, contents: Data("*\n".utf8)) }
        let temporary = folder.appendingPathComponent(name + ".tmp-\(getpid())-\(writer)")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return "cannot write \(BuildCache.folderName)/\(temporary.lastPathComponent)" }
        var written = 0
        bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let done = systemWrite(descriptor, buffer.baseAddress.map { $0 + written }, buffer.count - written)
                if done < 0, errno == EINTR { continue }
                guard done > 0 else { break }
                written += done
            }
        }
        let reason = written == bytes.count ? nil : String(cString: strerror(errno))
        close(descriptor)
        if let reason {
            unlink(temporary.path)
            return reason
        }
        guard rename(temporary.path, folder.appendingPathComponent(name).path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary.path)
            return reason
        }
        return nil
    }
}
