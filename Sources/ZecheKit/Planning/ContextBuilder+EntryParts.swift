import Mustache

extension ContextBuilder {
    /// The parts of list entries that many articles have alike: the value of each tag,
    /// category and section, and the byline of each set of authors. Made once, every entry
    /// holds the same value (a `TemplateValue` object shares its storage), so that an
    /// archive's entries do not each hold copies of them: at 100,000 articles those copies
    /// were a third of the entries' memory.
    struct EntryParts: Sendable {
        /// By tag slug: name, slug and URL.
        let tags: [String: TemplateValue]
        /// By category id: the entry of `categories` and the kicker of an article without a section.
        let categories: [String: (value: TemplateValue, kicker: TemplateValue)]
        /// By section id: the entry of `section` and its kicker.
        let sections: [String: (value: TemplateValue, kicker: TemplateValue)]
        /// By the authors' ids in the article's order: `byline` and `authors_text`; only for
        /// the sets that `articles` had when the parts were made.
        private let bylines: [[String]: (byline: TemplateValue, text: TemplateValue)]

        /// The parts of `site`, with the bylines of `articles` (none: each entry makes its own).
        init(site: Site, articles: [Article] = []) {
            tags = Dictionary(site.tags.map { tag in
                (tag.slug, ["name": .string(tag.name), "slug": .string(tag.slug), "url": .string(tag.url)])
            }, uniquingKeysWith: { first, _ in first })
            let urls = site.config.urls
            categories = Dictionary(site.newsroom.categories.map { category in
                let url = TemplateValue.string(urls.category(id: category.id).url)
                return (category.id, (["id": .string(category.id), "title": .string(category.title), "url": url],
                                      ["title": .string(category.title), "url": url]))
            }, uniquingKeysWith: { first, _ in first })
            sections = Dictionary(site.newsroom.sections.map { section in
                (section.id, (["id": .string(section.id), "title": .string(section.title), "url": .string(section.url)],
                              ["title": .string(section.title), "url": .string(section.url)]))
            }, uniquingKeysWith: { first, _ in first })
            var bylines: [[String]: (byline: TemplateValue, text: TemplateValue)] = [:]
            for article in articles where bylines[article.authorIDs] == nil {
                bylines[article.authorIDs] = Self.byline(of: article.authorIDs, site: site)
            }
            self.bylines = bylines
        }

        /// `byline` and `authors_text` of an article by `authorIDs`.
        func byline(of authorIDs: [String], site: Site) -> (byline: TemplateValue, text: TemplateValue) {
            bylines[authorIDs] ?? Self.byline(of: authorIDs, site: site)
        }

        private static func byline(of authorIDs: [String], site: Site) -> (byline: TemplateValue, text: TemplateValue) {
            let authors = authorIDs.compactMap(site.author)
            return (ContextBuilder.byline(authors, strings: site.strings),
                    .string(ContextBuilder.joined(authors.map(\.name), strings: site.strings)))
        }
    }
}
