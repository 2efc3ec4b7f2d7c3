import Foundation
import Testing
@testable import ZecheKit
import Mustache
import ZecheTestSupport

/// What the content stage and the plan make of sections, categories, contacts and embargoes.
struct NewsroomSiteTests {
    static let files = NewsroomValidationTests.files

    @Test("An article belongs to the section of its folder, or to the one its 'section' names")
    func sections() throws {
        let site = try TestSite(Self.files([
            "Content/pressemitteilungen/a.md": TestSite.article(title: "A", date: "2026-05-03"),
            "Content/posts/b.md": TestSite.article(title: "B", date: "2026-05-02", "section: pressemitteilungen\n"),
            "Content/posts/c.md": TestSite.article(title: "C", date: "2026-05-01"),
        ])).site()
        #expect(site.articles.map(\.sectionID) == ["pressemitteilungen", "pressemitteilungen", nil])
        #expect(site.section("pressemitteilungen")?.articleIndices == [0, 1])
        // Sections are on the home page unless they say otherwise.
        #expect(site.homeArticles == [0, 1, 2])
        #expect(site.newsroom.sections.map(\.url) == ["/pressemitteilungen/"])
    }

    @Test("A section with 'home: false' keeps its articles off the home page but in the site's feed")
    func homeFalse() throws {
        let config = NewsroomValidationTests.config.replacingOccurrences(of: "    contacts: true\n", with: "    contacts: true\n    home: false\n    featured: 1\n")
        let test = try TestSite(Self.files([
            "site.yml": config,
            "Content/pressemitteilungen/a.md": TestSite.article(title: "A", date: "2026-05-03"),
            "Content/pressemitteilungen/b.md": TestSite.article(title: "B", date: "2026-05-02"),
            "Content/posts/c.md": TestSite.article(title: "C", date: "2026-05-01"),
        ]))
        let site = try test.site()
        #expect(site.homeArticles == [2])
        let plan = SitePlan(site: site, templateNames: Set(try Self.templates().templateNames), assets: [])
        let home = try #require(plan.jobs.first { $0.url == "/" })
        // The list, then the section's newest article, which the home page features.
        #expect(home.articles == [2, 0])
        #expect(plan.feeds.first?.articles == [0, 1, 2])
        // A press release's neighbours and back link are in its section.
        guard case .article(0, let older, let newer, let listPage) = plan.jobs.first(where: { $0.url == site.articles[0].url })?.kind else {
            Issue.record("no article page")
            return
        }
        #expect(older == 1 && newer == nil && listPage == 1)
    }

    @Test("Categories are named by id or by their title; contacts, dateline and boilerplate come from the section")
    func references() throws {
        let site = try TestSite(Self.files([
            "Content/contacts/tom.md": "---\nname: Tom\nphone: +49 30 1234567\n---\n",
            "Content/pressemitteilungen/a.md": TestSite.article(title: "A", "categories: [digitalisierung, Unternehmen]\n"),
            "Content/pressemitteilungen/b.md": TestSite.article(title: "B", date: "2026-05-01", "contacts: [tom]\ndateline: Essen\n"),
            "Content/posts/c.md": TestSite.article(title: "C", date: "2026-04-01", "categories: [Digitalisierung]\n"),
        ])).site()
        let (a, b, c) = (site.articles[0], site.articles[1], site.articles[2])
        #expect(a.categoryIDs == ["digitalisierung", "unternehmen"] && c.categoryIDs == ["digitalisierung"])
        #expect(site.category("digitalisierung")?.articleIndices == [0, 2])
        #expect(a.contactIDs == ["lena"] && b.contactIDs == ["tom"] && c.contactIDs == [])
        #expect(a.dateline == nil && b.dateline == "Essen" && c.dateline == nil)
        #expect(a.showsBoilerplate && b.showsBoilerplate && !c.showsBoilerplate)
        #expect(site.contact("tom")?.phoneE164 == "+49301234567")
        #expect(site.newsroom.boilerplate?.title == "Über Testnewsroom")
        #expect(site.newsroom.boilerplate?.html == "<p>Die Beispiel AG.</p>\n")
    }

