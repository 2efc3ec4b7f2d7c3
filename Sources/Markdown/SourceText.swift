#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TextCore

/// The bytes of a Markdown body with its line starts, to turn cmark's positions into the
/// positions an editor shows.
///
/// cmark counts columns in bytes, and the positions of inline nodes can be wrong: lines after
/// a soft break lose their leading spaces (commonmark/cmark#296), the extension's `www.`
/// autolinks start one byte early, and its `https://` autolinks have no position at all.
/// `locate` checks a reported position against the text and corrects it.
struct SourceText {
    let bytes: [UInt8]
    /// Byte offset where each line starts; line 1 is at index 0.
    private let lineStarts: [Int]

    /// Whether the text holds a NUL, which cmark reads as U+FFFD.
    private let hasNUL: Bool

    init(_ text: String) {
        bytes = Array(text.utf8)
        lineStarts = LineTable(bytes).starts
        hasNUL = bytes.withUnsafeBufferPointer { buffer in buffer.baseAddress.map { memchr($0, 0, buffer.count) != nil } ?? false }
    }

    /// The byte offset of a 1-based line and byte column, or `nil` when cmark gave none.
    func offset(line: Int, byteColumn: Int) -> Int? {
        guard line >= 1, line <= lineStarts.count, byteColumn >= 1 else { return nil }
        return min(bytes.count, lineStarts[line - 1] + byteColumn - 1)
    }

    /// The number of bytes.
    var count: Int { bytes.count }

    /// How far past `searchFrom` a node's text is looked for: a node cmark placed nowhere that
    /// is not found this close is given up, so that thousands of such nodes in one paragraph
    /// cost no more than their text (each looked for to the paragraph's end took 29 s for
    /// 250 KB of `https://a` autolinks with a NUL in each).
    static let searchWindow = 64 << 10

    /// The byte offset where a node that must start with one of `prefixes` really starts.
    ///
    /// Tries cmark's position and its known errors first; then the first match at or after
    /// `searchFrom` (the end of what was located before in the same block) and before
    /// `searchEnd` (the end of the top-level block), at most `searchWindow` bytes on.
    func locate(line: Int, byteColumn: Int, startingWith prefixes: [[UInt8]], searchFrom: Int, searchEnd: Int = .max) -> Int? {
        if let reported = offset(line: line, byteColumn: byteColumn) {
            var indent = 0
            let lineStart = lineStarts[line - 1]
            while lineStart + indent < bytes.count, bytes[lineStart + indent] == UInt8(ascii: " ") || bytes[lineStart + indent] == UInt8(ascii: "\t") {
                indent += 1
            }
            // A place before what was located last or past its block is one of cmark's wrong
            // lines that happens to hold the same text.
            for candidate in [reported, reported + indent, reported + 1, reported + indent + 1]
            where candidate >= searchFrom && candidate < searchEnd && matches(prefixes, at: candidate) {
                return candidate
            }
        }
        var index = max(0, searchFrom)
        let end = min(bytes.count, searchEnd, index + Self.searchWindow)
        while index < end {
            if matches(prefixes, at: index) { return index }
            index += 1
        }
        return offset(line: line, byteColumn: byteColumn)
    }

    private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    private func matches(_ prefixes: [[UInt8]], at offset: Int) -> Bool {
        guard offset >= 0 else { return false }
        // cmark reads a NUL as U+FFFD, so a URL it made may hold one where the text has NUL.
        for prefix in prefixes where hasNUL && prefix.count >= 3 && prefix.contains(0xEF) {
            if matchesReadingNUL(prefix, at: offset) { return true }
        }
        // memcmp rather than `elementsEqual`: this runs for every link, 600,000 times in a
        // 50 MB article, and the generic version is slow in debug builds.
        return bytes.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return false }
            for prefix in prefixes where !prefix.isEmpty && offset + prefix.count <= bytes.count {
                let equal = prefix.withUnsafeBufferPointer { prefix in
                    prefix.baseAddress.map { memcmp(base + offset, $0, prefix.count) == 0 } ?? false
                }
                if equal { return true }
            }
            return false
        }
    }

    /// Whether the text at `offset` reads as `prefix` when each NUL of the text counts as U+FFFD.
    private func matchesReadingNUL(_ prefix: [UInt8], at offset: Int) -> Bool {
        var position = offset, index = 0
        while index < prefix.count {
            guard position < bytes.count else { return false }
            if bytes[position] == 0, index + 3 <= prefix.count, prefix[index..<(index + 3)].elementsEqual(Self.replacement) {
                index += 3
            } else if bytes[position] == prefix[index] {
                index += 1
            } else {
                return false
            }
            position += 1
        }
        return true
    }

    /// A byte offset with its 1-based line and column (in Unicode scalars).
    struct Position {
        var offset: Int
        var line: Int
        var column: Int
    }

    /// The line and column of a byte offset. Given the position of an earlier offset on the
    /// same line, it counts columns from there: links are located in document order, and a
    /// line with thousands of links is then scanned once, not once per link.
    func position(of offset: Int, after earlier: Position? = nil) -> Position {
        let offset = min(max(offset, 0), bytes.count)
        let low = LineTable(starts: lineStarts).lineIndex(of: offset)
        var start = lineStarts[low], column = 1
        if let earlier, earlier.line == low + 1, earlier.offset <= offset {
            start = earlier.offset
            column = earlier.column
        }
        bytes.withUnsafeBufferPointer { bytes in
            for index in start..<offset where bytes[index] & 0xC0 != 0x80 { column += 1 }
        }
        return Position(offset: offset, line: low + 1, column: column)
    }
}
