import Foundation
import Mustache

/// The theme stage of the pipeline: finds, reads, checks and compiles `Templates/`, and lists
/// the assets to copy.
struct ThemeLoader: Sendable {
    let root: URL

    /// What one load found: the theme, or `nil` when it cannot be compiled, and in any case
    /// the names of the templates and the assets its files give (so that the rest of the site
    /// can still be planned and checked).
    struct Loaded {
        let theme: Theme?
        let templateNames: Set<String>
        let assets: [String]
        let diagnostics: [Diagnostic]
    }

    /// The theme; `previous` is reused when no template file was added, removed or changed
    /// since it was loaded.
    func load(reusing previous: Theme?) -> Loaded {
        let folder = root.appendingPathComponent("Templates")
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            return Loaded(theme: nil, templateNames: [], assets: [], diagnostics: [.error(
                "the site has no 'Templates/' folder", at: SourceLocation(path: "Templates/"),
                fix: "copy a theme into Templates/ (zeche init writes the default theme)")])
        }
        var walker = FolderWalker()
        let files = walker.files(in: "Templates", root: root)
        // Templates and interface strings are reported where they are read (the template
        // library, the site loader); the walk speaks for the other files, the assets.
        let walkDiagnostics = walker.diagnostics.filter { diagnostic in
            guard let path = diagnostic.location?.path else { return true }
            return !path.hasSuffix(".mustache") && !path.hasPrefix("Templates/i18n/")
        }
        // The templates' signatures as the walk found them.
        let signatures = walker.signatures.filter { $0.key.hasSuffix(".mustache") }
        let assets = files.filter { $0.hasPrefix("Templates/assets/") }
        if let previous, previous.templateFiles == signatures {
            let theme = Theme(library: previous.library, templateFiles: signatures, assets: assets, diagnostics: previous.diagnostics)
            return Loaded(theme: theme, templateNames: Set(theme.library.templateNames), assets: assets,
                          diagnostics: walkDiagnostics + theme.diagnostics)
        }
        let library: TemplateLibrary
        do {
            library = try TemplateLibrary(directory: folder, displayPath: "Templates")
        } catch {
            return Loaded(theme: nil, templateNames: Set(signatures.keys.map(Theme.templateName)), assets: assets,
                          diagnostics: walkDiagnostics + error.errors.map(PageRenderer.diagnostic))
        }
        // The engine copies a template's bytes as they are; bytes that are not UTF-8 would end
        // up in every page. An error at the first of them, as for content files.
        var diagnostics: [Diagnostic] = []
        for name in library.templateNames {
            guard let path = library.displayPath(of: name),
                  let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else { continue }
            diagnostics += SourceFile.decode(data, path: path).diagnostics
        }
        let theme = Theme(library: library, templateFiles: signatures, assets: assets, diagnostics: diagnostics)
        return Loaded(theme: theme, templateNames: Set(library.templateNames), assets: assets, diagnostics: walkDiagnostics + diagnostics)
    }
}
