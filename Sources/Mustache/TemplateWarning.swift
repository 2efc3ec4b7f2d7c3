/// Something strict rendering noticed that still rendered: a name that is not set, or a partial
/// that does not exist.
///
/// A template location warns once per render; warnings are `Hashable`, so callers rendering
/// thousands of pages on several threads collect them in a set.
///
///     Templates/article.mustache:12:9: warning: 'article.autor' is not set; did you mean 'article.author'?
public struct TemplateWarning: Sendable, Hashable, CustomStringConvertible {
    /// The path the template was loaded under.
    public var path: String
    /// Line and column of the tag's opening delimiter, starting at 1.
    public var line: Int
    /// The column in Unicode scalars, starting at 1.
    public var column: Int
    /// What is not set or missing, with a suggestion when a near name exists.
    public var message: String

    /// A warning at `path:line:column`.
    public init(path: String, line: Int, column: Int, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// `path:line:column: warning: message`
    public var description: String {
        "\(TemplateError.location(path, line, column)): warning: \(message)"
    }
}
