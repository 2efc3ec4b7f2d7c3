import Markdown

/// Groups the tags of all articles by their URL form: `Digitalisierung` and `digitalisierung`
/// become one tag, shown as most articles write it. Warns about spellings that differ from the
/// usual one, and about a tag used once that is close to another.
struct TagIndex {
    struct Entry {
        let slug: String
        let name: String
        /// Article indices, ascending (newest first).
        let articles: [Int]
    }

    /// How many tags an article may have. Every tag gets a page of its own, so a list pasted
    /// by mistake would make a site of 100,000 pages; no newsroom article needs more than a
    /// handful.
    static let maxTagsPerArticle = 100

    private(set) var tags: [Entry] = []
    private(set) var diagnostics: [Diagnostic] = []
    /// For each article, its tag numbers (indices into `tags`), in front matter order.
    private(set) var tagNumbers: [[Int]] = []
    private var slugsByArticle: [[String]] = []

    init(_ drafts: [ArticleDraft]) {
        var spellings: [String: [String: Int]] = [:]
        var firstSpelling: [String: String] = [:]
        var members: [String: [Int]] = [:]
        var usages: [String: [ArticleDraft.Reference]] = [:]
        // Tens of thousands of tag uses, a few dozen names: make each slug once.
        var slugOfName: [String: String] = [:]
        for (index, draft) in drafts.enumerated() {
            var slugs: [String] = []
            // A set beside the list: an article with 100,000 tags took minutes with `contains`.
            var seen: Set<String> = []
            var firstTagOverLimit: SourceLocation?
            for tag in draft.tags {
                let slug = slugOfName[tag.name] ?? Slug.make(tag.name)
                slugOfName[tag.name] = slug
                guard !slug.isEmpty else {
                    diagnostics.append(.error("the tag '\(tag.name)' has no letters or digits for its URL", at: tag.location,
                                              fix: "write the tag with letters or digits"))
                    continue
                }
                guard slug.utf8.count <= ArticleReader.maxSlugLength else {
                    diagnostics.append(.error(
                        "the tag is too long for its URL: \(slug.utf8.count) characters, at most \(ArticleReader.maxSlugLength)",
                        at: tag.location, fix: "shorten the tag to a few words"))
                    continue
                }
                guard seen.insert(slug).inserted else { continue }
                slugs.append(slug)
                if slugs.count == Self.maxTagsPerArticle + 1 { firstTagOverLimit = tag.location }
                spellings[slug, default: [:]][tag.name, default: 0] += 1
                if firstSpelling[slug] == nil { firstSpelling[slug] = tag.name }
                members[slug, default: []].append(index)
                usages[slug, default: []].append(tag)
            }
            if let firstTagOverLimit {
                diagnostics.append(.error(
                    "the article has \(slugs.count) tags; an article may have at most \(Self.maxTagsPerArticle)", at: firstTagOverLimit,
                    fix: "keep the tags readers would look for; each tag gets a page of its own"))
            }
            slugsByArticle.append(slugs)
        }
        var names: [String: String] = [:]
        for (slug, counts) in spellings {
            let best = counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? firstSpelling[slug] ?? slug
            names[slug] = best
            for usage in usages[slug] ?? [] where usage.name != best {
                diagnostics.append(.warning(
                    "the tag '\(usage.name)' is written '\(best)' in \(counts[best] ?? 0) other article\(counts[best] == 1 ? "" : "s")",
                    at: usage.location, fix: "write '\(best)' so the tag looks the same everywhere"))
            }
        }
        // Sort keys made once per tag, not twice per comparison. Written in steps with their
        // types: as one chain of closures over tuples it took the type checker 7 s.
        let keyed: [(key: String, slug: String, name: String)] = names.map { slug, name in (name.lowercased(), slug, name) }
        let sorted = keyed.sorted { first, second in first.key != second.key ? first.key < second.key : first.slug < second.slug }
        tags = sorted.map { Entry(slug: $0.slug, name: $0.name, articles: members[$0.slug] ?? []) }
        let numberBySlug = Dictionary(uniqueKeysWithValues: tags.enumerated().map { ($1.slug, $0) })
        tagNumbers = slugsByArticle.map { $0.compactMap { numberBySlug[$0] } }
        let common = tags.filter { $0.articles.count > 1 }.map(\.slug)
        for tag in tags where tag.articles.count == 1 {
            guard let near = Suggestion.nearest(to: tag.slug, in: common), let usage = usages[tag.slug]?.first else { continue }
            diagnostics.append(.warning(
                "the tag '\(tag.name)' is used only here, while '\(names[near] ?? near)' is used \(members[near]?.count ?? 0) times",
                at: usage.location, fix: "write '\(names[near] ?? near)' if you mean the same topic"))
        }
    }

    func slugs(ofArticle index: Int) -> [String] { slugsByArticle[index] }
}
