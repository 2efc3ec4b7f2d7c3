extension ImportPlan {
    /// A `site.yml` for a new site from what the source told about itself: its title,
    /// description, address and language, the default permalink, and a footer menu with the
    /// imported pages.
    public func siteConfig(source: String) -> String {
        let title = (siteTitle ?? "").isEmpty ? "Newsroom" : siteTitle ?? "Newsroom"
        var url = siteURL ?? ""
        if !(url.hasPrefix("http://") || url.hasPrefix("https://")) { url = "https://news.example.com/" }
        if !url.hasSuffix("/") { url += "/" }
        let language = Self.languageTag(siteLanguage)
        let german = language.hasPrefix("de")
        var lines = [
            "# Imported from \(source). Check the address and the time zone.",
            "title: " + YAMLWriter.scalar(title),
        ]
        if let description = siteDescription, !description.isEmpty {
            lines.append("description: " + YAMLWriter.scalar(description))
        }
        lines += [
            "url: " + YAMLWriter.scalar(url),
            "language: " + language,
            "# Imported dates carry their offset where the source had one; others are read in this zone.",
            "timezone: " + (german ? "Europe/Berlin" : "UTC"),
            "# The old addresses of articles and pages are their 'aliases:'.",
            "permalink: /:year/:month/:slug/",
            "paginate: 10",
            "feed: full",
        ]
        // Articles name their categories; Zeche's list of them is closed, so it is written here.
        var categories: [String] = []
        for document in documents {
            guard case .list(let names) = document.fields["categories"] ?? .list([]) else { continue }
            for case .text(let name) in names where !categories.contains(name) { categories.append(name) }
        }
        if !categories.isEmpty {
            lines.append("# The categories the archive uses; articles name them by their title.")
            lines.append("categories: [" + categories.sorted().map(YAMLWriter.scalar).joined(separator: ", ") + "]")
        }
        lines += [
            "menus:",
            "  main:",
            "    - title: " + (german ? "Newsroom" : "Newsroom"),
            "      url: /",
            "    - title: " + (german ? "Themen" : "Topics"),
            "      url: /tags/",
            "    - title: " + (german ? "Autorinnen und Autoren" : "Authors"),
            "      url: /authors/",
        ]
        let pages = documents.filter { menuPages.contains($0.path) }
        if !pages.isEmpty {
            lines.append("  footer:")
            for page in pages.prefix(12) {
                guard case .text(let pageTitle) = page.fields["title"] ?? .text("") else { continue }
                lines.append("    - title: " + YAMLWriter.scalar(pageTitle))
                lines.append("      url: /" + MarkdownName.stem(page.path) + "/")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The source's language as a tag Zeche takes (`en-US`), English when there is none.
    public static func languageTag(_ language: String?) -> String {
        let tag = (language ?? "").replacingOccurrences(of: "_", with: "-")
        let isTag = !tag.isEmpty && tag.count <= 35 && tag.allSatisfy { ($0.isASCII && $0.isLetter) || $0.isNumber || $0 == "-" }
            && tag.first?.isLetter == true
        return isTag ? tag : "en"
    }
}
