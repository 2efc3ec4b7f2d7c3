/// A front matter block that cannot be split from its body, with the position of its opening
/// line.
public struct FrontMatterError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The line of the problem, 1-based.
    public var line: Int
    /// The column of the problem, 1-based.
    public var column: Int
    /// What is wrong.
    public var message: String
    /// How to fix it.
    public var fix: String

    /// Creates an error.
    public init(line: Int, column: Int, message: String, fix: String) {
        self.line = line
        self.column = column
        self.message = message
        self.fix = fix
    }

    /// `line:column: message; fix`.
    public var description: String { "\(line):\(column): \(message); \(fix)" }
}
