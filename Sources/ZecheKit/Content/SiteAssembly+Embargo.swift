import Markdown
import TextCore

extension SiteAssembly {
    /// The articles under embargo, resolved and checked like published ones (so that `zeche
    /// check` finds their mistakes before the moment), each at its private address when the
    /// build has a key, else at the permalink it will have (where only the editors' preview
    /// writes it). They show only the related articles their front matter names, and are in
    /// no list.
    mutating func resolveEmbargoed(_ placed: [Placed], targets: LinkTargets, leftOut: [String: String], publicArticles: [Article],
                                   knownAuthors: Set<String>, knownContacts: Set<String>, pressContacts: [String]) -> [Article] {
        guard !placed.isEmpty else { return [] }
        let key = options.embargoKey
        let moved = placed.map { article in
            let address = key.map { config.urls.embargoed(token: $0.token(forSlug: article.draft.slug)) }
            return Placed(draft: article.draft, url: address?.url ?? article.url, outputPath: address?.outputPath ?? article.outputPath,
                          section: article.section)
        }
        // Their own files resolve to their private pages; published articles never see them.
        var privateTargets = targets
        for article in moved { addTargets(of: article, to: &privateTargets) }
        let parser = MarkdownParser(options: config.markdownOptions(strings: strings))
        let indexBySlug = Dictionary(publicArticles.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { first, _ in first })
        var articles: [Article] = []
        for article in moved {
            let draft = article.draft
            let body = renderBody(draft.document, parser: parser, targets: privateTargets,
                                  place: BodyPlace(urls: config.urls, pageURL: article.url, hasCover: draft.image != nil))
            let references = newsroomReferences(of: article, knownContacts: knownContacts, pressContacts: pressContacts)
            var related: [RelatedLink] = []
            for entry in draft.related ?? [] {
                switch entry {
                case .link(let title, let url): related.append(.external(title: title, url: url))
                case .article(let reference):
                    if let index = indexBySlug[reference.name] {
                        related.append(.article(index))
                    } else if !articleDrafts.contains(where: { $0.slug == reference.name }) {
                        let near = Suggestion.nearest(to: reference.name, in: indexBySlug.keys)
                        diagnostics.append(.error(
                            "unknown related article '\(reference.name)'\(near.map { "; did you mean '\($0)'?" } ?? "")",
                            at: reference.location, fix: "name an article by its slug (its file name without the date and '.md') or by its file"))
                    }
                }
            }
            guard let until = draft.newsroom.embargo else { continue }
            articles.append(Article(Article.Fields(
                sourcePath: draft.document.path, slug: draft.slug, url: article.url, outputPath: article.outputPath,
                title: draft.title, subtitle: draft.subtitle, summary: "", date: draft.date, updated: draft.updated,
                authorIDs: draft.authors.map(\.name).filter(knownAuthors.contains),
                tagSlugs: draft.tags.map { Slug.make($0.name) }.filter { !$0.isEmpty },
                pictures: resolvePictures(of: draft, targets: privateTargets), isDraft: draft.isDraft,
                status: .published, related: related, hasExplicitRelated: true, body: .empty, wordCount: 0, readingMinutes: 0,
                params: draft.params,
                bundleFiles: draft.file.bundleFiles.map { BundleFile(sourcePath: $0, outputPath: Self.bundleOutputPath($0, article)) },
                aliases: [], sectionID: article.section?.id, categoryIDs: references.categories, contactIDs: references.contacts,
                dateline: references.dateline, showsBoilerplate: references.showsBoilerplate,
                embargo: Embargo(until: until, privateAddress: key == nil && !options.showsEmbargoed
                                 ? nil : PageAddress(url: article.url, outputPath: article.outputPath))
            )).with(draft: draft, body: body.document, stored: body.rendered))
        }
        return articles.sorted { $0.sourcePath.precedesInUTF8($1.sourcePath) }
    }
}
