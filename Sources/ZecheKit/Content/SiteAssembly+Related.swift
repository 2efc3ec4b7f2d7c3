import TextCore

extension SiteAssembly {
    struct RelatedChoice: Sendable {
        let links: [RelatedLink]
        let isExplicit: Bool
    }

    /// The tags of the published articles and their related articles, found on another core
    /// (`startRelating`): they need only the drafts, and the bodies, authors and contacts are
    /// resolved on this one meanwhile. At 10,000 articles they were a third of a warm build's
    /// assembly (docs/performance.md, the thirteenth round).
    struct Relations: Sendable {
        let tagging: TagIndex
        let choices: [RelatedChoice]
        /// The tags' messages, then the related articles'.
        let diagnostics: [Diagnostic]
        let cache: ContentCache.Related
    }

    func startRelating(_ placed: [Placed], leftOut: [String: String], embargoed: [ArticleDraft]) -> BackgroundResult<Relations> {
        let (config, previous, drafts, otherLanguageSlugs) = (config, cache.related[config.language], articleDrafts, otherLanguageSlugs)
        return BackgroundResult {
            let tagging = TagIndex(placed.map(\.draft))
            var diagnostics = tagging.diagnostics
            let (choices, cache) = Self.resolveRelated(placed, tagging: tagging, leftOut: leftOut, embargoed: embargoed, config: config,
                                                       previous: previous, drafts: drafts, otherLanguageSlugs: otherLanguageSlugs,
                                                       diagnostics: &diagnostics)
            return Relations(tagging: tagging, choices: choices, diagnostics: diagnostics, cache: cache)
        }
    }

