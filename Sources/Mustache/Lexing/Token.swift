/// What a token of a template is: static text or one kind of tag.
enum TokenKind: UInt8, Sendable {
    case text
    /// `{{name}}`: escaped interpolation.
    case variable
    /// `{{{name}}}` or `{{&name}}`: unescaped interpolation.
    case unescaped
    /// `{{#name}}`
    case section
    /// `{{^name}}`
    case inverted
    /// `{{/name}}`
    case close
    /// `{{! … }}`
    case comment
    /// `{{>name}}`
    case partial
    /// `{{<name}}`
    case parent
    /// `{{$name}}`
    case block
    /// `{{=<% %>=}}`
    case setDelimiters

    /// Whether a tag of this kind may stand alone on a line, which removes that line from the
    /// output (the spec's "standalone" rule). Interpolations never do.
    var canStandAlone: Bool {
        switch self {
        case .text, .variable, .unescaped: false
        default: true
        }
    }
}

/// One token: a byte range of the template, and for tags the range of their content.
///
/// Tokens keep byte offsets only; line and column are computed when a message is reported.
struct Token: Sendable {
    var kind: TokenKind
    /// The first byte: the opening delimiter for tags.
    var start: Int
    /// The byte after the token: after the closing delimiter for tags.
    var end: Int
    /// The tag's content, without sigil and delimiters (untrimmed). Equal to the token range for text.
    var contentStart: Int
    var contentEnd: Int
    /// Index of the delimiters in force for this tag, in `Lexer.delimiters`.
    var delimiters: Int
}
