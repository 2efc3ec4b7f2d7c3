/// A Markdown text that the parser would need far too long for: a shape that cmark-gfm
/// 0.29.0.gfm.6 (Debian's) parses in time that grows with the square of its size, found
/// before parsing (see `MarkdownShapeScan`).
public struct MarkdownShapeProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// Which of the known slow shapes it is.
    public enum Shape: String, Sendable, Hashable {
        /// Many `![` and `]` in one paragraph (GHSA-r572-jvj2-3m8p, `![[]()`).
        case brackets
        /// Many `<?` or `<![CDATA[` without their end in one paragraph.
        case rawHTMLOpeners
        /// Table rows with many cells (`|`).
        case tableCells
        /// Many `@` in one line, which the e-mail autolinker of cmark-gfm 0.29 handles in
        /// time that grows with their square (up to 1,000 per line).
        case emailAutolinks
        /// Tables whose short rows make the parser add many empty cells (CVE-2023-37463).
        case addedCells
    }

    public let shape: Shape
    /// 1-based line of the text given to the parser.
    public let line: Int
    /// 1-based column, counting Unicode scalars.
    public let column: Int
    /// What is wrong, with the numbers found and the limit.
    public let message: String
    /// What to do about it.
    public let fix: String

    public var description: String { "\(line):\(column): \(message)" }
}
