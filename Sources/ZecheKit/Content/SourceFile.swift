import Foundation

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
    /// error.
    static func read(_ path: String, root: URL) -> Contents? {
        let fullPath = root.appendingPathComponent(path).path
        var info = stat()
        if stat(fullPath, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
            return Contents(text: "", diagnostics: [.error(
                "cannot read '\(path)': it is \(Self.kind(of: info.st_mode)), not a file", at: SourceLocation(path: path),
                fix: "replace it with a regular file")], wasRead: false)
        }
        guard let data = FileManager.default.contents(atPath: fullPath) else {
            let reason = FileManager.default.isReadableFile(atPath: fullPath) ? "it could not be read" : "permission denied"
            return Contents(text: "", diagnostics: [.error(
                "cannot read '\(path)': \(reason)", at: SourceLocation(path: path),
                fix: "check that the file exists and that you may read it")], wasRead: false)
        }
        return decode(data, path: path)
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

    static func decode(_ data: Data, path: String) -> Contents {
        if let text = String(validating: data, as: UTF8.self) {
            return Contents(text: text, diagnostics: [])
        }
        let bytes = [UInt8](data)
        let (location, byte) = firstInvalidByte(in: bytes, path: path)
        let hex = String(byte, radix: 16, uppercase: true)
        return Contents(text: String(decoding: bytes, as: UTF8.self), diagnostics: [.error(
            "the file is not valid UTF-8 (byte 0x\(hex.count == 1 ? "0" : "")\(hex))", at: location,
            fix: "save the file as UTF-8 in your editor; it is probably Latin-1 or Windows-1252")])
    }

    /// Line and column of the first byte that is not part of valid UTF-8, and that byte.
    private static func firstInvalidByte(in bytes: [UInt8], path: String) -> (SourceLocation, UInt8) {
        var line = 1, column = 1, index = 0
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
            guard valid else { return (SourceLocation(path: path, line: line, column: column), lead) }
            // Lines end with LF, CR LF or a lone CR, as the YAML parser counts them.
            if lead == UInt8(ascii: "\n") || (lead == UInt8(ascii: "\r") && bytes[safe: index + 1] != UInt8(ascii: "\n")) {
                line += 1; column = 1
            } else if lead != UInt8(ascii: "\r") {
                column += 1
            }
            index += length
        }
        return (SourceLocation(path: path, line: line, column: column), bytes.last ?? 0)
    }
}

private extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
