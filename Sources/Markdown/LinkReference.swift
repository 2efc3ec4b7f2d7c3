/// A link or image destination found in a Markdown document, with where it was written.
public struct LinkReference: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case link
        case image
    }

    public let kind: Kind
    /// The destination as cmark read it (entities and escapes resolved).
    public let destination: String
    /// Line of the body (1-based) where the link or image starts.
    public let line: Int
    /// Column (1-based, counted in Unicode scalars) where the link or image starts.
    public let column: Int

    public init(kind: Kind, destination: String, line: Int, column: Int) {
        self.kind = kind
        self.destination = destination
        self.line = line
        self.column = column
    }
}
