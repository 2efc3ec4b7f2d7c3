/// A problem found while scanning, parsing or composing, at a byte offset of the text.
///
/// The parser turns it into a `YAMLError` with line and column only when it reports it.
struct SyntaxError: Error {
    var offset: Int
    var message: String
    var fix: String
    /// Whether parsing must stop instead of starting again at the next top-level key.
    var isFatal = false
    /// The line and column when they are known already, as for a node.
    var position: (line: Int, column: Int)?
}
