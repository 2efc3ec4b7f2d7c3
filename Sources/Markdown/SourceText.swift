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

    init(_ text: String) {
        bytes = Array(text.utf8)
        var starts = [0]
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            // cmark ends lines at \n, \r\n and a lone \r.
            if byte == UInt8(ascii: "\n") || (byte == UInt8(ascii: "\r") && (index == bytes.count || bytes[index] != UInt8(ascii: "\n"))) {
                starts.append(index)
            }
        }
        lineStarts = starts
    }

    /// The byte offset of a 1-based line and byte column, or `nil` when cmark gave none.
    func offset(line: Int, byteColumn: Int) -> Int? {
        guard line >= 1, line <= lineStarts.count, byteColumn >= 1 else { return nil }
        return min(bytes.count, lineStarts[line - 1] + byteColumn - 1)
    }

    /// The byte offset where a node that must start with one of `prefixes` really starts.
    ///
    /// Tries cmark's position and its known errors first; then the first match at or after
    /// `searchFrom` (the end of what was located before in the same block).
    func locate(line: Int, byteColumn: Int, startingWith prefixes: [[UInt8]], searchFrom: Int) -> Int? {
        if let reported = offset(line: line, byteColumn: byteColumn) {
            var indent = 0
            let lineStart = lineStarts[line - 1]
            while lineStart + indent < bytes.count, bytes[lineStart + indent] == UInt8(ascii: " ") || bytes[lineStart + indent] == UInt8(ascii: "\t") {
                indent += 1
            }
            for candidate in [reported, reported + indent, reported + 1, reported + indent + 1]
            where matches(prefixes, at: candidate) {
                return candidate
            }
        }
        var index = max(0, searchFrom)
        while index < bytes.count {
            if matches(prefixes, at: index) { return index }
            index += 1
        }
        return offset(line: line, byteColumn: byteColumn)
    }

    private func matches(_ prefixes: [[UInt8]], at offset: Int) -> Bool {
        prefixes.contains { prefix in
            !prefix.isEmpty && offset >= 0 && offset + prefix.count <= bytes.count
                && bytes[offset..<offset + prefix.count].elementsEqual(prefix)
        }
    }

    /// The 1-based line and column (in Unicode scalars) of a byte offset.
    func lineAndColumn(of offset: Int) -> (line: Int, column: Int) {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        var column = 1
        for index in lineStarts[low]..<min(offset, bytes.count) where bytes[index] & 0xC0 != 0x80 { column += 1 }
        return (low + 1, column)
    }
}
