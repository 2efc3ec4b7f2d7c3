import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The manifest as a text file, one line per file:
///
/// ```
/// zeche-output-manifest 1
/// live 2049 1234567 1764950000 123456789
/// stamp 9f86d081884c7d65
/// hidden 2049 1234570 1764949000 987654321      (or "hidden -")
/// differing 1
/// 2026/12/neu/index.html
/// files 2
/// 3f0c9a1b2c3d4e5f 5120 2026/12/neu/index.html
/// 0123456789abcdef 812 index.html
/// ```
///
/// Anything else (another version, a truncated file, a count that does not match) reads as
/// no manifest: the build then writes a fresh tree, as a first build does.
extension OutputManifest {
    static let header = "zeche-output-manifest 1"

    /// The manifest's bytes, or `nil` when a path cannot be stored in a line.
    func encoded() -> [UInt8]? {
        var text = [UInt8]()
        text.reserveCapacity(files.count * 72 + differing.count * 48 + 128)
        func line(_ string: String) { text.append(contentsOf: string.utf8); text.append(0x0A) }
        func identity(_ tree: TreeIdentity) -> String { "\(tree.device) \(tree.inode) \(tree.changeSeconds) \(tree.changeNanoseconds)" }
        line(Self.header)
        line("live " + identity(live))
        line("stamp " + ContentHash.hexDigits(liveStamp))
        line("hidden " + (hidden.map(identity) ?? "-"))
        line("differing \(differing.count)")
        for path in differing.sorted() {
            guard !path.utf8.contains(0x0A) else { return nil }
            line(path)
        }
        line("files \(files.count)")
        for (path, entry) in files.sorted(by: { $0.key < $1.key }) {
            guard !path.utf8.contains(0x0A) else { return nil }
            line(ContentHash.hexDigits(entry.digest) + " \(entry.size) " + path)
        }
        return text
    }

    /// Reads a manifest, or `nil` for anything that is not a complete one.
    init?(decoding bytes: [UInt8]) {
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)[...]
        guard lines.last?.isEmpty == true else { return nil }
        lines.removeLast()
        func next() -> String? { lines.popFirst().map { String(decoding: $0, as: UTF8.self) } }
        func identity(_ text: String?, key: String) -> TreeIdentity?? {
            guard let text, text.hasPrefix(key + " ") else { return nil }
            let fields = text.dropFirst(key.count + 1).split(separator: " ")
            if fields == ["-"] { return .some(nil) }
            guard fields.count == 4, let device = UInt64(fields[0]), let inode = UInt64(fields[1]),
                  let seconds = Int64(fields[2]), let nanoseconds = Int64(fields[3]) else { return nil }
            return TreeIdentity(device: device, inode: inode, changeSeconds: seconds, changeNanoseconds: nanoseconds)
        }
        func count(_ text: String?, key: String) -> Int? {
            guard let text, text.hasPrefix(key + " ") else { return nil }
            return Int(text.dropFirst(key.count + 1))
        }
        guard next() == Self.header, let live = identity(next(), key: "live").flatMap({ $0 }),
              let stampLine = next(), stampLine.hasPrefix("stamp "), let liveStamp = UInt64(stampLine.dropFirst(6), radix: 16),
              let hidden = identity(next(), key: "hidden"), let differingCount = count(next(), key: "differing"),
              differingCount >= 0, differingCount < lines.count else { return nil }
        var differing = Set<String>(minimumCapacity: differingCount)
        for _ in 0..<differingCount {
            guard let path = next() else { return nil }
            differing.insert(path)
        }
        guard let fileCount = count(next(), key: "files"), fileCount == lines.count else { return nil }
        var files = [String: Entry](minimumCapacity: fileCount)
        for line in lines {
            // 16 hex digits, a space, the size, a space, the path.
            guard line.count > 19, let space = line.dropFirst(17).firstIndex(of: 0x20),
                  line[line.startIndex + 16] == 0x20,
                  let digest = UInt64(String(decoding: line.prefix(16), as: UTF8.self), radix: 16),
                  let size = Int(String(decoding: line[(line.startIndex + 17)..<space], as: UTF8.self)) else { return nil }
            files[String(decoding: line[(space + 1)...], as: UTF8.self)] = Entry(size: size, digest: digest)
        }
        guard files.count == fileCount else { return nil }
        self.init(live: live, liveStamp: liveStamp, hidden: hidden, differing: differing, files: files)
    }

    /// Reads the manifest at `path`, or `nil` if there is none or it is damaged.
    static func read(_ path: String) -> OutputManifest? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return OutputManifest(decoding: [UInt8](data))
    }

    /// Writes the manifest to `path` and flushes it; false if it could not.
    func write(to path: String) -> Bool {
        guard let bytes = encoded() else { return false }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress.map { $0 + offset }, bytes.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += written
        }
        return fsync(descriptor) == 0
    }
}
