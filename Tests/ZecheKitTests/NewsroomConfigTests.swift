import Foundation
import Testing
import ZecheKit

/// The newsroom's keys of `site.yml`: `sections`, `categories` and `press_contacts`, with their
/// defaults and every wrong value at its line and column.
struct NewsroomConfigTests {
    static let head = "title: T\nurl: https://example.com/\n"

    @Test("Sections, categories and press contacts are read with their defaults")
    func settings() throws {
        let (config, diagnostics) = try SiteConfigTests.load(Self.head + """
            sections:
              - id: pressemitteilungen
                title: Pressemitteilungen
                description: Alle Meldungen.
                path: /presse/
                permalink: /presse/:year/:slug/
                template: presse
                home: false
                feed: false
                featured: 3
                boilerplate: true
                contacts: true
                dateline: Essen
              - id: news
                title: News
            categories:
              - Künstliche Intelligenz
              - {id: messen, title: Messen & Events, description: Auftritte.}
            press_contacts: [lena-berg, tom]

            """)
        let site = try #require(config)
        #expect(diagnostics == [])
        let press = try #require(site.sections.first)
        #expect(press.id == "pressemitteilungen" && press.title == "Pressemitteilungen" && press.description == "Alle Meldungen.")
        #expect(press.path == "/presse/" && press.template == "presse" && press.permalink?.description == "/presse/:year/:slug/")
        #expect(!press.isOnHome && !press.hasFeed && press.featuredCount == 3)
        #expect(press.showsBoilerplate && press.showsPressContacts && press.dateline == "Essen")
        #expect(press.location == SourceLocation(path: "site.yml", line: 4, column: 5))
        #expect(press.templateLocation == SourceLocation(path: "site.yml", line: 9, column: 15))
        let news = try #require(site.sections.last)
        #expect(news.path == "/news/" && news.template == "section" && news.permalink == nil)
        #expect(news.isOnHome && news.hasFeed && news.featuredCount == 0 && !news.showsBoilerplate && !news.showsPressContacts)
        #expect(news.dateline == nil && news.templateLocation == nil)
        #expect(site.categories.map { [$0.id, $0.title, $0.description] } == [
            ["kuenstliche-intelligenz", "Künstliche Intelligenz", ""], ["messen", "Messen & Events", "Auftritte."],
        ])
        #expect(site.pressContacts.map(\.id) == ["lena-berg", "tom"])
    }

    @Test("A wrong newsroom value in site.yml is an error at its line and column, with a fix", arguments: [
        ("sections: pressemitteilungen\n", [
            "site.yml:3:11: error: 'sections' must be a list of sections, each with 'id' and 'title'\n"
                + "fix: write '- id: pressemitteilungen' and '  title: Pressemitteilungen' per section",
        ]),
        ("sections:\n  - id: Presse Mitteilungen\n    title: P\n", [
            "site.yml:4:9: error: the section id 'Presse Mitteilungen' is not a folder name in URL form: a-z, 0-9 and single '-' between them\n"
                + "fix: write id: presse-mitteilungen and name the folder Content/presse-mitteilungen/",
        ]),
        ("sections:\n  - id: authors\n    title: P\n", [
            "site.yml:4:9: error: the section id 'authors' is the name of a folder Zeche reads for other files (Content/authors/)\n"
                + "fix: choose another id; authors, pages, images, contacts, media are taken",
        ]),
        ("sections:\n  - title: Presse\n", [
            "site.yml:4:5: error: the required key 'id' is missing\nfix: add a line 'id: pressemitteilungen'",
        ]),
        ("sections:\n  - {id: presse, title: A}\n  - {id: presse, title: B}\n", [
            "site.yml:5:5: error: the section 'presse' is declared twice; the first is at 4:5\nfix: remove one of them or give it another id",
        ]),
        ("sections:\n  - {id: presse, title: P, path: presse}\n", [
            "site.yml:4:34: error: the section path 'presse' must start and end with '/' and hold only a-z, 0-9, '-', '_' and '/'\n"
                + "fix: write path: /presse/",
        ]),
        ("sections:\n  - {id: presse, title: P, permalink: /:slug}\n", [
            "site.yml:4:39: error: the permalink must end with '/' or '.html'\nfix: use the tokens :year :month :day :slug, e.g. '/:year/:month/:slug/'",
        ]),
        ("sections:\n  - {id: presse, title: P, featured: viele}\n", [
            "site.yml:4:38: error: 'featured' must be a whole number from 0 to 50, not the text 'viele'\nfix: write a number without quotes, e.g. featured: 3",
        ]),
        ("sections:\n  - {id: presse, title: P, hme: false}\n", [
            "site.yml:4:28: warning: unknown key 'hme'; did you mean 'home'?\nfix: rename it to 'home'",
        ]),
        ("categories: Digitalisierung, Unternehmen\n", [
            "site.yml:3:13: error: 'categories' must be a list of categories\n"
                + "fix: write categories: [Digitalisierung, Unternehmen], or entries with 'id' and 'title'",
        ]),
        ("categories: [Digitalisierung, 2026]\n", [
            "site.yml:3:31: error: each category must be a title or a group with 'id' and 'title', not the number '2026'\n"
                + "fix: write '- Digitalisierung' or '- {id: digitalisierung, title: Digitalisierung}'",
        ]),
        ("categories: [Digitalisierung, {id: digitalisierung, title: Digitales}]\n", [
            "site.yml:3:31: error: the category id 'digitalisierung' is already used at 3:14\nfix: give one of them another id",
        ]),
        ("categories: [{id: Digital Welt, title: D}]\n", [
            "site.yml:3:19: error: the category id 'Digital Welt' is not in URL form: a-z, 0-9 and single '-' between them\n"
                + "fix: write id: digital-welt",
        ]),
        ("categories: [\"!!!\"]\n", [
            "site.yml:3:14: error: the category '!!!' has no letters or digits for its URL\nfix: give it an id: '- {id: kategorie, title: !!!}'",
        ]),
    ])
    func invalidValues(_ yaml: String, _ expected: [String]) throws {
        let (config, diagnostics) = try SiteConfigTests.load(Self.head + yaml)
        #expect(diagnostics == expected)
        if expected.contains(where: { $0.contains(": error: ") }) { #expect(config == nil) }
    }
}
