/// A problem in a template, located at `path:line:column`, with what to do about it.
///
/// Printed like a compiler's message:
///
///     Templates/article.mustache:3:5: error: unclosed section 'items' opened at 3:5; add {{/items}}
///     fix: …
///     note: included from Templates/layout.mustache:3:1
///
/// Line and column start at 1 and the column counts Unicode scalars. A problem with a whole file
/// (it cannot be read, or its name is taken) has line and column 0 and prints without them.
public struct TemplateError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The path the template was loaded under, e.g. `Templates/article.mustache`.
    public var path: String
    /// The 1-based line, or 0 for a problem with the whole file.
    public var line: Int
    /// The 1-based column in Unicode scalars, or 0 for a problem with the whole file.
    public var column: Int
    /// What is wrong, with the user's text in 'quotes', then what to do.
    public var message: String
    /// A longer suggestion, when there is one.
    public var fix: String?
    /// Further context, such as the chain of partials: `included from Templates/layout.mustache:3:1`.
    public var notes: [String]

    /// An error at `path:line:column`.
    public init(path: String, line: Int, column: Int, message: String, fix: String? = nil, notes: [String] = []) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
        self.fix = fix
        self.notes = notes
    }

    /// `path:line:column: error: message`, then a `fix:` line and one `note:` line per note.
    public var description: String {
        var text = "\(TemplateError.location(path, line, column)): error: \(message)"
        if let fix { text += "\nfix: \(fix)" }
        for note in notes { text += "\nnote: \(note)" }
        return text
    }

    static func location(_ path: String, _ line: Int, _ column: Int) -> String {
        line > 0 ? "\(path):\(line):\(column)" : path
    }
}
