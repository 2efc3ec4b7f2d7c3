import Mustache

/// Renders planned pages with the theme's templates, in strict mode so that names a template
/// uses but the context lacks become warnings.
struct PageRenderer: Sendable {
    let templates: TemplateLibrary
    /// One per language, in the order of `MultilingualSite.sites`.
    let contexts: [ContextBuilder]

    /// Renders `job` into `buffer` (emptied first); returns the error, if the template failed.
    func render(_ job: RenderJob, into buffer: inout RenderBuffer, warnings: inout [TemplateWarning]) -> Diagnostic? {
        buffer.removeAll(keepingCapacity: true)
        do {
            try templates.render(job.template, contexts[job.language].context(for: job), into: &buffer, strict: true, warnings: &warnings)
            return nil
        } catch {
            return Self.diagnostic(error)
        }
    }

    static func diagnostic(_ error: TemplateError) -> Diagnostic {
        .error(error.message, at: error.line > 0 ? SourceLocation(path: error.path, line: error.line, column: error.column) : SourceLocation(path: error.path),
               fix: error.fix, notes: error.notes.map { Diagnostic.Note($0) })
    }

    /// A name or partial that the template uses but the page lacks: an error, since the page
    /// would show an empty place (`<h1></h1>` for `{{titel}}`); a warning for a site that
    /// asks for lenient templates.
    static func diagnostic(_ warning: TemplateWarning, isError: Bool) -> Diagnostic {
        let location = SourceLocation(path: warning.path, line: warning.line, column: warning.column)
        guard isError else { return .warning(warning.message, at: location) }
        let fix = warning.message.hasPrefix("partial ")
            ? "correct the partial's name, or create it in Templates/partials/"
            : "use a name the page has (README: Templates), or test an optional one with {{#name}}…{{/name}}"
        return .error(warning.message, at: location, fix: fix)
    }
}
