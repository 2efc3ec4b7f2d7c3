import Foundation
import Testing
@testable import ZecheKit
import ZecheTestSupport

/// `Fixtures/newsroom/` loads into the model DESIGN.md describes: articles as files and
/// bundles, authors, pages, tags, shared images, and links between files rewritten.
struct ContentLoadingTests {
    static func load(drafts: Bool = false, future: Bool = false) -> TestSite.Loaded {
        var pipeline = BuildPipeline(root: PackagePaths.fixtures("ZecheKitTests").appendingPathComponent("newsroom"),
                                     options: BuildOptions(includeDrafts: drafts, includeFuture: future, now: TestSite.now))
        let (site, diagnostics) = pipeline.loadContent()
        return TestSite.Loaded(site: diagnostics.containsErrors ? nil : site, partialSite: site, diagnostics: diagnostics)
    }

    static func site() throws -> Site {
        let result = load()
        return try #require(result.site, "\(result.diagnostics.map(\.description))")
    }

    @Test("Published articles are sorted newest first, with their slugs and URLs")
    func articles() throws {
        let site = try Self.site()
        #expect(site.articles.map(\.sourcePath) == [
            "Content/posts/2026-05-01-werkstatt-besuch/index.md",
            "Content/posts/zweite-meldung.md",
            "Content/posts/2026-03-02-erste-meldung.md",
        ])
        #expect(site.articles.map(\.slug) == ["werkstatt-besuch", "zweite-meldung", "erste-meldung"])
        #expect(site.articles.map(\.url) == ["/2026/05/werkstatt-besuch/", "/2026/04/zweite-meldung/", "/2026/03/erste-meldung/"])
        #expect(site.articles.map(\.outputPath) == [
            "2026/05/werkstatt-besuch/index.html", "2026/04/zweite-meldung/index.html", "2026/03/erste-meldung/index.html",
        ])
    }

    @Test("Drafts come in with --drafts and future articles with --future")
    func draftsAndFuture() {
        #expect(Self.load().site?.articles.map(\.slug) == ["werkstatt-besuch", "zweite-meldung", "erste-meldung"])
        #expect(Self.load(drafts: true).site?.articles.map(\.slug) == ["entwurf", "werkstatt-besuch", "zweite-meldung", "erste-meldung"])
        #expect(Self.load(future: true).site?.articles.map(\.slug) == ["zukunft", "werkstatt-besuch", "zweite-meldung", "erste-meldung"])
        #expect(Self.load(drafts: true).site?.articles.first?.isDraft == true)
    }

    @Test("An article's front matter is read into the model")
    func articleFields() throws {
        let article = try #require(try Self.site().articles.first { $0.slug == "zweite-meldung" })
        #expect(article.title == "Zweite Meldung")
        #expect(article.subtitle == "Mit Untertitel")
        #expect(article.date.iso8601 == "2026-04-10T09:30:00+02:00")
        #expect(article.updated?.dayString == "2026-04-12")
        #expect(article.authorIDs == ["anna-berg", "ben-krause"])
        #expect(article.tagSlugs == ["digitalisierung"])
        #expect(article.summary == "Eine eigene Zusammenfassung.")
        #expect(article.image == nil)
        #expect(article.isDraft == false)
        #expect(article.headings.map(\.id) == ["ein-abschnitt"])
        #expect(article.params.keys.sorted() == ["team"])
        #expect(article.params["team"]?.stringValue == "Kommunikation")
    }

    @Test("Without a summary, the first paragraph is the summary")
    func summaryFromBody() throws {
        let article = try #require(try Self.site().articles.first { $0.slug == "erste-meldung" })
        #expect(article.summary == "Die erste Meldung des Newsrooms.")
    }

    @Test("A bundle's files travel with its article, and its links and cover image point to them")
    func bundle() throws {
        let article = try #require(try Self.site().articles.first)
        #expect(article.bundleFiles.map { "\($0.sourcePath) → \($0.outputPath)" } == [
            "Content/posts/2026-05-01-werkstatt-besuch/foto.svg → 2026/05/werkstatt-besuch/foto.svg",
        ])
        #expect(article.image == "/2026/05/werkstatt-besuch/foto.svg")
        #expect(article.imageAlt == "Eine Werkbank mit Werkzeug")
        #expect(article.date.iso8601 == "2026-05-01T14:00:00+02:00")
        #expect(article.contentHTML.contains(#"<a href="/2026/04/zweite-meldung/">die zweite Meldung</a>"#))
        #expect(article.contentHTML.contains(#"<img src="/2026/05/werkstatt-besuch/foto.svg" alt="das Foto" width="1" height="1" loading="lazy" decoding="async">"#))
        #expect(article.quotes.map { "\($0.text) — \($0.attribution)" } == ["Hier entsteht die Zukunft. — Ben Krause, Werkstattleiter"])
    }

    @Test("Related articles named in front matter come in their order, with external links")
    func explicitRelated() throws {
        let site = try Self.site()
        let article = try #require(site.articles.first)
        #expect(article.hasExplicitRelated)
        #expect(article.related.map { "\(site.target(of: $0).title) \(site.target(of: $0).url) \($0.articleIndex.map(String.init) ?? "-")" } == [
            "Erste Meldung /2026/03/erste-meldung/ 2",
            "Die Werkstatt im Netz https://werkstatt.example.com/ -",
        ])
    }

    @Test("Authors are sorted by name, with avatar, hashtags and their articles")
    func authors() throws {
        let site = try Self.site()
        #expect(site.authors.map(\.name) == ["Anna Berg", "Ben Krause"])
        let anna = try #require(site.author("anna-berg"))
        #expect(anna.role == "Pressesprecherin")
        #expect(anna.avatar?.url == "/images/anna.svg")
        #expect(anna.hashtags == ["presse", "technik"])
        #expect(anna.website == "https://anna.example.com/")
        #expect(anna.url == "/authors/anna-berg/")
        #expect(anna.bioHTML == "<p>Anna Berg spricht für das <em>Unternehmen</em>.</p>\n")
        #expect(site.articlesByAuthor["anna-berg"] == [1, 2])
        #expect(site.articlesByAuthor["ben-krause"] == [0, 1])
    }

    @Test("Tags group spellings by their URL form, named as most articles write them")
    func tags() throws {
        let site = try Self.site()
        #expect(site.tags.map { "\($0.name) \($0.url) \($0.articleIndices)" } == [
            "Digitalisierung /tags/digitalisierung/ [1, 2]",
            "Ruhrgebiet /tags/ruhrgebiet/ [0, 2]",
            "Werkstatt /tags/werkstatt/ [0]",
        ])
    }

    @Test("Pages and shared images get their URLs")
    func pagesAndImages() throws {
        let site = try Self.site()
        #expect(site.pages.map { "\($0.title) \($0.url) \($0.outputPath) \($0.description)" } == [
            "Impressum /impressum/ impressum/index.html Wer diese Seite verantwortet.",
        ])
        #expect(site.sharedImages.map { "\($0.sourcePath) → \($0.outputPath)" } == ["Content/images/anna.svg → images/anna.svg"])
    }

    @Test("The fixture loads with two warnings: a tag spelt differently from the other article, an SVG cover")
    func fixtureWarnings() {
        #expect(Self.load().diagnostics.map(\.description) == [
            "Content/posts/2026-05-01-werkstatt-besuch/index.md:5:19: warning: the tag 'ruhrgebiet' is written 'Ruhrgebiet' in 1 other article\n"
                + "fix: write 'Ruhrgebiet' so the tag looks the same everywhere",
            "Content/posts/2026-05-01-werkstatt-besuch/index.md:6:8: warning: the cover image 'foto.svg' is an SVG, which LinkedIn, Facebook and X do not show in link previews\n"
                + "fix: give a JPEG, PNG or WebP for sharing (share_image: bild.jpg with share_image_alt), or use one as the cover",
        ])
    }

    @Test("Loading again rereads only the files that changed, with the same result")
    func reload() throws {
        let site = try TestSite([
            "Content/posts/a.md": TestSite.article(title: "A"),
            "Content/posts/b.md": "---\ntitle: B\n---\n",
        ])
        let loader = SiteLoader(root: site.root)
        let options = BuildOptions(now: TestSite.now)
        var cache = ContentCache()
        let first = loader.load(options, cache: &cache)
        let second = loader.load(options, cache: &cache)
        #expect(first.changedPaths == ["Content/posts/a.md", "Content/posts/b.md", "Content/authors/anna.md"])
        #expect(second.changedPaths == [])
        #expect(second.diagnostics == first.diagnostics)
        try site.write(TestSite.article(title: "A, neu"), to: "Content/posts/a.md")
        let third = loader.load(options, cache: &cache)
        #expect(third.changedPaths == ["Content/posts/a.md"])
        #expect(third.site.articles.map(\.title) == ["A, neu"])
    }
}
