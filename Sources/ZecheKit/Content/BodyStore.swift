import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a one-shot build keeps the rendered bodies of its articles until their pages and the
/// search index read them: a temporary file, unlinked as soon as it is open, so that it
/// disappears with the process however the build ends. A large archive's bodies are larger
/// than its memory should be (100,000 articles: 1.6 GB of HTML and text); in the file they
/// cost no memory of the process, and the system keeps them in its page cache as long as it
/// has room.
///
/// Bodies are appended from any thread; each append reserves its own range of the file.
///
/// A store can also be a file the build only reads: a part of the content cache, whose
/// bodies stay where the part holds them until a page reads them (`init(reading:)`); or a part
/// of the content cache being made by a cold build (`init(part:in:)`): its bodies are appended
/// as they are rendered, and the part's articles after them (`seal`), so that the bodies are
/// written once, not once into a temporary file and again into the part.
final class BodyStore: Sendable {
    /// A range of the file.
    struct Slice: Sendable, Hashable {
        let offset: Int
        let count: Int
    }

    private let descriptor: Int32
    /// Whether the file is only read (a part of the content cache): it takes no new bodies.
    private let isReadOnly: Bool
    private let end = Atomic<Int>(0)
    private let readFailures = Atomic<Int>(0)
    /// The temporary name of a part being made (`init(part:in:)`), removed when the store goes
    /// unless `seal` gave the file its part's name; `nil` for other stores.
    private let temporaryPath: String?
    /// Whether the temporary name is gone: sealed, or given up (`forgetName`).
    private let isNameSettled = Atomic<Bool>(false)

    /// Whether a body could not be read back: its page would lack it, so the build fails.
    var hasFailed: Bool { readFailures.load(ordering: .relaxed) > 0 }

