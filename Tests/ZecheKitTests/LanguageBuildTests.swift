import Foundation
import Testing
@testable import ZecheKit
import ZecheTestSupport

/// A site in German and English: each language's pages under its path, translations linked by
/// file name, bundle and `translation_key`, the alternates of every page, the language
/// switcher, the sitemaps and the structured data.
@Suite struct LanguageBuildTests {
    static func built() throws -> (site: TemporaryDirectory, report: BuildResult) {
        let site = try SiteBuildTests.site("golden-languages")
        return (site, SiteBuildTests.build(site))
    }

    static func page(_ site: TemporaryDirectory, _ path: String) throws -> String {
        try String(contentsOf: site.url.appendingPathComponent("Output/" + path), encoding: .utf8)
    }

    @Test func theGoldenTwoLanguageSiteBuildsExactlyAsRecorded() throws {
        let (site, report) = try Self.built()
        #expect(report.succeeded, "\(report.diagnostics)")
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let golden = PackagePaths.root().appendingPathComponent("Tests/ZecheKitTests/Golden/golden-languages")
        let problems = compareWithGolden(actual: site.url.appendingPathComponent("Output"), golden: golden)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n\n"))")
    }

    @Test(arguments: [
        // By file name, by bundle (index.en.md) and by translation_key.
        ("2026/01/jahresauftakt/index.html", "https://example.com/en/2026/01/start-of-the-year/"),
        ("2026/03/werkstatt/index.html", "https://example.com/en/2026/03/a-visit-to-the-workshop/"),
        ("2026/04/zahlen/index.html", "https://example.com/en/2026/04/figures/"),
        ("impressum/index.html", "https://example.com/en/legal-notice/"),
        ("index.html", "https://example.com/en/"),
        ("pressemitteilungen/index.html", "https://example.com/en/press-releases/"),
    ])
    func eachTranslatedPageNamesBothVersionsAndTheDefaultOne(path: String, english: String) throws {
        let (site, _) = try Self.built()
        let html = try Self.page(site, path)
        let german = "https://example.com/" + path.dropLast("index.html".count)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"de\">"))
        #expect(html.contains("""
            <link rel="alternate" hreflang="de" href="\(german)">
            <link rel="alternate" hreflang="en" href="\(english)">
            <link rel="alternate" hreflang="x-default" href="\(german)">
            """))
        let back = try Self.page(site, String(english.dropFirst("https://example.com/".count)) + "index.html")
        #expect(back.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(back.contains("<link rel=\"alternate\" hreflang=\"de\" href=\"\(german)\">"))
    }

    @Test func anArticleInOneLanguageHasNoAlternatesAndItsSwitcherLeadsToTheOtherHome() throws {
        let (site, _) = try Self.built()
        let html = try Self.page(site, "2026/02/nur-deutsch/index.html")
        #expect(!html.contains("hreflang=\"en\" href=\"https://"))
        #expect(html.contains("<a class=\"language-switcher__link\" href=\"/en/\" hreflang=\"en\" lang=\"en\" title=\"English\">"))
        let translated = try Self.page(site, "2026/01/jahresauftakt/index.html")
        #expect(translated.contains(
            "<a class=\"language-switcher__link\" href=\"/en/2026/01/start-of-the-year/\" hreflang=\"en\" lang=\"en\" title=\"English\">"))
    }

    @Test func theSitemapIndexListsASitemapPerLanguageWithAlternates() throws {
        let (site, _) = try Self.built()
        #expect(try Self.page(site, "sitemap.xml") == """
            <?xml version="1.0" encoding="UTF-8"?>
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <sitemap><loc>https://example.com/sitemap-de.xml</loc></sitemap>
              <sitemap><loc>https://example.com/sitemap-en.xml</loc></sitemap>
            </sitemapindex>

            """)
        let english = try Self.page(site, "sitemap-en.xml")
        #expect(english.contains("""
              <url><loc>https://example.com/en/2026/01/start-of-the-year/</loc><lastmod>2026-01-15T00:00:00+01:00</lastmod>
                <xhtml:link rel="alternate" hreflang="de" href="https://example.com/2026/01/jahresauftakt/"/>
                <xhtml:link rel="alternate" hreflang="en" href="https://example.com/en/2026/01/start-of-the-year/"/>
                <xhtml:link rel="alternate" hreflang="x-default" href="https://example.com/2026/01/jahresauftakt/"/>
              </url>
            """))
        #expect(!english.contains("nur-deutsch"))
        #expect(try Self.page(site, "robots.txt").hasSuffix("Sitemap: https://example.com/sitemap.xml\n"))
    }

    @Test func theStructuredDataNamesTheOriginalAndItsTranslations() throws {
        let (site, _) = try Self.built()
        let german = try Self.page(site, "2026/01/jahresauftakt/index.html")
        #expect(german.contains("\"inLanguage\":\"de\""))
        #expect(german.contains("\"workTranslation\":[{\"@type\":\"NewsArticle\",\"@id\":\"https://example.com/en/2026/01/start-of-the-year/\","
            + "\"url\":\"https://example.com/en/2026/01/start-of-the-year/\",\"inLanguage\":\"en\"}]"))
        let english = try Self.page(site, "en/2026/01/start-of-the-year/index.html")
        #expect(english.contains("\"inLanguage\":\"en\""))
        #expect(english.contains("\"translationOfWork\":{\"@type\":\"NewsArticle\",\"@id\":\"https://example.com/2026/01/jahresauftakt/\""))
    }

    @Test func eachLanguageHasItsFeedsListsAnd404UnderItsPath() throws {
        let (site, report) = try Self.built()
        #expect(report.languages == ["de", "en"])
        for path in ["en/feed.xml", "en/feed.json", "en/404.html", "en/tags/ruhr-area/index.html", "en/categories/unternehmen/index.html",
                     "en/authors/anna/index.html", "en/press-releases/feed.xml", "en/contacts/index.html"] {
            #expect(FileManager.default.fileExists(atPath: site.url.appendingPathComponent("Output/" + path).path), "\(path)")
        }
        let feed = try Self.page(site, "en/feed.xml")
        #expect(feed.contains("<title>Figures for 2025</title>"))
        #expect(!feed.contains("Zahlen"))
        // A link to the German file of a bundle leads to its English version on English pages.
        #expect(try Self.page(site, "en/2026/01/start-of-the-year/index.html").contains("href=\"/en/2026/03/a-visit-to-the-workshop/\""))
        // The English press release has the English boilerplate, and its date in English words.
        let release = try Self.page(site, "en/2026/04/figures/index.html")
        #expect(release.contains("About us"))
        #expect(release.contains("1 April 2026"))
    }

    @Test func eachLanguageSearchesItsOwnArticles() throws {
        let (site, _) = try Self.built()
        let english = try Self.page(site, "en/search/docs/0.json")
        #expect(english.hasPrefix("{\"docs\":[[\"/en/2026/04/figures/\",\"Figures for 2025\""))
        #expect(!english.contains("Zahlen"))
        #expect(try Self.page(site, "search/docs/0.json").contains("\"Zahlen für 2025\""))
        #expect(try Self.page(site, "en/index.html").contains("action=\"/en/search/\""))
        #expect(try Self.page(site, "index.html").contains("action=\"/suche/\""))
    }

    @Test func theUntranslatedArticlesAreListedByLanguage() throws {
        let (_, report) = try Self.built()
        #expect(report.translations.filter { !$0.languages.contains("en") }.map(\.sourcePath) == ["Content/posts/2026-02-01-nur-deutsch.md"])
    }

    @Test("The hreflang check passes the built site, and fails a page whose translation does not link back",
          .enabled(if: PackagePaths.executable(named: "python3") != nil, "python3 is not installed"))
    func theHreflangCheckFindsAPairThatDoesNotLinkBack() throws {
        let (site, report) = try Self.built()
        #expect(report.succeeded)
        let output = site.url.appendingPathComponent("Output")
        let script = PackagePaths.root().appendingPathComponent("scripts/site-checks/check-hreflang.py").path
        let python = try #require(PackagePaths.executable(named: "python3"))
        let built = try CommandRun.run(python, [script, output.path])
        #expect(built.status == 0 && built.standardOutput.hasSuffix("24 passed, 0 failed\n"), "\(built)")
        // The English article forgets its German original.
        let path = "Output/en/2026/01/start-of-the-year/index.html"
        let english = try Self.page(site, "en/2026/01/start-of-the-year/index.html")
        try site.write(english.replacingOccurrences(
            of: "<link rel=\"alternate\" hreflang=\"de\" href=\"https://example.com/2026/01/jahresauftakt/\">\n", with: ""), to: path)
        let broken = try CommandRun.run(python, [script, output.path])
        #expect(broken.status == 1)
        #expect(broken.standardOutput.contains(
            "FAIL hreflang 2026/01/jahresauftakt/index.html: names en/2026/01/start-of-the-year/index.html (hreflang='en'), which does not link back"),
            "\(broken)")
        #expect(broken.standardOutput.hasSuffix("23 passed, 1 failed\n"), "\(broken)")
    }
}
