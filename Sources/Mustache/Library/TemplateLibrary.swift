/// Every template of a site, compiled once and rendered many times, concurrently.
///
/// Load a folder with ``init(directory:displayPath:)``: `Templates/*.mustache` are templates
/// named after their file (`article`), `Templates/partials/**/*.mustache` are partials named by
/// their path below `partials/` (`header`, `article/meta`). All share one namespace, so
/// `{{<layout}}` and `{{>header}}` find either kind. Partials and parents are resolved to
/// compiled templates when the library loads; dynamic names (`{{>*name}}`) when rendering.
///
/// The engine implements the Mustache spec with its optional inheritance (`{{<parent}}`,
/// `{{$block}}`) and dynamic-names modules. Lambdas are not supported: template data comes from
/// content files, not code, so there is never a function to call.
///
/// A library is an immutable value: render from as many threads as you like, each with its own
/// ``RenderBuffer``.
public struct TemplateLibrary: Sendable {
    let program: Program
    let names: [String: Int32]

    /// The names of all templates and partials, sorted.
    public var templateNames: [String] { names.keys.sorted() }

    /// Whether a template or partial called `name` exists.
    public func contains(_ name: String) -> Bool { names[name] != nil }

    /// The path messages show for the template called `name`, e.g. `Templates/article.mustache`.
    public func displayPath(of name: String) -> String? {
        names[name].map { program.templates[Int($0)].displayPath }
    }

    /// Renders the template called `name` with `context` as the root of the context stack,
    /// appending to `buffer`.
    ///
    /// In strict mode, each name that is not set (an absent key; `null` counts as set) and each
    /// partial or parent that does not exist adds one warning per template location to
    /// `warnings`; otherwise they render as nothing, as the spec says.
    ///
    /// - Throws: ``TemplateError`` when no template is called `name`, or when partials, parents
    ///   and blocks nest more than 64 deep (a template that includes itself without end).
    public func render(
        _ name: String,
        _ context: TemplateValue,
        into buffer: inout RenderBuffer,
        strict: Bool = false,
        warnings: inout [TemplateWarning]
    ) throws(TemplateError) {
        guard let index = names[name] else { throw unknownTemplate(name) }
        var renderer = Renderer(program: program, names: names, context: context, isStrict: strict)
        try renderer.render(template: index, into: &buffer)
        warnings.append(contentsOf: renderer.warnings)
    }

    /// Renders the template called `name` into `buffer` as the spec says: names that are not
    /// set and missing partials render as nothing.
    public func render(_ name: String, _ context: TemplateValue, into buffer: inout RenderBuffer) throws(TemplateError) {
        guard let index = names[name] else { throw unknownTemplate(name) }
        var renderer = Renderer(program: program, names: names, context: context, isStrict: false)
        try renderer.render(template: index, into: &buffer)
    }

    /// Renders the template called `name` and returns the text.
    public func render(_ name: String, _ context: TemplateValue) throws(TemplateError) -> String {
        var buffer = RenderBuffer(capacity: 4096)
        try render(name, context, into: &buffer)
        return buffer.string
    }

    /// Renders the template called `name` and returns the text; in strict mode warnings are
    /// appended to `warnings`.
    public func render(
        _ name: String, _ context: TemplateValue, strict: Bool, warnings: inout [TemplateWarning]
    ) throws(TemplateError) -> String {
        var buffer = RenderBuffer(capacity: 4096)
        try render(name, context, into: &buffer, strict: strict, warnings: &warnings)
        return buffer.string
    }

    private func unknownTemplate(_ name: String) -> TemplateError {
        var message = "no template is called '\(name)'"
        if let suggestion = Suggestion.nearest(to: name, among: Set(names.keys)) {
            message += "; did you mean '\(suggestion)'?"
        }
        return TemplateError(path: name, line: 0, column: 0, message: message)
    }
}
