import Foundation

/// Checks links written as `/path` in the content against the pages and files the build plans,
/// so a link to a page that does not exist is an error at its line and column.
enum RootRelativeLinks {
    static func check(site: Site, outputPaths: Set<String>) -> [Diagnostic] {
        let urls = site.config.urls
        let base = urls.base.path
        var diagnostics: [Diagnostic] = []
        for link in site.rootRelativeLinks {
            var path = link.destination
            if let cut = path.firstIndex(where: { $0 == "#" || $0 == "?" }) { path = String(path[..<cut]) }
            path = path.removingPercentEncoding ?? path
            guard let inside = urls.relativePath(of: path) else {
                diagnostics.append(.error(
                    "the link '\(link.destination)' is outside the site's path '\(base)'", at: link.location,
                    fix: "write the link relative to the Markdown file, e.g. ../pages/impressum.md, so Zeche adds the path"))
                continue
            }
            let candidates = inside.isEmpty || inside.hasSuffix("/") ? [inside + "index.html"] : [inside, inside + "/index.html"]
            if !candidates.contains(where: outputPaths.contains) {
                let near = Suggestion.nearest(to: inside, in: outputPaths.filter { $0.hasSuffix("index.html") }.map { String($0.dropLast("index.html".count)) })
                diagnostics.append(.error(
                    "the link '\(link.destination)' points to no page of the site\(near.map { "; did you mean '\(base)\($0)'?" } ?? "")",
                    at: link.location, fix: "check the address, or link to the Markdown file itself (e.g. ../pages/impressum.md)"))
            }
        }
        return diagnostics
    }
}
