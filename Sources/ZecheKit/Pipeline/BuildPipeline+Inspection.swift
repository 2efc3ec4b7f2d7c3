public import Foundation
public import FrontMatter

extension BuildPipeline {
    /// Only the content stage: the site as far as it resolves, with the diagnostics of the
    /// content (`zeche inspect`).
    public mutating func loadContent() -> (site: Site, diagnostics: [Diagnostic]) {
        let loaded = loadLanguages()
        return (loaded.sites.defaultSite, loaded.diagnostics)
    }

    /// Only the content stage, with the site of every language (`zeche inspect`).
    public mutating func loadLanguages() -> (sites: MultilingualSite, diagnostics: [Diagnostic]) {
        let loaded = SiteLoader(root: root).load(options, cache: &cache.content)
        return (loaded.sites, loaded.diagnostics)
    }

    /// The front matter of one file as a build reads it, for `zeche inspect`: `nil` when the
    /// file has none, and the errors of a file that is not UTF-8 or whose front matter cannot
    /// be read (positions are in the file, `path` is relative to `root`).
    public static func frontMatter(of path: String, root: URL) -> (frontMatter: YAMLNode?, diagnostics: [Diagnostic]) {
        guard let contents = SourceFile.read(path, root: root) else {
            return (nil, [.error("cannot read '\(path)'", at: SourceLocation(path: path), fix: "check its permissions")])
        }
        let document = ContentDocument(path: path, text: contents.text)
        return (document.frontMatter, contents.diagnostics + (contents.wasRead ? document.diagnostics : []))
    }
}