    @Test("An embargoed article is left out, even with --future, and its end is the next publication")
    func embargo() throws {
        let test = try TestSite(Self.files([
            "Content/posts/a.md": TestSite.article(title: "A", "embargo: 2026-06-02 09:00\n"),
            "Content/posts/b.md": TestSite.article(title: "B", date: "2026-07-01"),
            "Content/posts/c.md": TestSite.article(title: "C", body: "[Die Übernahme](a.md)\n"),
        ]))
        let loaded = test.load(future: true)
        let site = try #require(loaded.site)
        #expect(site.articles.map(\.title) == ["B", "C"])
        #expect(site.newsroom.embargoed.map(\.title) == ["A"])
        #expect(site.newsroom.embargoed.first?.embargo?.privateAddress == nil)
        let until = try #require(SiteDate(year: 2026, month: 6, day: 2, hour: 9, timeZone: TimeZone(identifier: "Europe/Berlin") ?? .current))
        #expect(site.leftOut.map(\.reason) == [.embargoed(until: until, privateURL: nil)])
        #expect(site.nextPublication == until)
        #expect(test.load().site?.nextPublication == until)
        #expect(test.load(drafts: true, future: true).site?.articles.map(\.title) == ["B", "C"])
        #expect(loaded.diagnostics.map(\.description) == [
            "Content/posts/c.md:6:1: warning: the link 'a.md' points to an article that is under embargo until 2026-06-02 09:00\n"
                + "fix: the link leads nowhere until that article is published",
        ])
    }

    @Test("An embargoed article may share a slug with a published one whose URL differs")
    func embargoedSlug() throws {
        let diagnostics = try TestSite(Self.files([
            "Content/posts/a.md": TestSite.article(title: "A", "slug: bericht\n"),
            "Content/pressemitteilungen/b.md": TestSite.article(title: "B", date: "2026-04-01", "slug: bericht\nembargo: 2026-07-01\n"),
        ])).diagnostics()
        #expect(diagnostics == [])
    }

    @Test("Tag, author, category and section pages are paginated, and each list has feeds of its 20 newest")
    func pagination() throws {
        var files: [String: String] = [:]
        for day in 1...25 {
            files["Content/pressemitteilungen/m\(day).md"] = TestSite.article(
                title: "M\(day)", date: "2026-05-\(day < 10 ? "0" : "")\(day)", "tags: [Politik]\ncategories: [unternehmen]\n")
        }
        let site = try TestSite(Self.files(files)).site()
        let plan = SitePlan(site: site, templateNames: Set(try Self.templates().templateNames), assets: [])
        for list in ["/tags/politik/", "/authors/anna/", "/categories/unternehmen/", "/pressemitteilungen/"] {
            #expect(plan.jobs.filter { $0.url.hasPrefix(list) && !$0.url.dropFirst(list.count).contains("/") || $0.url.hasPrefix(list + "page/") }
                .map(\.url) == [list, list + "page/2/", list + "page/3/"], "\(list)")
            let feed = try #require(plan.feeds.first { $0.listURL == list })
            #expect(feed.atom.outputPath == String(list.dropFirst()) + "feed.xml" && feed.json.outputPath == String(list.dropFirst()) + "feed.json")
            #expect(feed.articles == Array(0..<20))
        }
        let third = try #require(plan.jobs.first { $0.url == "/tags/politik/page/3/" })
        #expect(third.articles == [20, 21, 22, 23, 24])
    }

    @Test("A section's template that the theme lacks is an error at site.yml; the default one is a warning")
    func sectionTemplates() throws {
        let named = try TestSite(Self.files([
            "site.yml": NewsroomValidationTests.config.replacingOccurrences(
                of: "    title: Pressemitteilungen\n", with: "    title: Pressemitteilungen\n    template: presse\n"),
            "Content/pressemitteilungen/a.md": TestSite.article(),
        ]))
        try FileManager.default.copyItem(at: PackagePaths.root().appendingPathComponent("Templates"), to: named.root.appendingPathComponent("Templates"))
        var pipeline = BuildPipeline(root: named.root, options: BuildOptions(now: TestSite.now))
        #expect(pipeline.check().diagnostics.map(\.description) == [
            "site.yml:6:15: error: the theme has no template 'presse' for the section 'pressemitteilungen'\n"
                + "fix: create Templates/presse.mustache, or leave 'template' out to use 'section'",
        ])
        try named.write(NewsroomValidationTests.config, to: "site.yml")
        try FileManager.default.removeItem(at: named.root.appendingPathComponent("Templates/section.mustache"))
        var unnamed = BuildPipeline(root: named.root, options: BuildOptions(now: TestSite.now))
        #expect(unnamed.check().diagnostics.map(\.description) == [
            "Templates/section.mustache: warning: the theme has no 'section' template, so the pages of the sections are not built\n"
                + "fix: create Templates/section.mustache if the site should have them",
        ])
    }

    @Test("A section whose path is another page's is an error that names both")
    func sectionCollision() throws {
        let test = try TestSite(Self.files(["site.yml": NewsroomValidationTests.config.replacingOccurrences(
            of: "    title: Pressemitteilungen\n", with: "    title: Pressemitteilungen\n    path: /tags/\n")]))
        let site = test.load().partialSite
        let plan = SitePlan(site: site, templateNames: Set(try Self.templates().templateNames), assets: [])
        #expect(plan.diagnostics.map(\.description) == [
            "site.yml:4:5: error: the page of the section 'pressemitteilungen' would be written to 'tags/index.html', which is already the tag overview\n"
                + "fix: give the section another 'path' in site.yml",
        ])
    }

    /// The default theme's templates, compiled.
    static func templates() throws -> TemplateLibrary {
        try #require(ThemeLoader(root: PackagePaths.root()).load(reusing: nil).theme?.library)
    }
}

