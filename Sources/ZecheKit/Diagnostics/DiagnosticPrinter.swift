/// Prints diagnostics like a compiler: the headline, the source line with a caret under the
/// column, then `fix:` and `note:` lines. Control and bidirectional formatting characters of
/// the user's text are printed as `<U+202E>`, so that they can neither reorder nor recolour
/// what the terminal shows.
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
        let message = InvisibleCharacter.visible(diagnostic.message)
        if let location = diagnostic.location {
            lines.append("\(InvisibleCharacter.visible(location.description)): \(colored): \(message)")
            if location.line > 0, let text = lineSource(location.path, location.line) {
                // Each character written as `<U+202E>` before the column moves the caret along.
                var shown = String.UnicodeScalarView()
                var caret = max(location.column, 1) - 1
                for (index, scalar) in text.unicodeScalars.enumerated() {
                    if scalar == "\t" {
                        shown.append(" ")
                    } else if InvisibleCharacter.isInvisible(scalar) {
                        shown.append(contentsOf: "<\(InvisibleCharacter.code(scalar))>".unicodeScalars)
                        if index + 1 < location.column { caret += 7 }
                    } else {
                        shown.append(scalar)
                    }
                }
                let (excerpt, excerptCaret) = Self.excerpt(Array(shown), caret: caret)
                lines.append("    " + excerpt)
                lines.append("    " + String(repeating: " ", count: excerptCaret) + "^")
            }
        } else {
            lines.append("\(colored): \(message)")
        }
        if let fix = diagnostic.fix { lines.append("fix: \(InvisibleCharacter.visible(fix))") }
        for note in diagnostic.notes {
            let text = note.location.map { "note: \(note.message) \($0)" } ?? "note: \(note.message)"
            lines.append(InvisibleCharacter.visible(text))
        }
        return lines.joined(separator: "\n")
    }

    /// How many characters of a source line are shown at most.
    static let maxExcerptWidth = 120

    /// The part of a long line around the caret, with `…` where it was cut, and the caret's
    /// column in it. A 20,000-character front matter line or a minified file would otherwise
    /// fill the terminal for every error in it.
    static func excerpt(_ scalars: [Unicode.Scalar], caret: Int) -> (String, caret: Int) {
        guard scalars.count > maxExcerptWidth else { return (String(String.UnicodeScalarView(scalars)), caret) }
        let start = max(0, min(caret - maxExcerptWidth / 2, scalars.count - maxExcerptWidth))
        let end = start + maxExcerptWidth
        var text = String(String.UnicodeScalarView(scalars[start..<end]))
        var shifted = caret - start
        if start > 0 {
            text = "…" + text
            shifted += 1
        }
        if end < scalars.count { text += "…" }
        return (text, shifted)
    }

    /// All diagnostics, sorted, each followed by a blank line.
    public func format(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.sorted().map { format($0) + "\n" }.joined(separator: "\n")
    }
}
