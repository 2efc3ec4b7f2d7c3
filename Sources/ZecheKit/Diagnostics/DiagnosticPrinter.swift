/// Prints diagnostics like a compiler: the headline, the source line with a caret under the
/// column, then `fix:` and `note:` lines.
public struct DiagnosticPrinter: Sendable {
    /// Returns the text of a 1-based line of a file, or `nil` if it cannot be read.
    public typealias LineSource = @Sendable (_ path: String, _ line: Int) -> String?

    private let lineSource: LineSource
    private let usesColor: Bool

    public init(usesColor: Bool = false, lineSource: @escaping LineSource) {
        self.usesColor = usesColor
        self.lineSource = lineSource
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        var lines: [String] = []
        let label = diagnostic.severity.rawValue
        let colored = usesColor ? (diagnostic.isError ? "\u{1B}[1;31m\(label)\u{1B}[0m" : "\u{1B}[1;35m\(label)\u{1B}[0m") : label
        if let location = diagnostic.location {
            lines.append("\(location): \(colored): \(diagnostic.message)")
            if location.line > 0, let text = lineSource(location.path, location.line) {
                let shown = String(text.unicodeScalars.map { $0 == "\t" ? " " : Character($0) })
                lines.append("    " + shown)
                lines.append("    " + String(repeating: " ", count: max(location.column, 1) - 1) + "^")
            }
        } else {
            lines.append("\(colored): \(diagnostic.message)")
        }
        if let fix = diagnostic.fix { lines.append("fix: \(fix)") }
        for note in diagnostic.notes {
            lines.append(note.location.map { "note: \(note.message) \($0)" } ?? "note: \(note.message)")
        }
        return lines.joined(separator: "\n")
    }

    /// All diagnostics, sorted, each followed by a blank line.
    public func format(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.sorted().map { format($0) + "\n" }.joined(separator: "\n")
    }
}
