/// A YAML value with the 1-based line and column where it starts in the source.
///
/// Columns count Unicode scalars, as an editor does. A mapping starts at its first key, a
/// block sequence at its first `-`, a flow collection at its bracket, and an empty value
/// (`key:` with nothing after it) right after the `:`.
public struct YAMLNode: Sendable, Equatable {
    /// What the node holds.
    public var value: YAMLValue
    /// The line where the node starts, counted from the `firstLine` the parser was given.
    public var line: Int
    /// The column where the node starts; 1 is the first character of the line.
    public var column: Int

    /// Creates a node from a value and its position.
    public init(_ value: YAMLValue, line: Int, column: Int) {
        self.value = value
        self.line = line
        self.column = column
    }
}
