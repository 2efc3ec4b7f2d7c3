/// A text split into its YAML front matter and its body.
///
/// Front matter starts when the first line is exactly `---` (trailing spaces and tabs
/// allowed) and ends at the next line that is exactly `---` or `...`. A line `--- text` does
/// not open front matter: such a file has none. A UTF-8 byte order mark before the first line
/// is skipped and kept in neither part. Lines end with LF, CR LF or a lone CR (as in YAML);
/// both parts keep their line endings as written, so positions map back to the file.
public struct FrontMatter: Sendable, Equatable {
    /// The YAML between the two fence lines, with the line break before the closing fence;
    /// nil when the text has no front matter. It may be empty.
    public var yaml: String?
    /// The line of the file where `yaml` starts: 2, as the opening fence is line 1 (also
    /// 1 when there is no front matter). Pass it to `YAMLParser.parse(_:firstLine:)`.
    public var yamlStartLine: Int
    /// The text after the closing fence line, or the whole text without a byte order mark.
    public var body: String
    /// The line of the file where `body` starts.
    public var bodyStartLine: Int

    /// Creates the parts of a text.
    public init(yaml: String?, yamlStartLine: Int, body: String, bodyStartLine: Int) {
        self.yaml = yaml
        self.yamlStartLine = yamlStartLine
        self.body = body
        self.bodyStartLine = bodyStartLine
    }

    /// Splits `text` into its front matter and its body.
    ///
    /// - Throws: `FrontMatterError` at the opening line when the front matter is never
    ///   closed, or when it is TOML (`+++`), which Zeche does not read.
    public init(splitting text: String) throws(FrontMatterError) {
        var bytesOfText = text
        let parts = try bytesOfText.withUTF8 { bytes in Self.split(bytes) }.get()
        // The parts are cut from the text itself at byte offsets of line breaks (or after
        // the byte order mark), which are character boundaries: no decoding again.
        func slice(_ range: Range<Int>) -> String {
            let utf8 = text.utf8
            return String(text[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)])
        }
        self.init(yaml: parts.yaml.map(slice), yamlStartLine: parts.yamlStartLine, body: slice(parts.body),
                  bodyStartLine: parts.bodyStartLine)
    }

    /// Where the parts of a text are, as byte ranges.
    private struct Parts {
        var yaml: Range<Int>?
        var yamlStartLine: Int
        var body: Range<Int>
        var bodyStartLine: Int
    }

    private static func split(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Parts, FrontMatterError> {
        let start = SourceText.hasByteOrderMark(bytes) ? 3 : 0
        let wholeBody = Parts(yaml: nil, yamlStartLine: 1, body: start..<bytes.count, bodyStartLine: 1)
        guard start < bytes.count else { return .success(wholeBody) }

        let firstLine = line(in: bytes, from: start)
        if isFence(bytes, firstLine.content, of: ASCII.plus) {
            return .failure(FrontMatterError(
                line: 1, column: 1,
                message: "TOML front matter ('+++') is not supported, only YAML",
                fix: "write the front matter in YAML between two lines '---'"))
        }
        guard isFence(bytes, firstLine.content, of: ASCII.minus) else { return .success(wholeBody) }

        var lineNumber = 2
        var lineStart = firstLine.next
        while lineStart < bytes.count {
            let current = line(in: bytes, from: lineStart)
            if isFence(bytes, current.content, of: ASCII.minus) || isFence(bytes, current.content, of: ASCII.dot) {
                return .success(Parts(
                    yaml: firstLine.next..<lineStart, yamlStartLine: 2,
                    body: current.next..<bytes.count, bodyStartLine: lineNumber + 1))
            }
            lineNumber += 1
            lineStart = current.next
        }
        return .failure(FrontMatterError(
            line: 1, column: 1,
            message: "front matter opened at 1:1 is not closed",
            fix: "add a line '---' after the last key"))
    }

    /// The line starting at `start`: its content without the line break, and where the next
    /// line starts.
    private static func line(
        in bytes: UnsafeBufferPointer<UInt8>, from start: Int
    ) -> (content: Range<Int>, next: Int) {
        var end = start
        while end < bytes.count, !ASCII.isBreak(bytes[end]) { end += 1 }
        var next = end
        if next < bytes.count {
            next += bytes[next] == ASCII.carriageReturn && next + 1 < bytes.count && bytes[next + 1] == ASCII.lineFeed ? 2 : 1
        }
        return (start..<end, next)
    }

    /// Whether a line is three `mark` characters followed by nothing but spaces and tabs.
    private static func isFence(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, of mark: UInt8) -> Bool {
        guard line.count >= 3, bytes[line.lowerBound] == mark, bytes[line.lowerBound + 1] == mark,
              bytes[line.lowerBound + 2] == mark else { return false }
        return bytes[(line.lowerBound + 3)..<line.upperBound].allSatisfy { $0 == ASCII.space || $0 == ASCII.tab }
    }
}
