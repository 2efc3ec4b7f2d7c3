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
        // In the dictionary's order: the lines are read back into a dictionary. Digits are
        // written as bytes: the manifest of a large site has tens of thousands of lines.
        let hexDigits = Array("0123456789abcdef".utf8)
        for (path, entry) in files {
            for shift in stride(from: 60, through: 0, by: -4) { text.append(hexDigits[Int((entry.digest >> UInt64(shift)) & 0xF)]) }
            text.append(0x20)
            text.append(contentsOf: String(entry.size).utf8)
            text.append(0x20)
            let start = text.count
            text.append(contentsOf: path.utf8)
            guard !text[start...].contains(0x0A) else { return nil }
            text.append(0x0A)
        }
        return text
    }

    /// Reads a manifest, or `nil` for anything that is not a complete one.
    init?(decoding bytes: [UInt8]) {
        guard let manifest = bytes.withUnsafeBufferPointer({ Self.decode($0) }) else { return nil }
        self = manifest
    }

    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> OutputManifest? {
        var position = 0
        func nextLine() -> Range<Int>? {
            guard position < bytes.count, let end = bytes[position...].firstIndex(of: 0x0A) else { return nil }
            defer { position = end + 1 }
            return position..<end
        }
        func text(_ range: Range<Int>?) -> String? {
            range.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
        }
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
            return Int(text.dropFirst(key.count + 1)).flatMap { $0 >= 0 && $0 <= bytes.count ? $0 : nil }
        }
        guard text(nextLine()) == Self.header, let live = identity(text(nextLine()), key: "live").flatMap({ $0 }),
              let stampLine = text(nextLine()), stampLine.hasPrefix("stamp "), let liveStamp = UInt64(stampLine.dropFirst(6), radix: 16),
              let hidden = identity(text(nextLine()), key: "hidden"), let differingCount = count(text(nextLine()), key: "differing")
        else { return nil }
        var differing = Set<String>(minimumCapacity: differingCount)
        for _ in 0..<differingCount {
            guard let path = text(nextLine()) else { return nil }
            differing.insert(path)
        }
        guard let fileCount = count(text(nextLine()), key: "files") else { return nil }
        var files = [String: Entry](minimumCapacity: fileCount)
        while let line = nextLine() {
            // 16 hex digits, a space, the size, a space, the path.
            guard line.count > 19, bytes[line.lowerBound + 16] == 0x20 else { return nil }
            var digest: UInt64 = 0
            for index in line.lowerBound..<(line.lowerBound + 16) {
                let byte = bytes[index]
                let value: UInt8
                switch byte {
                case 0x30...0x39: value = byte - 0x30
                case 0x61...0x66: value = byte - 0x61 + 10
                default: return nil
                }
                digest = digest << 4 | UInt64(value)
            }
            var index = line.lowerBound + 17
            var size = 0
            while index < line.upperBound, bytes[index] != 0x20 {
                guard (0x30...0x39).contains(bytes[index]), size < Int.max / 10 - 9 else { return nil }
                size = size * 10 + Int(bytes[index] - 0x30)
                index += 1
            }
            guard index > line.lowerBound + 17, index + 1 < line.upperBound else { return nil }
            files[String(decoding: UnsafeBufferPointer(rebasing: bytes[(index + 1)..<line.upperBound]), as: UTF8.self)] = Entry(size: size, digest: digest)
        }
        guard position == bytes.count, files.count == fileCount else { return nil }
        return OutputManifest(live: live, liveStamp: liveStamp, hidden: hidden, differing: differing, files: files)
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