    /// A store in the system's temporary folder (`TMPDIR`, else `/tmp`), or `nil` when no file
    /// can be made there: bodies then stay in memory.
    init?() {
        let folder = FileManager.default.temporaryDirectory.path
        var template = Array((folder + "/zeche-bodies-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return nil }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        self.descriptor = descriptor
        isReadOnly = false
        temporaryPath = nil
    }

    /// A store of the bodies in the file open as `descriptor`, which it closes when it goes.
    /// The file must not change while the store lives: the content cache's parts are never
    /// written in place, only replaced by a rename, which leaves an open file as it was.
    init(reading descriptor: Int32) {
        self.descriptor = descriptor
        isReadOnly = true
        temporaryPath = nil
    }

    /// A store that becomes the content cache's part number `part` in `folder` (`seal`), or
    /// `nil` when no file can be made there: a temporary file of this process, which a build
    /// killed before the seal leaves for the next one to remove (`ContentStore.removeLeftovers`).
    init?(part: Int, in folder: URL) {
        guard case .success(let (path, descriptor)) = CacheFile.openTemporary(named: ContentStore.fileName + "-part", in: folder, writer: part)
        else { return nil }
        self.descriptor = descriptor
        isReadOnly = false
        temporaryPath = path
    }

    deinit {
        forgetName()
        close(descriptor)
    }

    /// Ends the file with `sealed` (its part's articles, `CacheWriter.takeSealed()`) after the
    /// bodies it holds and names it `name` in `folder`, a part of the content cache; the bodies
    /// stay where they are, and are read from it as before. Returns why it could not, or `nil`.
    /// The store takes no more bodies.
    func seal(with sealed: [UInt8], as name: String, in folder: URL) -> String? {
        guard let temporaryPath, !isNameSettled.exchange(true, ordering: .relaxed) else { return "the file is no part being made, or was sealed before" }
        let offset = end.add(sealed.count, ordering: .relaxed).oldValue
        let written = sealed.withUnsafeBytes { CacheFile.writeFully(descriptor, $0, at: offset) }
        return CacheFile.finish(temporaryPath, as: name, in: folder, failure: written ? nil : String(cString: strerror(errno)))
    }

    /// Removes the temporary name of a part being made that will not be sealed; its bodies
    /// are still read from the open file.
    func forgetName() {
        guard let temporaryPath, !isNameSettled.exchange(true, ordering: .relaxed) else { return }
        unlink(temporaryPath)
    }

    /// Whether the store is a part of the content cache being made, and not sealed yet.
    var isUnsealedPart: Bool { temporaryPath != nil && !isNameSettled.load(ordering: .relaxed) }

    /// Appends `text` and says where it is; `nil` when the file cannot take it (a full disk):
    /// the caller keeps the text in memory then.
    func append(_ text: String) -> Slice? {
        var text = text
        return text.withUTF8 { append(UnsafeRawBufferPointer($0)) }
    }

    /// Appends `bytes` (an outline, `BodyOutline.encoded`), as `append(_:)` appends a text.
    func append(bytes: [UInt8]) -> Slice? {
        bytes.withUnsafeBytes { append($0) }
    }

    private func append(_ bytes: UnsafeRawBufferPointer) -> Slice? {
        guard !isReadOnly, temporaryPath == nil || !isNameSettled.load(ordering: .relaxed) else { return nil }
        let offset = end.add(bytes.count, ordering: .relaxed).oldValue
        guard CacheFile.writeFully(descriptor, bytes, at: offset) else { return nil }
        return Slice(offset: offset, count: bytes.count)
    }

    /// The text at `slice`, whose XXH64 is `hash`; empty, and `hasFailed` set, when it cannot
    /// be read back (the file's disk failed), or, in a file the build only reads (a part of
    /// the content cache, which is verified part by part only where it is not the bodies),
    /// when its bytes are not those hashed.
    func read(_ slice: Slice, hash: UInt64) -> String {
        let text = read(slice)
        guard isReadOnly, !text.isEmpty, FileDigest.xxh64(text) != hash else { return text }
        readFailures.add(1, ordering: .relaxed)
        return ""
    }

    /// The text at `slice` if it reads back whole with the XXH64 `hash`, else `nil`, without
    /// setting `hasFailed`: for a reader that can do without it (the search index's earlier
    /// texts, `ArticleBody.intactText`).
    func textIfIntact(_ slice: Slice, hash: UInt64) -> String? {
        guard slice.count > 0, let text = readWhole(slice), FileDigest.xxh64(text) == hash else { return nil }
        return text
    }

    /// Appends the bytes at `slice`, whose XXH64 is `hash`, to `bytes`, without making a string
    /// of them (which would check their UTF-8 again); false, with nothing appended and
    /// `hasFailed` set, when they cannot be read back or are not those hashed.
    @discardableResult
    func read(_ slice: Slice, hash: UInt64, appendingTo bytes: inout [UInt8]) -> Bool {
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: slice.count))
        let done = bytes.withUnsafeMutableBytes { buffer -> Bool in
            let read = UnsafeMutableRawBufferPointer(rebasing: buffer[start...])
            return CacheFile.readFully(descriptor, into: read, at: slice.offset) && FileDigest.xxh64(UnsafeRawBufferPointer(read)) == hash
        }
        guard done || slice.count == 0 else {
            bytes.removeLast(slice.count)
            readFailures.add(1, ordering: .relaxed)
            return false
        }
        return true
    }

    private func read(_ slice: Slice) -> String {
        guard let text = readWhole(slice) else {
            readFailures.add(1, ordering: .relaxed)
            return ""
        }
        return text
    }

    /// The bytes at `slice` as a string, or `nil` when they cannot be read back whole.
    private func readWhole(_ slice: Slice) -> String? {
        guard slice.count > 0 else { return "" }
        var isRead = false
        let text = String(unsafeUninitializedCapacity: slice.count) { buffer -> Int in
            isRead = CacheFile.readFully(descriptor, into: UnsafeMutableRawBufferPointer(buffer), at: slice.offset)
            return isRead ? slice.count : 0
        }
        return isRead ? text : nil
    }
}
