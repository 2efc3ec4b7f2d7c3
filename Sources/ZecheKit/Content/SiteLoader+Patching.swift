import Markdown

extension SiteLoader {
    /// The last site a full load resolved, with what a patch needs.
    struct Resolved: Sendable {
        let site: Site
        let diagnostics: [Diagnostic]
        /// Every draft of the load by path, published or left out.
        let drafts: [String: ArticleDraft]
        /// Published articles' indices in `site.articles` by path.
        let indexByPath: [String: Int]
        /// For an article index, the articles whose related list shows it.
        let relatedReaders: [Int: [Int]]
        let targets: LinkTargets
        let leftOut: [String: String]
        let options: MarkdownOptions
    }

    /// Applies changes to article files that leave every article where it was: the same slug,
    /// dates, authors, tags, related articles, draft state and cover image. Only text and body
    /// are taken anew, so URLs, tag pages, related lists and every other body stay valid and
    /// the whole site need not be resolved again (which takes a tenth of a second at 10,000
    /// articles). Returns `nil` when anything else changed; the caller then loads in full.
    func patch(_ previous: Resolved, changed: Set<String>) -> (site: Site, diagnostics: [Diagnostic], bodies: [String: LoadCache.RenderedBody])? {
        var newDrafts: [String: (ArticleDraft, [Diagnostic])] = [:]
        for path in changed {
            guard let read = cache.articles[path], let draft = read.draft, !read.diagnostics.containsErrors,
                  let old = previous.drafts[path], Self.hasSamePlace(old, draft)
            else { return nil }
            newDrafts[path] = (draft, read.diagnostics)
        }
        let parser = MarkdownParser(options: previous.options)
        var articles = previous.site.articles
        var diagnostics = previous.diagnostics.filter { !changed.contains($0.location?.path ?? "") }
        var links = previous.site.rootRelativeLinks.filter { !changed.contains($0.location.path) }
        var bodies: [String: LoadCache.RenderedBody] = [:]
        for (path, (draft, readDiagnostics)) in newDrafts.sorted(by: { $0.key < $1.key }) {
            diagnostics += readDiagnostics
            guard let index = previous.indexByPath[path] else { continue }
            let body = SiteAssembly.render(draft.document, parser: parser, targets: previous.targets, leftOut: previous.leftOut)
            guard !body.diagnostics.containsErrors else { return nil }
            diagnostics += body.diagnostics
            links += body.rootRelativeLinks
            bodies[path] = body
            articles[index] = articles[index].with(draft: draft, body: body.document)
            // Related lists show the title of the article they name.
            for reader in previous.relatedReaders[index] ?? [] {
                articles[reader].related = articles[reader].related.map { link in
                    link.articleIndex == index ? RelatedLink(title: draft.title, url: link.url, articleIndex: index) : link
                }
            }
        }
        return (previous.site.replacing(articles: articles, rootRelativeLinks: links), diagnostics.sorted(), bodies)
    }

    /// Whether a new version of an article's front matter puts it in the same place.
    static func hasSamePlace(_ old: ArticleDraft, _ new: ArticleDraft) -> Bool {
        old.slug == new.slug && old.date == new.date && old.updated == new.updated && old.isDraft == new.isDraft
            && old.authors.map(\.name) == new.authors.map(\.name) && old.tags.map(\.name) == new.tags.map(\.name)
            && old.image?.name == new.image?.name && old.file.bundleFiles == new.file.bundleFiles
            && relatedNames(old) == relatedNames(new)
    }

    private static func relatedNames(_ draft: ArticleDraft) -> [String]? {
        draft.related?.map {
            switch $0 {
            case .article(let reference): "article:" + reference.name
            case .link(let title, let url): "link:" + title + "\u{0}" + url
            }
        }
    }
}
