import Markdown
import Testing
@testable import ZecheKit
import ZecheTestSupport

/// The tables the assembly builds by number instead of by name (tags, slugs) give what the
/// tables by name gave: the same tags, numbers, slugs and messages.
struct AssemblyTablesTests {
    /// An article of `tags` at `path`, each tag at its own column.
    static func draft(_ path: String, tags: [String]) -> ArticleDraft {
        ArticleDraft(
            file: ContentInventory.ArticleFile(path: path, isBundle: false, bundleFiles: []),
            document: ContentDocument(path: path, text: "---\ntitle: T\n---\n"), title: "T", subtitle: nil, summary: nil,
            date: SiteDate(secondsSince1970: 0, utcOffsetSeconds: 0), updated: nil, authors: [],
            tags: tags.enumerated().map { .init(name: $1, location: ZecheKit.SourceLocation(path: path, line: 4, column: $0 + 1)) },
            image: nil, imageAlt: nil, related: nil, slug: "a", slugLocation: ZecheKit.SourceLocation(path: path), isDraft: false, params: [:])
    }

    /// What the index by names made (before the numbered one): tags, each article's slugs and
    /// tag numbers, and the messages (their order among spellings was the dictionary's).
    struct ByNames {
        var tags: [TagIndex.Entry] = []
        var slugs: [[String]] = []
        var numbers: [[Int]] = []
        var diagnostics: [Diagnostic] = []

        init(_ drafts: [ArticleDraft]) {
            var spellings: [String: [String: Int]] = [:]
            var members: [String: [Int]] = [:]
            var usages: [String: [ArticleDraft.Reference]] = [:]
            for (index, draft) in drafts.enumerated() {
                var own: [String] = []
                var firstTagOverLimit: ZecheKit.SourceLocation?
                for tag in draft.tags {
                    let slug = Slug.make(tag.name)
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
                    guard !own.contains(slug) else { continue }
                    own.append(slug)
                    if own.count == TagIndex.maxTagsPerArticle + 1 { firstTagOverLimit = tag.location }
                    spellings[slug, default: [:]][tag.name, default: 0] += 1
                    members[slug, default: []].append(index)
                    usages[slug, default: []].append(tag)
                }
                if let firstTagOverLimit {
                    diagnostics.append(.error(
                        "the article has \(own.count) tags; an article may have at most \(TagIndex.maxTagsPerArticle)", at: firstTagOverLimit,
                        fix: "keep the tags readers would look for; each tag gets a page of its own"))
                }
                slugs.append(own)
            }
            var names: [String: String] = [:]
            for (slug, counts) in spellings {
                let best = counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? slug
                names[slug] = best
                for usage in usages[slug] ?? [] where usage.name != best {
                    diagnostics.append(.warning(
                        "the tag '\(usage.name)' is written '\(best)' in \(counts[best] ?? 0) other article\(counts[best] == 1 ? "" : "s")",
                        at: usage.location, fix: "write '\(best)' so the tag looks the same everywhere"))
                }
            }
            tags = names.map { ($1.lowercased(), $0, $1) }
                .sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
                .map { TagIndex.Entry(slug: $0.1, name: $0.2, articles: members[$0.1] ?? []) }
            let numberBySlug = Dictionary(uniqueKeysWithValues: tags.enumerated().map { ($1.slug, $0) })
            numbers = slugs.map { $0.compactMap { numberBySlug[$0] } }
            let common = tags.filter { $0.articles.count > 1 }.map(\.slug)
            for tag in tags where tag.articles.count == 1 {
                guard let near = Suggestion.nearest(to: tag.slug, in: common), let usage = usages[tag.slug]?.first else { continue }
                diagnostics.append(.warning(
                    "the tag '\(tag.name)' is used only here, while '\(names[near] ?? near)' is used \(members[near]?.count ?? 0) times",
                    at: usage.location, fix: "write '\(names[near] ?? near)' if you mean the same topic"))
            }
        }
    }

    @Test("Random archives of tags in several spellings get the tags, numbers and messages the index by names gave",
          arguments: [1, 2, 3, 4, 5])
    func tagsAgreeWithTheIndexByNames(seed: UInt64) {
        let names = ["Energie", "energie", "ENERGIE", "Energi", "Digitalisierung", "digitalisierung", "Digitalisirung", "KI", "ki",
                     "Künstliche Intelligenz", "kuenstliche intelligenz", "!!!", "", "Ruhr", "Ruhrgebiet", "ruhrgebiet",
                     String(repeating: "lang", count: 40), "Zeche", "Zeche ", "e\u{301}", "\u{e9}"]
        var random = SeededRandom(seed: seed)
        let drafts = (0..<random.int(1...300)).map { index in
            Self.draft("Content/posts/\(index).md", tags: (0..<random.int(0...6)).map { _ in names[random.int(0...(names.count - 1))] })
        }
        let index = TagIndex(drafts)
        let expected = ByNames(drafts)
        #expect(index.tags.map(\.slug) == expected.tags.map(\.slug))
        #expect(index.tags.map(\.name) == expected.tags.map(\.name))
        #expect(index.tags.map(\.articles) == expected.tags.map(\.articles))
        #expect(index.slugsByArticle == expected.slugs)
        #expect(drafts.indices.map(index.slugs(ofArticle:)) == expected.slugs)
        #expect(index.tagNumbers == expected.numbers)
        #expect(index.diagnostics.sorted() == expected.diagnostics.sorted())
    }

    @Test("An article with more tags than allowed gets one message at the first tag over the limit")
    func tooManyTags() {
        let tags = (0...TagIndex.maxTagsPerArticle + 1).map { "Tag \($0)" }
        let index = TagIndex([Self.draft("Content/posts/a.md", tags: tags + ["tag 0"])])
        #expect(index.diagnostics == ByNames([Self.draft("Content/posts/a.md", tags: tags + ["tag 0"])]).diagnostics)
        #expect(index.diagnostics.count == 1)
        #expect(index.slugsByArticle[0].count == TagIndex.maxTagsPerArticle + 2)
    }

    @Test("The slug index lists each slug's articles in ascending order, and nothing for an unknown slug")
    func slugIndex() {
        var random = SeededRandom(seed: 7)
        let slugs = (0..<500).map { _ in "slug-\(random.int(0...60))" }
        let index = SiteAssembly.SlugIndex(slugs)
        var expected: [String: [Int]] = [:]
        for (article, slug) in slugs.enumerated() { expected[slug, default: []].append(article) }
        for (slug, articles) in expected { #expect(index.articles(withSlug: slug) == articles) }
        #expect(Set(index.slugs) == Set(expected.keys))
        #expect(index.articles(withSlug: "slug-61").isEmpty)
        #expect(SiteAssembly.SlugIndex([]).articles(withSlug: "a").isEmpty)
    }
}
