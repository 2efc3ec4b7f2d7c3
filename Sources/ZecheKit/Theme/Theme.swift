import Mustache

/// The theme one run of the pipeline renders with: the compiled templates, the assets to copy,
/// and the signature of every template file, to tell what changed since another run.
struct Theme: Sendable {
    let library: TemplateLibrary
    /// Each template file (site-relative, `Templates/partials/x.mustache`) with its signature.
    let templateFiles: [String: FileSignature]
    /// The files of `Templates/assets/`, site-relative, sorted.
    let assets: [String]
    /// What is wrong with the theme's files that does not stop them from compiling.
    let diagnostics: [Diagnostic]

    /// The names of the templates (`article`, `header`, `partials/a` → `a`) whose files
    /// differ between `files` (another run's template files with their signatures: the last
    /// run's theme, or the build cache's) and this theme, added or removed ones included.
    func changedTemplates(since files: [String: FileSignature]) -> Set<String> {
        let paths = Set(templateFiles.keys).union(files.keys).filter { templateFiles[$0] != files[$0] }
        return Set(paths.map(Self.templateName))
    }

    /// Whether a page of `template` must be rendered anew when `changed` templates changed:
    /// it or a partial or parent it uses is among them.
    func uses(_ changed: Set<String>, from template: String) -> Bool {
        if changed.isEmpty { return false }
        if changed.contains(template) { return true }
        guard let dependencies = library.dependencies(of: template) else { return true }
        return dependencies.usesDynamicNames || !dependencies.names.isDisjoint(with: changed)
    }

    /// `Templates/x.mustache` → `x`, `Templates/partials/a/b.mustache` → `a/b`.
    static func templateName(_ path: String) -> String {
        let inside = path.dropFirst("Templates/".count).dropLast(".mustache".count)
        return inside.hasPrefix("partials/") ? String(inside.dropFirst("partials/".count)) : String(inside)
    }
}
