import Foundation

#if canImport(Glibc)
import Glibc
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let systemWrite = Darwin.write
#endif

/// Reading and writing a cache file of `.zeche-cache/`: read with one `read` into one buffer,
/// written into a temporary file renamed over the old one, so that a reader sees the old
/// file or the new one.
enum CacheFile {
    /// The file's bytes, or `nil` when it cannot be opened or read, or is not a regular file.
    static func read(_ path: String) -> [UInt8]? {
        guard let descriptor = openForReading(path) else { return nil }
        defer { close(descriptor) }
        return read(descriptor)
    }

    /// The file open for reading, or `nil` when it cannot be opened or is not a regular file.
    /// `O_NONBLOCK` keeps the `open` of a named pipe (a `site.yml` made one) from waiting for
    /// a writer for ever.
    static func openForReading(_ path: String) -> Int32? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            return nil
        }
        return descriptor
    }

    /// The bytes of the regular file open as `descriptor`, from its start, or `nil` when they
    /// cannot all be read.
    static func read(_ descriptor: Int32) -> [UInt8]? {
        var bytes: [UInt8] = []
        guard let count = read(descriptor, into: &bytes) else { return nil }
        return count == bytes.count ? bytes : Array(bytes[..<count])
    }

    /// Reads the file open as `descriptor` into the start of `buffer`, which grows when it
    /// is too small and is otherwise reused (a worker reading one file after another touches
    /// no new memory); returns the file's size, or `nil` when it cannot all be read.
    static func read(_ descriptor: Int32, into buffer: inout [UInt8]) -> Int? {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        let size = Int(info.st_size)
        if buffer.count < size { buffer = [UInt8](unsafeUninitializedCapacity: size) { $1 = size } }
        return readFully(descriptor, into: &buffer, count: size, at: 0) ? size : nil
    }

    /// Reads the sealed bytes at the end of the file open as `descriptor`
    /// (`CacheWriter.takeSealedAfterHeap`) into the start of `buffer`, as `read(_:into:)` does,
    /// without its heap: returns their count and the heap's size, or `nil` when the file is
    /// too short for its trailer or cannot be read.
    static func readSealedEnd(_ descriptor: Int32, into buffer: inout [UInt8]) -> (count: Int, heapCount: Int)? {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        let size = Int(info.st_size)
        var trailer = [UInt8](repeating: 0, count: 16)
        guard size >= 16, readFully(descriptor, into: &trailer, count: 16, at: size - 16) else { return nil }
        let length = trailer.withUnsafeBytes { Int(truncatingIfNeeded: Int64(littleEndian: $0.loadUnaligned(as: Int64.self))) }
        guard length >= 0, length <= size - 16 else { return nil }
        let count = length + 16
        if buffer.count < count {
            // With room for the larger parts still to come: the pages no read reaches are never
            // touched, and growing the buffer again would touch new ones.
            let capacity = count + min(count, 16 << 20)
            buffer = [UInt8](unsafeUninitializedCapacity: capacity) { $1 = capacity }
        }
        guard readFully(descriptor, into: &buffer, count: count, at: size - count) else { return nil }
        return (count, size - count)
    }

    /// Reads `count` bytes at `offset` of the file into the start of `buffer`, which holds them.
    private static func readFully(_ descriptor: Int32, into buffer: inout [UInt8], count: Int, at offset: Int) -> Bool {
        buffer.withUnsafeMutableBytes { readFully(descriptor, into: UnsafeMutableRawBufferPointer(rebasing: $0[..<count]), at: offset) }
    }

    /// Fills `buffer` with the bytes at `offset` of the file open as `descriptor`; false when
    /// the file ends before or cannot be read.
    static func readFully(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int) -> Bool {
        var done = 0
        while done < buffer.count {
            let got = pread(descriptor, buffer.baseAddress.map { $0 + done }, buffer.count - done, off_t(offset + done))
            if got < 0, errno == EINTR { continue }
            guard got > 0 else { return false }
            done += got
        }
        return true
    }

    /// Writes all of `bytes` at `offset` of the file open as `descriptor`; false when it could
    /// not (a full disk; `errno` says why).
    static func writeFully(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer, at offset: Int) -> Bool {
        var written = 0
        while written < bytes.count {
            let result = pwrite(descriptor, bytes.baseAddress! + written, bytes.count - written, off_t(offset + written))
            if result < 0, errno == EINTR { continue }
            guard result > 0 else { return false }
            written += result
        }
        return true
    }

    /// Writes `bytes` as `name` in `folder` (made when missing, with a `.gitignore` that
    /// keeps it out of git); returns why it could not, or `nil`. Writers running at the same
    /// time give each a `writer` number of its own, for a temporary file of its own.
    static func write(_ bytes: [UInt8], named name: String, in folder: URL, writer: Int = 0) -> String? {
        let temporary: String
        let descriptor: Int32
        switch openTemporary(named: name, in: folder, writer: writer) {
        case .success(let opened): (temporary, descriptor) = opened
        case .failure(let problem): return problem.reason
        }
        let reason = writeAll(bytes, to: descriptor) ? nil : String(cString: strerror(errno))
        close(descriptor)
        return finish(temporary, as: name, in: folder, failure: reason)
    }

    /// Why a cache file could not be written.
    struct WriteProblem: Error {
        let reason: String
    }

    /// Whether `name` is a temporary file (`openTemporary`) of another process: one a build
    /// killed while it wrote left behind, not one this process is writing on another thread.
    static func isLeftoverTemporary(_ name: String) -> Bool {
        name.contains(".tmp-") && !name.contains(".tmp-\(getpid())-")
    }

    /// A temporary file for `name` in `folder` (made when missing, with a `.gitignore` that
    /// keeps it out of git), open for writing (and reading, for a part of the content cache
    /// whose bodies are read while it is made): its path and descriptor.
    static func openTemporary(named name: String, in folder: URL, writer: Int = 0) -> Result<(String, Int32), WriteProblem> {
        if mkdir(folder.path, 0o755) != 0, errno != EEXIST { return .failure(WriteProblem(reason: String(cString: strerror(errno)))) }
        // Git never sees the cache, even in a repository whose .gitignore does not name it.
        let ignore = folder.appendingPathComponent(".gitignore")
        if !FileManager.default.fileExists(atPath: ignore.path) { _ = FileManager.default.createFile(atPath: ignore.path, contents: Data("*\n".utf8)) }
        let temporary = folder.appendingPathComponent(name + ".tmp-\(getpid())-\(writer)")
        let descriptor = open(temporary.path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return .failure(WriteProblem(reason: "cannot write \(BuildCache.folderName)/\(temporary.lastPathComponent)")) }
        return .success((temporary.path, descriptor))
    }

    /// Writes all of `bytes` to `descriptor`; `false` when it could not (`errno` says why).
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        var written = 0
        bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let done = systemWrite(descriptor, buffer.baseAddress.map { $0 + written }, buffer.count - written)
                if done < 0, errno == EINTR { continue }
                guard done > 0 else { break }
                written += done
            }
        }
        return written == bytes.count
    }

    /// Renames the written (and closed) `temporary` file to `name`, or removes it when writing
    /// it failed; returns why the file could not be written, or `nil`.
    static func finish(_ temporary: String, as name: String, in folder: URL, failure: String?) -> String? {
        if let failure {
            unlink(temporary)
            return failure
        }
        guard rename(temporary, folder.appendingPathComponent(name).path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            return reason
        }
        return nil
    }
}
