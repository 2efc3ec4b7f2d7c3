import Foundation
import TextCore

/// Where the posts and pages of an export were on the old site and where they are now, to
/// point links between them at the Markdown files and to list the old paths as aliases.
struct WordPressLinks {
    /// The old blog's address without a trailing slash: `https://example.com/blog`.
    let blogURL: String
    /// Its host in lower case.
    let host: String
    /// Its path without a trailing slash: `/blog`, or empty.
    let basePath: String
    /// Old path (below the blog, with a trailing slash) or `?p=ID` → site-relative file.
    private(set) var files: [String: String] = [:]
    /// The last segment of each old post path (its slug) → the item's id, for links with a
    /// wrong date or folder, which WordPress itself redirects by slug; a slug of two items
    /// leads nowhere.
    private var idsBySlug: [String: Int?] = [:]

    init(blogURL: String) {
        var url = blogURL
        while url.hasSuffix("/") { url.removeLast() }
        self.blogURL = url
        let components = URLComponents(string: url)
        host = components?.host?.lowercased() ?? ""
        var path = components?.percentEncodedPath ?? ""
        while path.hasSuffix("/") { path.removeLast() }
        basePath = path
    }

    /// Records that the item with `id`, once at `link`, is now the file at `path`.
    mutating func add(id: Int, link: String, path: String) {
        files["?p=\(id)"] = path
        files["?page_id=\(id)"] = path
        if let old = oldPath(of: link) {
            files[old] = path
            // Items are placed again once bundles are known: the same id is no second item.
            if old.hasSuffix("/"), let slug = old.split(separator: "/").last.map(String.init) {
                idsBySlug[slug] = idsBySlug[slug].map { $0 == id ? id : nil } ?? id
            }
        }
    }

    /// The path of an address of the old blog, below the blog's path, with a trailing slash
    /// for a folder-like path: `/2013/01/11/markup/`. Nil for other hosts, and for addresses
    /// that name a query, such as `/?p=123` (those are keyed as `?p=123`).
    func oldPath(of link: String) -> String? {
        guard let components = URLComponents(string: link.trimmingCharacters(in: .whitespaces)) else { return nil }
        if let linkHost = components.host?.lowercased(), linkHost != host { return nil }
        if components.host == nil, !link.hasPrefix("/") { return nil }
        var path = components.percentEncodedPath
        if let query = components.percentEncodedQuery, !query.isEmpty {
            let pairs = query.split(separator: "&")
            if let id = pairs.first(where: { $0.hasPrefix("p=") || $0.hasPrefix("page_id=") }) { return "?" + id }
            return nil
        }
        // Paths may carry a doubled slash (`//greek/…`) and percent-encoded letters.
        while path.contains("//") { path = path.replacingOccurrences(of: "//", with: "/") }
        path = path.removingPercentEncoding ?? path
        if !basePath.isEmpty {
            guard path == basePath || path.hasPrefix(basePath + "/") else { return nil }
            path = String(path.dropFirst(basePath.count))
        }
        if path.isEmpty { path = "/" }
        if !path.hasPrefix("/") { path = "/" + path }
        let last = path.split(separator: "/").last ?? ""
        if !path.hasSuffix("/"), !last.contains(".") { path += "/" }
        return path
    }

    /// The file an old address names, with its fragment, if it is one of the imported items;
    /// `isGuessed` when only its last segment matched one item's slug (a link to
    /// `/2018/11/03/block-button/` for the post at `/2018/11/02/block-button/`, which WordPress
    /// redirects by slug).
    func file(for link: String) -> (path: String, fragment: String, isGuessed: Bool)? {
        var address = link
        var fragment = ""
        if let hash = address.firstIndex(of: "#") {
            fragment = String(address[hash...])
            address = String(address[..<hash])
        }
        guard let old = oldPath(of: address) else { return nil }
        if let path = files[old] { return (path, fragment, false) }
        guard old.hasSuffix("/"), let slug = old.split(separator: "/").last.map(String.init),
              let found = idsBySlug[slug], let id = found, let path = files["?p=\(id)"] else { return nil }
        return (path, fragment, true)
    }

    /// `target` relative to the folder of `source`; both site-relative.
    static func relative(from source: String, to target: String) -> String {
        let from = source.split(separator: "/").dropLast()
        let to = target.split(separator: "/")
        var common = 0
        while common < from.count, common < to.count - 1, from[from.startIndex + common] == to[common] { common += 1 }
        let ups = Array(repeating: "..", count: from.count - common)
        return (ups + to[common...].map(String.init)).joined(separator: "/")
    }
}

extension WordPressLinks {
    /// A relative path with `.` and `..` resolved; nil when it climbs above its start.
    static func normalizedPath(_ path: String) -> String? {
        PathSegments.resolved(path)?.joined(separator: "/")
    }
}
