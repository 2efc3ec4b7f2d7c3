import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A cache file written as it is made, piece by piece, with the length and checksum
/// `CacheWriter.sealed` gives at its end: a file as large as the search index's postings is
/// never whole in memory beside them. Written into a temporary file renamed over the old one,
/// as `CacheFile.write` does.
struct CacheFileStream {
    private let name: String
    private let folder: URL
    private let temporary: String
    private let descriptor: Int32
    private var digest = FileDigest.Streaming()
    private var length = 0
    private var failure: String?

    /// A stream for `name` in `folder`, or why it cannot be written.
    init(named name: String, in folder: URL) throws(CacheFile.WriteProblem) {
        (temporary, descriptor) = try CacheFile.openTemporary(named: name, in: folder).get()
        self.name = name
        self.folder = folder
    }

    /// Appends `bytes` to the file.
    mutating func write(_ bytes: [UInt8]) {
        guard failure == nil, !bytes.isEmpty else { return }
        bytes.withUnsafeBytes { digest.update($0) }
        length += bytes.count
        if !CacheFile.writeAll(bytes, to: descriptor) { failure = String(cString: strerror(errno)) }
    }

    /// Ends the file with its length and checksum and puts it in place; returns the checksum,
    /// or why the file could not be written. Called once, last.
    mutating func finish() -> Result<UInt64, CacheFile.WriteProblem> {
        let checksum = digest.finish()
        var trailer = CacheWriter()
        trailer.write(length)
        trailer.write(checksum)
        if failure == nil, !CacheFile.writeAll(trailer.bytes, to: descriptor) { failure = String(cString: strerror(errno)) }
        close(descriptor)
        if let reason = CacheFile.finish(temporary, as: name, in: folder, failure: failure) { return .failure(CacheFile.WriteProblem(reason: reason)) }
        return .success(checksum)
    }
}
