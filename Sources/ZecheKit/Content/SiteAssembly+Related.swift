extension SiteAssembly {
    struct RelatedChoice {
        let links: [RelatedLink]
        let isExplicit: Bool
    }

    /// The related articles of each article: those its front matter names, else the ones that
    /// share the most tags. The automatic result is reused while no article's tags change.
    mutating func resolveRelated(_ placed: [Placed], tagging: TagIndex, leftOut: [String: String], embargoed: [ArticleDraft])
        -> [RelatedChoice] {
        let indexBySlug = Dictionary(placed.enumerated().map { ($1.draft.slug, $0) }, uniquingKeysWith: { first, _ in first })
        let leftOutSlugs = Set(articleDrafts.filter { leftOut[$0.document.path] != nil }.map(\.slug))
        let embargoBySlug = Dictionary(embargoed.compactMap { draft in draft.newsroom.embargo.map { (draft.slug, $0) } },
                                       uniquingKeysWith: { first, _ in first })
        // Only articles without their own `related` list get automatic ones (a third of a
        // large archive names its related articles), so the key says which those are.
        let isWanted = placed.map { $0.draft.related == nil }
        let automaticKey = (0..<placed.count).map { [placed[$0].draft.slug, isWanted[$0] ? "auto" : "explicit"] + tagging.slugs(ofArticle: $0) }
        let automatic: [[Int]]
        if let previous = cache.related, previous.limit == config.relatedCount, previous.key == automaticKey {
            automatic = previous.result
        } else {
            automatic = RelatedArticles.automatic(tags: tagging.tagNumbers, tagCount: tagging.tags.count, limit: config.relatedCount,
                                                     isWanted: isWanted)
        }
        relatedCache = ContentCache.Related(key: automaticKey, limit: config.relatedCount, result: automatic)

        var choices: [RelatedChoice] = []
        choices.reserveCapacity(placed.count)
        for (index, article) in placed.enumerated() {
            guard let entries = article.draft.related else {
                choices.append(RelatedChoice(links: automatic[index].map { .article($0) }, isExplicit: false))
                continue
            }
            var links: [RelatedLink] = []
            for entry in entries {
                switch entry {
                case .link(let title, let url):
                    links.append(.external(title: title, url: url))
                case .article(let reference):
                    if let other = indexBySlug[reference.name] {
                        if other == index {
                            diagnostics.append(.warning("the article names itself as related", at: reference.location,
                                                        fix: "remove '\(reference.name)' from 'related'"))
                        } else {
                            links.append(.article(other))
                        }
                    } else if let until = embargoBySlug[reference.name] {
                        diagnostics.append(.error(
                            "the related article '\(reference.name)' is under embargo until \(until.dayString) \(until.timeString); "
                                + "naming it here would publish its title and address before then",
                            at: reference.location,
                            fix: "remove '\(reference.name)' from 'related' until the embargo ends, or name it in the other direction: "
                                + "the embargoed article may name this one"))
                    } else if leftOutSlugs.contains(reference.name) {
                        diagnostics.append(.warning(
                            "the related article '\(reference.name)' is left out of this build (a draft or dated in the future)",
                            at: reference.location, fix: "it appears once it is published"))
                    } else {
                        let near = Suggestion.nearest(to: reference.name, in: indexBySlug.keys)
                        diagnostics.append(.error(
                            "unknown related article '\(reference.name)'\(near.map { "; did you mean '\($0)'?" } ?? "")",
                            at: reference.location, fix: "name an article by its slug: its file name without the date and '.md'"))
                    }
                }
            }
            choices.append(RelatedChoice(links: links, isExplicit: true))
        }
        return choices
    }
}
