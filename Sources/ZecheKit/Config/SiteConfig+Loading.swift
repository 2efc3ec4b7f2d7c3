public import Foundation

extension SiteConfig {
    /// Reads only `site.yml` of the site in `root`: the configuration, or `nil` with what is
    /// wrong with it.
    public static func load(root: URL) -> (SiteConfig?, [Diagnostic]) {
        SiteLoader.loadConfig(root: root)
    }
}
