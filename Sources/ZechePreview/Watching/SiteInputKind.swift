import ZecheKit

/// What a changed input file is to the site build.
public enum SiteInputKind: String, Sendable, Hashable, CaseIterable {
    /// An article, author or page: a Markdown file under `Content/`.
    case content
    /// A template, partial or interface-strings file under `Templates/` (not its assets).
    case template
    /// `site.yml`.
    case config
    /// A file copied as it is: anything under `Templates/assets/`, and non-Markdown files under
    /// `Content/` such as images.
    case asset

    /// The kind of the input at `path`, relative to the site root with `/` separators; `nil`
    /// for paths the build does not read. A folder that vanished as a whole counts as content
    /// when under `Content/`, since it may have held articles.
    static func classify(_ path: String, isFolder: Bool = false) -> SiteInputKind? {
        if path == "site.yml" { return .config }
        if path.hasPrefix("Templates/assets/") || path == "Templates/assets" { return .asset }
        if path.hasPrefix("Templates/") || path == "Templates" { return .template }
        if path.hasPrefix("Content/") || path == "Content" {
            if isFolder { return .content }
            return MarkdownFileName.isMarkdown(path) ? .content : .asset
        }
        return nil
    }
}
