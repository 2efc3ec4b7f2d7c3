import Foundation
import Testing
import ZecheKit

/// `site.yml` becomes a `SiteConfig` with the defaults of DESIGN.md, and every wrong value is
/// reported at its line and column.
struct SiteConfigTests {
    static func load(_ yaml: String) throws -> (SiteConfig?, [String]) {
        let site = try TestSite(["site.yml": yaml])
        let (config, diagnostics) = SiteConfig.load(root: site.root)
        return (config, diagnostics.map(\.description))
    }

    @Test("A site.yml with only a title and a url gets the defaults of DESIGN.md")
    func defaults() throws {
        let (config, diagnostics) = try Self.load("title: Testnewsroom\nurl: https://news.example.com\n")
        let site = try #require(config)
        #expect(diagnostics == [])
        #expect(site.title == "Testnewsroom")
        #expect(site.description == "")
        #expect(site.urls.base.absolute == "https://news.example.com/")
        #expect(site.language == "de")
        #expect(site.timeZoneIdentifier == "Europe/Berlin")
        #expect(site.urls.permalink.description == "/:year/:month/:slug/")
        #expect(site.paginate == 10)
        #expect(site.relatedCount == 3)
        #expect(site.shareNetworks == [.linkedin, .xing, .x, .facebook, .email])
        #expect(site.feedContent == .full)
        #expect(site.allowsRawHTML == false)
        #expect(site.usesSmartPunctuation == false)
        #expect(site.publisherName == "Testnewsroom")
        #expect(site.mainMenu.isEmpty && site.footerMenu.isEmpty)
    }

    @Test("Every setting of site.yml is read")
    func everySetting() throws {
        let (config, diagnostics) = try Self.load("""
            title: Q.One Newsroom
            description: Neuigkeiten aus dem Revier
            url: https://example.github.io/newsroom
            language: en-GB
            timezone: America/New_York
            permalink: /news/:year/:month/:day/:slug.html
            paginate: 5
            related_count: 0
            share: [xing, bluesky]
            feed: summary
            markdown: {unsafe_html: true, smart_punctuation: true}
            publisher: {name: Q.One GmbH, logo: images/logo.svg}
            domain: news.q-one.com
            copyright: © 2026 Q.One
            menus:
              main:
                - {title: Themen, url: /tags/}
              footer:
                - {title: Impressum, url: /impressum/}
            analytics_id: 42

            """)
        let site = try #require(config)
        #expect(diagnostics == [])
        #expect(site.description == "Neuigkeiten aus dem Revier")
        #expect(site.urls.base.absolute == "https://example.github.io/newsroom/")
        #expect(site.urls.base.path == "/newsroom/")
        #expect(site.urls.base.origin == "https://example.github.io")
        #expect(site.language == "en-GB")
        #expect(site.primaryLanguage == "en")
        #expect(site.timeZoneIdentifier == "America/New_York")
        #expect(site.urls.permalink.description == "/news/:year/:month/:day/:slug.html")
        #expect(site.paginate == 5)
        #expect(site.relatedCount == 0)
        #expect(site.shareNetworks == [.xing, .bluesky])
        #expect(site.feedContent == .summary)
        #expect(site.allowsRawHTML && site.usesSmartPunctuation)
        #expect(site.publisherName == "Q.One GmbH")
        #expect(site.publisherLogo == "/images/logo.svg")
        #expect(site.domain == "news.q-one.com")
        #expect(site.copyright == "© 2026 Q.One")
        #expect(site.mainMenu.map { "\($0.title) \($0.url)" } == ["Themen /tags/"])
        #expect(site.footerMenu.map { "\($0.title) \($0.url)" } == ["Impressum /impressum/"])
        #expect(site.params.map(\.key) == ["analytics_id"])
        #expect(site.params.first?.value.intValue == 42)
    }

    @Test("A base URL with a path puts every site path below it")
    func basePath() throws {
        let (config, _) = try Self.load("title: T\nurl: https://example.github.io/newsroom/\n")
        let site = try #require(config)
        #expect(site.urls.tag(slug: "digitalisierung").url == "/newsroom/tags/digitalisierung/")
        #expect(site.urls.tag(slug: "digitalisierung").outputPath == "tags/digitalisierung/index.html")
        #expect(site.urls.index(page: 2).url == "/newsroom/page/2/")
        #expect(site.urls.configured("/tags/") == "/newsroom/tags/")
        #expect(site.urls.absolute(site.urls.generated("feed.xml").url) == "https://example.github.io/newsroom/feed.xml")
    }

