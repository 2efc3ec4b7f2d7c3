/// A problem in a YAML text: where it is, what is wrong, and how to fix it.
///
/// Lines count from the `firstLine` the parser was given and columns from 1, counting Unicode
/// scalars. `message` quotes the user's text in 'quotes'.
public struct YAMLError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The line of the problem.
    public var line: Int
    /// The column of the problem.
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
