/// A place in a file of the site: a path relative to the site's folder, and a 1-based line and
/// column (columns count Unicode scalars, as an editor shows them). Line 0 means the whole file.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int = 0, column: Int = 0) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// `path:line:column`, or just `path` for a whole file.
    public var description: String {
        line > 0 ? "\(path):\(line):\(max(column, 1))" : path
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
    }
}
