import Foundation
import TextCore

/// Where a Markdown body is shown, for its links that lead to pages by their address: written
/// relative to the page (`../andere-meldung/`), or as the site's own absolute URL.
struct BodyPlace: Sendable, Equatable {
    let urls: SiteURLs
    /// The root-relative URL of the page that shows the body; `nil` for a file that has no
    /// page (its front matter has errors).
    let pageURL: String?
    /// Whether the page shows a cover image above the body: then the body's first image is
    /// not the page's first, and loads lazily like the others.
    var hasCover = false

    /// The site link for a destination that is not a content file: the site's own absolute
    /// URL, a root-relative path, or (with `lookedForFile`) a path relative to the page.
    /// `nil` for a link to another host or one that cannot be resolved.
    func siteLink(_ destination: String, at location: SourceLocation, lookedForFile: String? = nil) -> SiteLink? {
        // Bytes, not characters: every link of every body passes here (and Foundation's
        // `contains` on a string searched through a copy of it as UTF-16).
        var path = Substring(destination)
        if let cut = path.utf8.firstIndex(where: { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "?") }) { path = path[..<cut] }
        let origin = urls.base.origin
        let isRootRelative = path.utf8.first == UInt8(ascii: "/")
        // The origin starts with its scheme: a root-relative path cannot start with it.
        if !isRootRelative, path.count > origin.count, path.lowercased().hasPrefix(origin.lowercased() + "/") {
            path = path.dropFirst(origin.count)
        } else if isRootRelative ? path.utf8.dropFirst().first == UInt8(ascii: "/") : path.utf8.contains(UInt8(ascii: ":")) {
            return nil
        } else if !isRootRelative {
            guard let pageURL, let resolved = Self.resolve(String(path), against: pageURL) else { return nil }
            path = Substring(resolved)
        }
        let text = String(path)
        let decoded = text.utf8.contains(UInt8(ascii: "%")) ? (text.removingPercentEncoding ?? text) : text
        return SiteLink(destination: destination, path: decoded, location: location, lookedForFile: lookedForFile)
    }

    /// `relative` resolved against the folder of `pageURL` (`/a/b/` → `/a/b/`, `/a/b.html` →
    /// `/a/`), with `.` and `..` taken out; `nil` when it climbs above the root.
    static func resolve(_ relative: String, against pageURL: String) -> String? {
        let folder = pageURL.hasSuffix("/") ? pageURL : String(pageURL[...(pageURL.lastIndex(of: "/") ?? pageURL.startIndex)])
        guard let parts = PathSegments.resolved(folder + relative) else { return nil }
        let trailing = relative.hasSuffix("/") || relative.isEmpty || relative.hasSuffix("/.") || relative.hasSuffix("/..") || relative == "." || relative == ".."
        return "/" + parts.joined(separator: "/") + (trailing && !parts.isEmpty ? "/" : "")
    }
}
