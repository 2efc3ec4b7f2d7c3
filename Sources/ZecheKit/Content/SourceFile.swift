import Foundation
import TextCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a text file of the site once, as UTF-8. A file that is not UTF-8 is an error at its
/// first invalid byte: its text is read with U+FFFD in place of the invalid bytes, so that the
/// rest of the file is still checked, but it is never published that way.
enum SourceFile {
    struct Contents: Sendable {
        let text: String
        let diagnostics: [Diagnostic]
        /// False when the file could not be read at all: `text` is then empty, and what a
        /// reader would say about an empty file is beside the point.
        var wasRead = true
    }

    /// The text of `path` (relative to `root`); when it cannot be read, empty text with the
    /// error. A file that is, or lies below, a symbolic link leading outside the site's folder
    /// is not read (see `SiteBoundary`): this reads the files no folder walk has checked,
    /// such as `site.yml` and `Templates/i18n/de.yml`.
    static func read(_ path: String, root: URL) -> Contents? {
        if let boundary = SiteBoundary(rootPath: root.path), let problem = boundary.problem(at: root.path + "/" + path, shownAs: path) {
            return Contents(text: "", diagnostics: [problem], wasRead: false)
        }
        return read(path, rootPath: root.path)
    }

    /// The same, with the site folder as a file system path: joining strings costs far
    /// less than a `URL` per file when 10,000 articles are read.
    static func read(_ path: String, rootPath: String) -> Contents? {
        let fullPath = rootPath + "/" + path
        switch contents(ofFile: fullPath) {
        case .bytes(let bytes):
            return decode(bytes, path: path)
        case .notAFile(let mode):
            return Contents(text: "", diagnostics: [.error(
                "cannot read '\(path)': it is \(Self.kind(of: mode)), not a file", at: SourceLocation(path: path),
                fix: "replace it with a regular file")], wasRead: false)
        case .unreadable:
            let reason = FileManager.default.isReadableFile(atPath: fullPath) ? "it could not be read" : "permission denied"
            return Contents(text: "", diagnostics: [.error(
                "cannot read '\(path)': \(reason)", at: SourceLocation(path: path),
                fix: "check that the file exists and that you may read it")], wasRead: false)
        }
    }

    /// "a folder", "a named pipe", … for a file mode that is not a regular file's.
    static func kind(of mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: "a folder"
        case S_IFIFO: "a named pipe"
        case S_IFSOCK: "a socket"
        case S_IFCHR, S_IFBLK: "a device"
        default: "a special file"
        }
    }

    private enum FileContents {
        case bytes([UInt8])
        /// A folder, a named pipe, a socket or a device, with its mode.
        case notAFile(mode_t)
        case unreadable
    }

    /// The bytes of a file, read with `open`, `fstat` and `read` into one buffer of the
    /// file's size: cheaper than `FileManager`'s `Data` for 10,000 articles, and the `fstat`
    /// of the open file also tells a folder or a named pipe from a file. `O_NONBLOCK` keeps
    /// the `open` of a named pipe from waiting for a writer; it changes nothing for a file.
    private static func contents(ofFile path: String) -> FileContents {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        var info = stat()
        guard descriptor >= 0 else {
            // A socket cannot be opened at all; say what it is.
            return stat(path, &info) == 0 && info.st_mode & S_IFMT != S_IFREG ? .notAFile(info.st_mode) : .unreadable
        }
        defer { close(descriptor) }
        guard fstat(descriptor, &info) == 0 else { return .unreadable }
        guard info.st_mode & S_IFMT == S_IFREG else { return .notAFile(info.st_mode) }
        // One byte more than the size, so that the end shows without growing the buffer; a
        // file that grows while it is read gets a larger one.
        var bytes = [UInt8](repeating: 0, count: max(Int(info.st_size), 0) + 1)
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: bytes.count)) }
            let count = bytes.withUnsafeMutableBytes { buffer in
                systemRead(descriptor, buffer.baseAddress.map { $0 + filled }, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return .unreadable
            }
            if count == 0 { break }
            filled += count
        }
        bytes.removeLast(bytes.count - filled)
        return .bytes(bytes)
    }

    private static func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.read(descriptor, buffer, count)
        #else
        Darwin.read(descriptor, buffer, count)
        #endif
    }

    static func decode(_ data: Data, path: String) -> Contents {
        decode([UInt8](data), path: path)
    }

    static func decode(_ bytes: [UInt8], path: String) -> Contents {
        if let text = String(validating: bytes, as: UTF8.self) {
            return Contents(text: text, diagnostics: [])
        }
        let (location, byte) = firstInvalidByte(in: bytes, path: path)
        let hex = String(byte, radix: 16, uppercase: true)
        return Contents(text: String(decoding: bytes, as: UTF8.self), diagnostics: [.error(
            "the file is not valid UTF-8 (byte 0x\(hex.count == 1 ? "0" : "")\(hex))", at: location,
            fix: "save the file as UTF-8 in your editor; it is probably Latin-1 or Windows-1252")])
    }

    /// Line and column of the first byte that is not part of valid UTF-8, and that byte.
    private static func firstInvalidByte(in bytes: [UInt8], path: String) -> (SourceLocation, UInt8) {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length = lead < 0x80 ? 1 : lead >= 0xF0 && lead < 0xF5 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0
            var valid = length > 0 && index + length <= bytes.count
            if valid, length > 1 {
                valid = bytes[(index + 1)..<(index + length)].allSatisfy { $0 & 0xC0 == 0x80 }
                if valid, String(decoding: bytes[index..<(index + length)], as: UTF8.self).unicodeScalars.first == "\u{FFFD}" {
                    valid = false
                }
            }
            if !valid { break }
            index += length
        }
        let (line, column) = bytes.withUnsafeBufferPointer { LineTable($0).position(of: index, in: $0) }
        return (SourceLocation(path: path, line: line, column: column), index < bytes.count ? bytes[index] : bytes.last ?? 0)
    }
}