    /// The related articles of each article: those its front matter names, else the ones that
    /// share the most tags. The automatic result is reused while no article's tags change
    /// (`previous`, the last load's); the second result is what the next load reuses.
    /// `drafts` are all articles of the language, `otherLanguageSlugs` those of the others.
    static func resolveRelated(_ placed: [Placed], tagging: TagIndex, leftOut: [String: String], embargoed: [ArticleDraft],
                               config: SiteConfig, previous: ContentCache.Related?, drafts: [ArticleDraft],
                               otherLanguageSlugs: [String: String], diagnostics: inout [Diagnostic])
        -> ([RelatedChoice], ContentCache.Related) {
        let articlesBySlug = SlugIndex(placed.map(\.draft.slug))
        // Looked up only for a `related` entry that names a file, or one that names no article.
        var indexByPath: [String: Int]?
        var leftOutSlugs: Set<String>?
        let embargoBySlug = Dictionary(embargoed.compactMap { draft in draft.newsroom.embargo.map { (draft.slug, $0) } },
                                       uniquingKeysWith: { first, _ in first })
        // Only articles without their own `related` list get automatic ones (a third of a
        // large archive names its related articles), so the key says which those are.
        let isWanted = placed.map { $0.draft.related == nil }
        let key = Self.automaticKey(of: placed, isWanted: isWanted, tagging: tagging)
        let automatic: [[Int]]
        let relatedCache: ContentCache.Related
        if let previous, previous.limit == config.relatedCount, previous.key == key, previous.result.count == placed.count {
            automatic = previous.result
            relatedCache = previous
        } else {
            automatic = RelatedArticles.automatic(tags: tagging.tagNumbers, tagCount: tagging.tags.count, limit: config.relatedCount,
                                                     isWanted: isWanted)
            relatedCache = ContentCache.Related(key: key, limit: config.relatedCount, result: automatic)
        }

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
                    let isFile = MarkdownFileName.isMarkdown(reference.name)
                    if isFile, indexByPath == nil {
                        indexByPath = Dictionary(placed.enumerated().map { ($1.draft.document.path, $0) }, uniquingKeysWith: { first, _ in first })
                    }
                    let named = (isFile ? Self.relatedArticles(reference.name, from: article.draft.document.path, bySlug: articlesBySlug,
                                                              byPath: indexByPath ?? [:])
                                        : articlesBySlug.articles(withSlug: reference.name))
                        .sorted { placed[$0].draft.document.path.precedesInUTF8(placed[$1].draft.document.path) }
                    if named.count > 1 {
                        let files = named.map { "'\(placed[$0].draft.document.path)'" }.joined(separator: " and ")
                        diagnostics.append(.error(
                            "the related article '\(reference.name)' is ambiguous: \(files) have this slug", at: reference.location,
                            fix: "name the article by its file instead, relative to this one (e.g. '\(Self.relativePath(to: placed[named[0]].draft.document.path, from: article.draft.document.path))')"))
                    } else if let other = named.first {
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
                    } else if Self.leftOutSlugs(drafts, leftOut: leftOut, memo: &leftOutSlugs).contains(reference.name) {
                        diagnostics.append(.warning(
                            "the related article '\(reference.name)' is left out of this build (a draft or dated in the future)",
                            at: reference.location, fix: "it appears once it is published"))
                    } else if let language = otherLanguageSlugs[reference.name] {
                        diagnostics.append(.error(
                            "the related article '\(reference.name)' is an article in '\(language)', not in '\(config.language)'; "
                                + "related articles are of the article's own language",
                            at: reference.location,
                            fix: "name its translation into '\(config.language)', or link it as {title: …, url: …}"))
                    } else {
                        let near = Suggestion.nearest(to: reference.name, in: articlesBySlug.slugs)
                        diagnostics.append(.error(
                            "unknown related article '\(reference.name)'\(near.map { "; did you mean '\($0)'?" } ?? "")",
                            at: reference.location, fix: "name an article by its slug (its file name without the date and '.md') or by its file"))
                    }
                }
            }
            choices.append(RelatedChoice(links: links, isExplicit: true))
        }
        return (choices, relatedCache)
    }

    /// The articles a `related` entry names: by their slug, or, when it is a Markdown file's
    /// name, by that file, relative to the article that names it.
    static func relatedArticles(_ name: String, from path: String, bySlug: SlugIndex, byPath: [String: Int]) -> [Int] {
        guard MarkdownFileName.isMarkdown(name) else { return bySlug.articles(withSlug: name) }
        let folder = path.lastIndex(of: "/").map { String(path[...$0]) } ?? ""
        return LinkTargets.normalize(folder + name).flatMap { byPath[$0] }.map { [$0] } ?? []
    }

    /// The slugs of `drafts` that `leftOut` leaves out, made on the first call.
    private static func leftOutSlugs(_ drafts: [ArticleDraft], leftOut: [String: String], memo: inout Set<String>?) -> Set<String> {
        if let memo { return memo }
        let slugs = Set(drafts.filter { leftOut[$0.document.path] != nil }.map(\.slug))
        memo = slugs
        return slugs
    }

    /// A digest (`StableHasher`) of what the automatic related articles are computed from
    /// (`ContentCache.Related.key`): for each article its slug, whether it wants them, and its
    /// tags' slugs.
    static func automaticKey(of placed: [Placed], isWanted: [Bool], tagging: TagIndex) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(UInt64(placed.count))
        for index in placed.indices {
            hasher.combine(placed[index].draft.slug)
            hasher.combine(isWanted[index])
            hasher.combine(tagging.slugs(ofArticle: index))
        }
        return hasher.finalize()
    }

    /// `target` written relative to the folder of `path` (both site-relative).
    static func relativePath(to target: String, from path: String) -> String {
        var from = ArraySlice(path.split(separator: "/").dropLast())
        var to = ArraySlice(target.split(separator: "/"))
        while let first = from.first, let other = to.first, first == other, to.count > 1 {
            from = from.dropFirst()
            to = to.dropFirst()
        }
        return (Array(repeating: "..", count: from.count) + to.map(String.init)).joined(separator: "/")
    }
}
