/// An error or warning about the site, reported like a compiler's: where, what, and how to fix it.
public struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    /// A further place that explains the diagnostic, such as the template that included a partial.
    public struct Note: Sendable, Hashable {
        public var location: SourceLocation?
        public var message: String

        public init(_ message: String, at location: SourceLocation? = nil) {
            self.location = location
            self.message = message
        }
    }

    public var severity: Severity
    public var location: SourceLocation?
    /// What is wrong, with the user's own text in 'quotes'.
    public var message: String
    /// What to do about it, when there is a clear fix.
    public var fix: String?
    public var notes: [Note]

    public init(_ severity: Severity, _ message: String, at location: SourceLocation?, fix: String? = nil, notes: [Note] = []) {
        self.severity = severity
        self.location = location
        self.message = message
        self.fix = fix
        self.notes = notes
    }

    public static func error(_ message: String, at location: SourceLocation?, fix: String? = nil, notes: [Note] = []) -> Diagnostic {
        Diagnostic(.error, message, at: location, fix: fix, notes: notes)
    }

    public static func warning(_ message: String, at location: SourceLocation?, fix: String? = nil, notes: [Note] = []) -> Diagnostic {
        Diagnostic(.warning, message, at: location, fix: fix, notes: notes)
    }

    public var isError: Bool { severity == .error }

    /// The first line as a compiler prints it: `path:line:column: error: message`.
    public var headline: String {
        if let location { return "\(location): \(severity.rawValue): \(message)" }
        return "\(severity.rawValue): \(message)"
    }

    /// The headline with its `fix:` and `note:` lines, without the quoted source line.
    public var description: String {
        var lines = [headline]
        if let fix { lines.append("fix: \(fix)") }
        for note in notes {
            lines.append(note.location.map { "note: \(note.message) \($0)" } ?? "note: \(note.message)")
        }
        return lines.joined(separator: "\n")
    }

    /// Diagnostics sort by file, line and column; those without a place come first.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        switch (lhs.location, rhs.location) {
        case let (left?, right?):
            if left != right { return left < right }
        case (nil, _?): return true
        case (_?, nil): return false
        case (nil, nil): break
        }
        if lhs.severity != rhs.severity { return lhs.severity == .error }
        return lhs.message < rhs.message
    }
}

extension Array where Element == Diagnostic {
    /// Whether any of the diagnostics is an error.
    public var containsErrors: Bool { contains(where: \.isError) }
}
