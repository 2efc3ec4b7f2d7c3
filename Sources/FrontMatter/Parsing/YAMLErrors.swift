/// Every problem the parser found in a YAML text, sorted by line and column.
public struct YAMLErrors: Error, Equatable, Sendable, CustomStringConvertible {
    /// The problems, never empty when thrown.
    public var errors: [YAMLError]

    /// Creates a list of problems.
    public init(_ errors: [YAMLError]) {
        self.errors = errors
    }

    /// One problem per line, as `line:column: message; fix`.
    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}