extension NewsroomSiteTests {
    @Test("A section with 'feed: false' has no feeds of its own")
    func sectionWithoutFeed() throws {
        let config = NewsroomValidationTests.config.replacingOccurrences(of: "    contacts: true\n", with: "    contacts: true\n    feed: false\n")
        let site = try TestSite(Self.files(["site.yml": config, "Content/pressemitteilungen/a.md": TestSite.article()])).site()
        let plan = SitePlan(site: site, templateNames: Set(try Self.templates().templateNames), assets: [])
        #expect(!plan.feeds.contains { $0.listURL == "/pressemitteilungen/" })
        #expect(plan.feeds.contains { $0.listURL == "/" } && plan.feeds.contains { $0.listURL == "/categories/digitalisierung/" })
    }

    @Test("The files of an embargoed bundle are copied to its private page only")
    func embargoedBundle() throws {
        let test = try TestSite(Self.files([
            "Content/pressemitteilungen/neu/index.md": TestSite.article("embargo: 2026-07-01\nimage: foto.svg\nimage_alt: Foto\n",
                                                                      body: "![Plan](plan.svg)\n"),
            "Content/pressemitteilungen/neu/foto.svg": TestSite.svg,
            "Content/pressemitteilungen/neu/plan.svg": TestSite.svg,
        ]))
        var pipeline = BuildPipeline(root: test.root, options: BuildOptions(now: TestSite.now, embargoKey: EmbargoKey("schluessel-fuer-die-presse")))
        let loaded = pipeline.loadContent()
        #expect(loaded.diagnostics.filter(\.isError).isEmpty, "\(loaded.diagnostics)")
        let article = try #require(loaded.site.newsroom.embargoed.first)
        let folder = try #require(article.embargo?.privateAddress?.outputPath.dropLast("index.html".count))
        #expect(folder.hasPrefix("vorab/"))
        #expect(article.bundleFiles.map(\.outputPath) == [folder + "foto.svg", folder + "plan.svg"])
        #expect(article.image == "/" + folder + "foto.svg")
        #expect(article.contentHTML.contains("src=\"/\(folder)plan.svg\""))
        let plan = SitePlan(site: loaded.site, templateNames: Set(try Self.templates().templateNames), assets: [])
        #expect(plan.copies.filter { $0.sourcePath.hasPrefix("Content/pressemitteilungen/") }.map(\.outputPath)
            == [folder + "foto.svg", folder + "plan.svg"])
        // Without the key, nothing of the bundle is copied.
        var keyless = BuildPipeline(root: test.root, options: BuildOptions(now: TestSite.now))
        let plain = SitePlan(site: keyless.loadContent().site, templateNames: Set(try Self.templates().templateNames), assets: [])
        #expect(!plain.copies.contains { $0.sourcePath.hasPrefix("Content/pressemitteilungen/") })
    }
}
