/// What a build or check did: its diagnostics and what it produced.
public struct BuildReport: Sendable {
    /// Errors and warnings, sorted by file, line and column.
    public var diagnostics: [Diagnostic]
    /// HTML pages rendered.
    public var pageCount: Int = 0
    public var articleCount: Int = 0
    public var tagCount: Int = 0
    public var authorCount: Int = 0
    /// All files of the output, pages included.
    public var fileCount: Int = 0

    /// Whether the build wrote its output (no error anywhere).
    public var succeeded: Bool { !diagnostics.containsErrors }

    public var errorCount: Int { diagnostics.filter(\.isError).count }
    public var warningCount: Int { diagnostics.count - errorCount }
}
