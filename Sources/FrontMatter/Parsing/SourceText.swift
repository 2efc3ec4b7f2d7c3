import TextCore

/// The UTF-8 bytes of a YAML text with the start offset of every line.
///
/// Tokens and nodes keep byte offsets; this type turns an offset into a 1-based line and a
/// column that counts Unicode scalars, as an editor does. It also finds the characters YAML
/// forbids (control characters, NUL, and the unusual line breaks NEL, LS and PS) in one pass.
struct SourceText {
    let bytes: UnsafeBufferPointer<UInt8>
    /// The byte offset where each line starts; the first line starts after a byte order mark.
    let lineStarts: [Int]
    /// The number the text's first line has in the caller's file.
    let firstLine: Int
    /// Characters YAML does not allow, found while the line starts were recorded.
    private(set) var forbiddenCharacters: [SyntaxError] = []

    // A cursor that makes increasing queries cheap: nodes ask for positions in source order,
    // so counting scalars from the last answer keeps a long one-line flow list linear.
    private var cursorLine = 0
    private var cursorOffset = 0
    private var cursorColumn = 0

    init(bytes: UnsafeBufferPointer<UInt8>, firstLine: Int) {
        self.bytes = bytes
        self.firstLine = firstLine
        let start = Self.hasByteOrderMark(bytes) ? 3 : 0
        lineStarts = LineTable(bytes, from: start).starts
        cursorOffset = start
        findForbiddenCharacters(from: start)
    }

    /// The offset of the first character after an optional byte order mark.
    var contentStart: Int { lineStarts[0] }