    // Fuzz/Regressions/SiteConfigFuzzer/base-url-scheme-case: `Https://` passed through, and
    // feeds and sitemaps then named URLs that no longer compared equal to the canonical ones.
    @Test("The base URL's scheme is written in lower case", arguments: [
        ("Https://news.example.com", "https://news.example.com/"),
        ("HTTP://Example.github.io/Newsroom/", "http://Example.github.io/Newsroom/"),
    ])
    func baseURLSchemeCase(_ url: String, _ expected: String) throws {
        let (config, diagnostics) = try Self.load("title: T\nurl: \(url)\n")
        #expect(diagnostics.isEmpty)
        #expect(try #require(config).urls.base.absolute == expected)
    }

    @Test("A permalink pattern places articles by their date and slug", arguments: [
        ("/:year/:month/:slug/", "/2026/03/austausch/"),
        ("/:year/:month/:day/:slug/", "/2026/03/07/austausch/"),
        ("/news/:slug.html", "/news/austausch.html"),
        ("/:slug/", "/austausch/"),
    ])
    func permalinkPaths(_ pattern: String, _ expected: String) throws {
        let permalink = try PermalinkPattern.parse(pattern).get()
        let berlin = try #require(TimeZone(identifier: "Europe/Berlin"))
        let date = try #require(SiteDate(year: 2026, month: 3, day: 7, timeZone: berlin))
        #expect(permalink.path(slug: "austausch", date: date) == expected)
    }

    @Test("A language is a BCP 47 tag", arguments: [
        ("de", true), ("de-DE", true), ("en-GB", true), ("zh-Hant-TW", true), ("de-CH-1996", true), ("sr-Latn", true),
        ("de_DE", false), ("german", false), ("deutsch", false), ("d", false), ("de-", false), ("", false), ("de DE", false),
    ])
    func languageTags(_ tag: String, _ isValid: Bool) {
        #expect(LanguageTag.isValid(tag) == isValid)
    }

    @Test("A wrong value in site.yml is an error at its line and column, with a fix", arguments: [
        ("title: T\nurl: /news/\n", [
            "site.yml:2:6: error: 'url' must be the site's absolute http(s) address, not the text '/news/'\nfix: write url: https://news.example.com/",
        ]),
        ("title: T\nurl: ftp://example.com/\n", [
            "site.yml:2:6: error: 'url' must be the site's absolute http(s) address, not the text 'ftp://example.com/'\nfix: write url: https://news.example.com/",
        ]),
        ("title: T\nurl: https://example.com/?page=1\n", [
            "site.yml:2:6: error: 'url' must be the site's absolute http(s) address, not the text 'https://example.com/?page=1'\nfix: write url: https://news.example.com/",
        ]),
        ("title: T\n", [
            "site.yml:1:1: error: the required key 'url' is missing\nfix: add a line 'url: https://news.example.com/'",
        ]),
        ("titel: T\nurl: https://example.com/\n", [
            "site.yml:1:1: error: unknown key 'titel'; did you mean the required key 'title'?\nfix: rename 'titel' to 'title'",
        ]),
        ("title: 2026\nurl: https://example.com/\n", [
            "site.yml:1:8: error: 'title' must be text, not the number '2026'\nfix: put the value in quotes: title: \"…\"",
        ]),
        ("title: T\nurl: https://example.com/\nlanguage: german\n", [
            "site.yml:3:11: error: 'german' is not a BCP 47 language tag\nfix: write a tag such as 'de', 'de-DE' or 'en-GB'",
        ]),
        ("title: T\nurl: https://example.com/\nlanguage: de_DE\n", [
            "site.yml:3:11: error: 'de_DE' is not a BCP 47 language tag; did you mean 'de-DE'?\nfix: write a tag such as 'de', 'de-DE' or 'en-GB'",
        ]),
        ("title: T\nurl: https://example.com/\ntimezone: Europe/Berln\n", [
            "site.yml:3:11: error: 'Europe/Berln' is not a known time zone; did you mean 'Europe/Berlin'?\nfix: write a zone of the IANA database, e.g. timezone: Europe/Berlin",
        ]),
        ("title: T\nurl: https://example.com/\ntimezone: MEZ\n", [
            "site.yml:3:11: error: 'MEZ' is not a known time zone\nfix: write a zone of the IANA database, e.g. timezone: Europe/Berlin",
        ]),
        ("title: T\nurl: https://example.com/\npermalink: /:yaer/:slug/\n", [
            "site.yml:3:12: error: unknown permalink token ':yaer'; did you mean ':year'?\nfix: use the tokens :year :month :day :slug, e.g. '/:year/:month/:slug/'",
        ]),
        ("title: T\nurl: https://example.com/\npermalink: /:year/:month/:title/\n", [
            "site.yml:3:12: error: unknown permalink token ':title'\nfix: use the tokens :year :month :day :slug, e.g. '/:year/:month/:slug/'",
        ]),
        ("title: T\nurl: https://example.com/\npermalink: /:year/:month/\n", [
            "site.yml:3:12: error: the permalink must contain ':slug', or articles of one day would share a URL\nfix: use the tokens :year :month :day :slug, e.g. '/:year/:month/:slug/'",
        ]),
        ("title: T\nurl: https://example.com/\npermalink: /:year/:slug\n", [
            "site.yml:3:12: error: the permalink must end with '/' or '.html'\nfix: use the tokens :year :month :day :slug, e.g. '/:year/:month/:slug/'",
        ]),
        ("title: T\nurl: https://example.com/\npermalink: :year/:slug/\n", [
            "site.yml:3:12: error: the permalink must start with '/'\nfix: use the tokens :year :month :day :slug, e.g. '/:year/:month/:slug/'",
        ]),
        ("title: T\nurl: https://example.com/\npermalink: /../:slug/\n", [
            "site.yml:3:12: error: the permalink text '/../' may only hold a-z, 0-9, '-', '_', '.' and single '/'\nfix: use the tokens :year :month :day :slug, e.g. '/:year/:month/:slug/'",
        ]),
        ("title: T\nurl: https://example.com/\npaginate: 0\n", [
            "site.yml:3:11: error: 'paginate' must be a whole number from 1 to 1000, not the number '0'\nfix: write a number without quotes, e.g. paginate: 10",
        ]),
        ("title: T\nurl: https://example.com/\nrelated_count: \"3\"\n", [
            "site.yml:3:16: error: 'related_count' must be a whole number from 0 to 50, not the text '3'\nfix: write a number without quotes, e.g. related_count: 3",
        ]),
        ("title: T\nurl: https://example.com/\nshare: [linkedin, xng]\n", [
            "site.yml:3:19: error: unknown share network 'xng'; did you mean 'xing'?\nfix: choose from linkedin, xing, x, facebook, email, whatsapp, bluesky",
        ]),
        ("title: T\nurl: https://example.com/\nshare: linkedin, xing\n", [
            "site.yml:3:8: error: 'share' is one text with commas, not a list\nfix: write share as a list: [linkedin, xing]",
        ]),
        ("title: T\nurl: https://example.com/\nfeed: teaser\n", [
            "site.yml:3:7: error: 'feed' must be 'full' or 'summary', not 'teaser'\nfix: write feed: full for whole articles in the feeds, or feed: summary",
        ]),
        ("title: T\nurl: https://example.com/\nmarkdown: {unsafe_html: yes please}\n", [
            "site.yml:3:25: error: 'unsafe_html' must be true or false, not the text 'yes please'\nfix: write unsafe_html: true or unsafe_html: false, without quotes",
        ]),
        ("title: T\nurl: https://example.com/\nmenus:\n  main:\n    - title: Themen\n", [
            "site.yml:5:7: error: the required key 'url' is missing\nfix: add a line 'url: /impressum/'",
        ]),
        ("- title\n- url\n", [
            "site.yml:1:1: error: the site.yml must be a list of 'key: value' lines, not a list\nfix: write one 'key: value' per line, e.g. 'title: Mein Artikel'",
        ]),
    ])
    func invalidValues(_ yaml: String, _ expected: [String]) throws {
        let (config, diagnostics) = try Self.load(yaml)
        #expect(config == nil)
        #expect(diagnostics == expected)
    }

