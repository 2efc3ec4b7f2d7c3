/// Writes `sitemap.xml` (sitemaps.org 0.9); past 50,000 URLs, a sitemap index with parts. A page
/// with versions in other languages lists them as `xhtml:link` alternates (Google's format for
/// localized pages).
struct SitemapWriter {
    struct Entry: Sendable {
        /// Root-relative site URL.
        let url: String
        let lastModified: SiteDate?
        /// The page's versions in every language, its own included; empty for a page in one language.
        var alternates: [PageAlternates.Link] = []
    }

    static let maximumURLsPerFile = 50_000

    let config: SiteConfig

    /// The files to write: `name` (`sitemap.xml`), and `sitemap-N.xml` parts (`sitemap-en-N.xml`
    /// for `sitemap-en.xml`) for very large sites.
    func write(_ entries: [Entry], name: String = GeneratedFiles.sitemap) -> [(path: String, text: String)] {
        guard entries.count > Self.maximumURLsPerFile else { return [(name, urlset(entries[...]))] }
        let names = Self.partNames(count: entries.count, name: name)
        let parts = zip(names, stride(from: 0, to: entries.count, by: Self.maximumURLsPerFile)).map { partName, start in
            (partName, urlset(entries[start..<min(start + Self.maximumURLsPerFile, entries.count)]))
        }
        return [(name, index(names))] + parts
    }

    /// The files `write` makes of `count` entries: `name`, then its parts if it has any.
    static func fileNames(count: Int, name: String = GeneratedFiles.sitemap) -> [String] {
        [name] + (count > maximumURLsPerFile ? partNames(count: count, name: name) : [])
    }

    /// `sitemap-1.xml`, `sitemap-2.xml` … for `count` entries in a sitemap named `name`.
    private static func partNames(count: Int, name: String) -> [String] {
        let stem = name.hasSuffix(".xml") ? String(name.dropLast(4)) : name
        return (0..<((count + maximumURLsPerFile - 1) / maximumURLsPerFile)).map { "\(stem)-\($0 + 1).xml" }
    }

    /// A sitemap index that lists the sitemaps `names`, files at the top of the site.
    func index(_ names: [String]) -> String {
        var index = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for name in names {
            index += "  <sitemap><loc>\(Escaping.xml(config.urls.absolute(config.urls.generated(name).url)))</loc></sitemap>\n"
        }
        return index + "</sitemapindex>\n"
    }

    /// Made as bytes: a sitemap has an entry for every page, 17,000 at 10,000 articles.
    private func urlset(_ entries: ArraySlice<Entry>) -> String {
        let hasAlternates = entries.contains { !$0.alternates.isEmpty }
        var xml: [UInt8] = []
        xml.reserveCapacity(entries.count * 110 + 200)
        xml.append(contentsOf: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"".utf8)
        xml.append(contentsOf: (hasAlternates ? " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n" : ">\n").utf8)
        var origin: [UInt8] = []
        Escaping.appendXML(config.urls.base.origin, to: &origin)
        // `Escaping.xml(config.urls.absolute(Escaping.urlPath(url)))`, without the strings between.
        func appendLocation(_ url: String) {
            if !url.hasURLScheme { xml.append(contentsOf: origin) }
            Escaping.appendXMLURLPath(url, to: &xml)
        }
        for entry in entries {
            xml.append(contentsOf: "  <url><loc>".utf8)
            appendLocation(entry.url)
            xml.append(contentsOf: "</loc>".utf8)
            if let date = entry.lastModified {
                xml.append(contentsOf: "<lastmod>".utf8)
                xml.append(contentsOf: date.iso8601.utf8)
                xml.append(contentsOf: "</lastmod>".utf8)
            }
            for link in entry.alternates {
                xml.append(contentsOf: "\n    <xhtml:link rel=\"alternate\" hreflang=\"".utf8)
                Escaping.appendXML(link.hreflang, to: &xml)
                xml.append(contentsOf: "\" href=\"".utf8)
                appendLocation(link.url)
                xml.append(contentsOf: "\"/>".utf8)
            }
            xml.append(contentsOf: (entry.alternates.isEmpty ? "</url>\n" : "\n  </url>\n").utf8)
        }
        xml.append(contentsOf: "</urlset>\n".utf8)
        return String(decoding: xml, as: UTF8.self)
    }
}