    static func hasByteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    }

    private mutating func findForbiddenCharacters(from start: Int) {
        var index = start
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte >= 0x20 && byte < 0x7F {
                index += 1
                continue
            }
            switch byte {
            case ASCII.lineFeed, ASCII.carriageReturn, ASCII.tab:
                index += 1
            case 0x7F, 0x00..<0x20:
                reportForbidden(scalar: UInt32(byte), at: index)
                index += 1
            case 0xC2 where index + 1 < count && bytes[index + 1] >= 0x80 && bytes[index + 1] <= 0x9F:
                // U+0080 to U+009F: C1 control characters, among them NEL (U+0085).
                reportForbidden(scalar: UInt32(bytes[index + 1]), at: index)
                index += 2
            case 0xE2 where index + 2 < count && bytes[index + 1] == 0x80
                && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                reportForbidden(scalar: 0x2000 + UInt32(bytes[index + 2]) - 0x80, at: index)
                index += 3
            case 0xEF where index + 2 < count && bytes[index + 1] == 0xBF
                && (bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF):
                reportForbidden(scalar: bytes[index + 2] == 0xBE ? 0xFFFE : 0xFFFF, at: index)
                index += 3
            default:
                index += 1
            }
        }
    }

    private mutating func reportForbidden(scalar: UInt32, at offset: Int) {
        // One report per kind and line is enough to fix a file; a binary file would give thousands.
        guard forbiddenCharacters.count < 50 else { return }
        let name = "U+" + hex(scalar, digits: 4)
        switch scalar {
        case 0x85, 0x2028, 0x2029:
            let what = scalar == 0x85 ? "next line (NEL)" : scalar == 0x2028 ? "line separator" : "paragraph separator"
            forbiddenCharacters.append(SyntaxError(
                offset: offset,
                message: "unusual line break \(name) (\(what)) is not allowed",
                fix: "replace it with a normal line break or a space"))
        case 0xFFFE, 0xFFFF:
            forbiddenCharacters.append(SyntaxError(
                offset: offset,
                message: "non-character \(name) is not allowed",
                fix: "remove it; the file may not be UTF-8 text"))
        default:
            let escape = scalar == 0 ? " (write it as '\\0' inside double quotes if you need it)" : ""
            forbiddenCharacters.append(SyntaxError(
                offset: offset,
                message: "control character \(name) is not allowed",
                fix: "remove it\(escape)"))
        }
    }

    /// The 0-based index of the line that holds `offset`.
    func lineIndex(of offset: Int) -> Int {
        LineTable(starts: lineStarts).lineIndex(of: offset)
    }

    /// The line and column of `offset`, counting lines from `firstLine` and columns from 1.
    func position(of offset: Int) -> (line: Int, column: Int) {
        let line = lineIndex(of: offset)
        return (line + firstLine, scalarCount(from: lineStarts[line], to: offset) + 1)
    }

    /// Like `position(of:)`, but fast for offsets that come in increasing order.
    mutating func advancingPosition(of offset: Int) -> (line: Int, column: Int) {
        if offset >= cursorOffset,
           cursorLine + 1 >= lineStarts.count || offset < lineStarts[cursorLine + 1] {
            cursorColumn += scalarCount(from: cursorOffset, to: offset)
        } else {
            cursorLine = lineIndex(of: offset)
            cursorColumn = scalarCount(from: lineStarts[cursorLine], to: offset)
        }
        cursorOffset = offset
        return (cursorLine + firstLine, cursorColumn + 1)
    }

    /// The number of Unicode scalars in the bytes `start..<end`.
    func scalarCount(from start: Int, to end: Int) -> Int {
        LineTable.scalarCount(bytes, from: max(start, 0), to: min(end, bytes.count))
    }

    /// The text of the bytes `start..<end`.
    func text(from start: Int, to end: Int) -> String {
        let lower = max(0, min(start, bytes.count))
        let upper = max(lower, min(end, bytes.count))
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)
    }

    /// The text of `start..<end` for a message: its first line only, shortened, with '…' when
    /// something was left out.
    func quotation(from start: Int, to end: Int) -> String {
        let stop = min(end, lineEnd(after: start))
        let text = shortened(text(from: start, to: stop))
        return stop < end && !text.hasSuffix("…") ? text + "…" : text
    }

    /// The end of the line that holds `offset`: the offset of its line break or of the text's end.
    func lineEnd(after offset: Int) -> Int {
        var index = offset
        while index < bytes.count, bytes[index] != ASCII.lineFeed, bytes[index] != ASCII.carriageReturn {
            index += 1
        }
        return index
    }

    /// The user's text from `offset` to the end of its line, without trailing blanks or a
    /// comment, shortened to about 40 characters: what error messages quote.
    func snippet(at offset: Int, maxLength: Int = 40) -> String {
        let end = lineEnd(after: offset)
        var stop = end
        var index = offset
        // Cut a comment: ' #' outside quotes is good enough for a quotation.
        var quote: UInt8 = 0
        while index < end {
            let byte = bytes[index]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == ASCII.doubleQuote || byte == ASCII.singleQuote {
                if index == offset || bytes[index - 1] == ASCII.space { quote = byte }
            } else if byte == ASCII.hash, index > offset, bytes[index - 1] == ASCII.space || bytes[index - 1] == ASCII.tab {
                stop = index
                break
            }
            index += 1
        }
        while stop > offset, bytes[stop - 1] == ASCII.space || bytes[stop - 1] == ASCII.tab { stop -= 1 }
        return shortened(text(from: offset, to: stop), maxLength: maxLength)
    }

    /// The offset of the first line after the one holding `offset` that looks like a top-level
    /// key (`name: …` at column 1), where parsing can start again after an error.
    func nextTopLevelKeyLine(after offset: Int) -> (offset: Int, lineIndex: Int)? {
        var line = lineIndex(of: offset) + 1
        while line < lineStarts.count {
            let start = lineStarts[line]
            if looksLikeTopLevelKey(at: start) { return (start, line) }
            line += 1
        }
        return nil
    }

    private func looksLikeTopLevelKey(at start: Int) -> Bool {
        guard start < bytes.count else { return false }
        let first = bytes[start]
        switch first {
        case ASCII.space, ASCII.tab, ASCII.hash, ASCII.lineFeed, ASCII.carriageReturn,
             ASCII.minus, ASCII.dot, ASCII.percent, ASCII.questionMark, ASCII.colon:
            return false
        default:
            break
        }
        let end = lineEnd(after: start)
        var index = start
        while index < end {
            if bytes[index] == ASCII.colon {
                if index + 1 == end || bytes[index + 1] == ASCII.space || bytes[index + 1] == ASCII.tab {
                    return true
                }
            }
            index += 1
        }
        return false
    }
}

/// `text`, or its first `maxLength` characters and '…' when it is longer.
func shortened(_ text: String, maxLength: Int = 40) -> String {
    let scalars = text.unicodeScalars
    guard scalars.count > maxLength else { return text }
    var result = String.UnicodeScalarView()
    result.append(contentsOf: scalars.prefix(maxLength))
    return String(result) + "…"
}

/// `value` in upper-case hexadecimal, padded with zeros to `digits`.
func hex(_ value: UInt32, digits: Int) -> String {
    let text = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, digits - text.count)) + text
}
