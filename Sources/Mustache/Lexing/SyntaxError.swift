/// A problem found while lexing or parsing one template, at a byte offset of its source.
///
/// The library turns it into a ``TemplateError`` with path, line and column.
struct SyntaxError: Sendable, Equatable {
    var offset: Int
    var message: String
    var fix: String? = nil
}
