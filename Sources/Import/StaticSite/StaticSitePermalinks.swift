import Foundation

/// The address a Jekyll or Hugo site gave a file, below the site's own path: the old URL
/// that an `aliases:` entry keeps working.
enum StaticSitePermalinks {
    struct Facts {
        var kind: StaticSiteImporter.Kind
        /// The path relative to the posts or content folder, without extension: `2019/a-post`.
        var relativeStem: String
        /// The folders between the content folder and the file.
        var folders: [String]
        /// The file's name without extension (a bundle's folder name).
        var fileName: String
        /// The name in the address (Jekyll's title from the file name, or the slug).
        var slug: String
        var title: String
        /// `YYYY-MM-DD…` or nil for pages.
        var date: String?
        var categories: [String]
        var isPost: Bool
        var isJekyllPostsFolder: Bool
    }

    /// The old path with a leading `/`, or nil when there is none to give.
    static func path(_ facts: Facts, config: StaticSiteConfig, explicit: String?) -> String? {
        if let explicit, !explicit.isEmpty { return normalized(explicit) }
        switch facts.kind {
        case .jekyll:
            guard facts.isJekyllPostsFolder, facts.isPost, let date = facts.date else {
                // A page, or a post of a plain folder: its place in the folder.
                let pretty = config.permalink == "pretty" || config.permalink.hasSuffix("/")
                let folder = facts.folders.isEmpty ? "" : facts.folders.joined(separator: "/") + "/"
                return facts.isJekyllPostsFolder && !pretty ? "/" + folder + facts.slug + ".html" : "/" + folder + facts.slug + "/"
            }
            let pattern: String
            switch config.permalink {
            case "", "date": pattern = "/:categories/:year/:month/:day/:title:output_ext"
            case "pretty": pattern = "/:categories/:year/:month/:day/:title/"
            case "ordinal": pattern = "/:categories/:year/:y_day/:title:output_ext"
            case "none": pattern = "/:categories/:title:output_ext"
            default: pattern = config.permalink
            }
            return expand(pattern, facts: facts, date: date)
        case .hugo:
            let section = facts.folders.first ?? ""
            if facts.isPost, let pattern = config.sectionPermalinks[section], let date = facts.date {
                return expand(pattern, facts: facts, date: date)
            }
            let folder = facts.folders.isEmpty ? "" : facts.folders.joined(separator: "/").lowercased() + "/"
            return "/" + folder + facts.slug.lowercased() + "/"
        }
    }

    private static func expand(_ pattern: String, facts: Facts, date: String) -> String {
        let year = String(date.prefix(4)), month = String(date.dropFirst(5).prefix(2)), day = String(date.dropFirst(8).prefix(2))
        let categories = facts.categories.map { $0.lowercased().replacingOccurrences(of: " ", with: "-") }.joined(separator: "/")
        let replacements: [(String, String)] = [
            (":categories", categories), (":year", year), (":month", month), (":i_month", String(Int(month) ?? 0)),
            (":day", day), (":i_day", String(Int(day) ?? 0)), (":short_year", String(year.suffix(2))),
            (":title", facts.kind == .hugo ? hugoURLized(facts.title) : facts.slug), (":slug", facts.slug),
            (":filename", facts.fileName), (":contentbasename", facts.fileName),
            (":section", facts.folders.first ?? ""), (":output_ext", ".html"), (":y_day", ""),
        ]
        var path = pattern
        // Longest names first, so that `:i_month` is not read as `:i` and `_month`.
        for (name, value) in replacements.sorted(by: { $0.0.count > $1.0.count }) {
            path = path.replacingOccurrences(of: name, with: value)
        }
        return normalized(path)
    }

    /// Hugo's `urlize`: lower case, spaces as `-`, letters and digits kept.
    static func hugoURLized(_ text: String) -> String {
        var output = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || character == "-" || character == "_" { output.append(character) }
            else if character == " " { output.append("-") }
        }
        return output
    }

    /// A path with one leading `/`, no doubled slashes, and a trailing `/` unless it names a file.
    static func normalized(_ path: String) -> String {
        var parts = path.split(separator: "/").map(String.init)
        if let last = parts.last, last.hasSuffix(".md") { parts[parts.count - 1] = String(last.dropLast(3)) }
        let joined = "/" + parts.joined(separator: "/")
        let last = parts.last ?? ""
        return joined == "/" || last.contains(".") ? joined : joined + "/"
    }

    /// The key under which an old path, or a link to it, is looked up: no trailing slash or
    /// `.html`, percent escapes decoded, lower case.
    static func key(_ path: String) -> String {
        var key = path.contains("%") ? (path.removingPercentEncoding ?? path) : path
        if let cut = key.firstIndex(where: { $0 == "#" || $0 == "?" }) { key = String(key[..<cut]) }
        while key.hasSuffix("/") { key.removeLast() }
        if key.hasSuffix(".html") { key.removeLast(5) }
        if key.hasSuffix("/index") { key.removeLast(6) }
        return key.lowercased()
    }
}
