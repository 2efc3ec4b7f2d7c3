/// Every problem found while loading a template library, sorted by path, line and column.
public struct TemplateLoadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The problems, sorted by path, line and column.
    public var errors: [TemplateError]

    /// Collects `errors`, sorting them by path, line and column.
    public init(errors: [TemplateError]) {
        self.errors = errors.sorted { ($0.path, $0.line, $0.column) < ($1.path, $1.line, $1.column) }
    }

    /// Each error's description, one after the other.
    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}