    @Test("A misspelt key of site.yml is a warning with the key it resembles", arguments: [
        ("title: T\nurl: https://example.com/\npaginte: 5\n",
         "site.yml:3:1: warning: unknown key 'paginte'; did you mean 'paginate'?\nfix: rename it to 'paginate'"),
        ("title: T\nurl: https://example.com/\npublisher: {name: Q, logos: /x.svg}\n",
         "site.yml:3:22: warning: unknown key 'logos'; did you mean 'logo'?\nfix: rename it to 'logo'"),
    ])
    func misspeltKeys(_ yaml: String, _ expected: String) throws {
        let (config, diagnostics) = try Self.load(yaml)
        #expect(config != nil)
        #expect(diagnostics == [expected])
    }

    @Test("A site without site.yml says where to start")
    func missingFile() throws {
        let site = try TestSite(["site.yml": nil])
        let (config, diagnostics) = SiteConfig.load(root: site.root)
        #expect(config == nil)
        #expect(diagnostics.map(\.description) == [
            "site.yml: error: the site has no readable 'site.yml'\nfix: run zeche in the site's folder, or create site.yml with title and url (see 'zeche init')",
        ])
    }

    @Test("A site.yml that is not UTF-8 says where")
    func notUTF8() throws {
        let site = try TestSite([:])
        try site.write(Data("title: Gr".utf8) + Data([0xFC]) + Data("n\nurl: https://example.com/\n".utf8), to: "site.yml")
        let (config, diagnostics) = SiteConfig.load(root: site.root)
        #expect(config == nil)
        #expect(diagnostics.map(\.description) == [
            "site.yml:1:10: error: the file is not valid UTF-8 (byte 0xFC)\n"
                + "fix: save the file as UTF-8 in your editor; it is probably Latin-1 or Windows-1252",
        ])
    }
}
