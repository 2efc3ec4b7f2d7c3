/// Writes `sitemap.xml` (sitemaps.org 0.9); past 50,000 URLs, a sitemap index with parts.
struct SitemapWriter {
    struct Entry: Sendable {
        /// Root-relative site URL.
        let url: String
        let lastModified: SiteDate?
    }

    static let maximumURLsPerFile = 50_000

    let config: SiteConfig

    /// The files to write: `sitemap.xml`, and `sitemap-N.xml` parts for very large sites.
    func write(_ entries: [Entry]) -> [(path: String, text: String)] {
        guard entries.count > Self.maximumURLsPerFile else { return [("sitemap.xml", urlset(entries[...]))] }
        var files: [(String, String)] = []
        var index = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for (number, start) in stride(from: 0, to: entries.count, by: Self.maximumURLsPerFile).enumerated() {
            let part = entries[start..<min(start + Self.maximumURLsPerFile, entries.count)]
            let name = "sitemap-\(number + 1).xml"
            files.append((name, urlset(part)))
            index += "  <sitemap><loc>\(Escaping.xml(config.urls.absolute(config.urls.generated(name).url)))</loc></sitemap>\n"
        }
        files.insert(("sitemap.xml", index + "</sitemapindex>\n"), at: 0)
        return files
    }

    private func urlset(_ entries: ArraySlice<Entry>) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        xml.reserveCapacity(entries.count * 110)
        for entry in entries {
            xml += "  <url><loc>\(Escaping.xml(config.urls.absolute(Escaping.urlPath(entry.url))))</loc>"
            if let date = entry.lastModified { xml += "<lastmod>\(date.iso8601)</lastmod>" }
            xml += "</url>\n"
        }
        return xml + "</urlset>\n"
    }
}
