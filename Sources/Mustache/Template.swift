/// One compiled template of a ``TemplateLibrary``: where its code starts, and what it was
/// compiled from.
///
/// A template is parsed once into instructions (see ``Instruction``) and rendered many times,
/// concurrently: it is an immutable value. Partials and parents named in it are resolved to
/// template indices when the library is loaded; only dynamic names (`{{>*name}}`) are looked up
/// while rendering.
///
/// Lambdas (the spec's optional `~lambdas` module) are not supported: template data comes from
/// content files, not code, so there is never a function to call.
struct Template: Sendable {
    /// The name partials and parents use: `article`, or `article/meta` for a partial.
    var name: String
    /// The path messages show: `Templates/article.mustache`.
    var displayPath: String
    /// The source, kept to compute line and column when a message is reported.
    var source: [UInt8]
    /// The first instruction in `Program.code`.
    var entry: Int32 = 0
    /// Names of partials and parents used with a static name, in order of first use.
    var references: [String] = []
    /// Whether the template uses a dynamic partial or parent name.
    var hasDynamicReferences = false
}
