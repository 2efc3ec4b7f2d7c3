import Foundation
import Testing
@testable import ZecheKit
import ZecheTestSupport

/// Whole builds of a small newsroom: sections, categories, contacts, boilerplate, paginated
/// lists with feeds, and an embargoed press release, byte for byte and by what each file holds.
@Suite struct NewsroomBuildTests {
    /// 2026-11-19: the fixture's embargo (2026-12-24 09:00) is ahead.
    static let now = SiteBuildTests.now
    static let key = EmbargoKey("golden-newsroom-test-key")
    static let embargoed = "Content/pressemitteilungen/2026-11-18-uebernahme.md"
    /// Words of the embargoed release that no public file may hold before its moment.
    static let secrets = ["VERTRAULICH-ZX81", "Übernahme", "uebernahme", "Geheimprojekt", "geheimprojekt"]

    static func build(_ site: TemporaryDirectory, now: Date = now, key: EmbargoKey? = key, into output: String = "Output") -> BuildResult {
        var pipeline = BuildPipeline(root: site.url, options: BuildOptions(now: now, embargoKey: key))
        return pipeline.build(into: OutputFolder(url: site.url.appendingPathComponent(output)))
    }

    /// Every file of the output with its text, by path.
    static func files(_ site: TemporaryDirectory, in output: String = "Output") throws -> [String: String] {
        let folder = site.url.appendingPathComponent(output)
        var files: [String: String] = [:]
        for path in relativeFiles(in: folder) {
            files[path] = String(decoding: try Data(contentsOf: folder.appendingPathComponent(path)), as: UTF8.self)
        }
        return files
    }

    @Test func theGoldenNewsroomBuildsExactlyAsRecorded() throws {
        let site = try SiteBuildTests.site("golden-newsroom")
        let report = Self.build(site)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let golden = PackagePaths.root().appendingPathComponent("Tests/ZecheKitTests/Golden/golden-newsroom")
        let problems = compareWithGolden(actual: site.url.appendingPathComponent("Output"), golden: golden)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n\n"))")
    }

    @Test func anEmbargoedReleaseIsOnlyOnItsPrivatePageBeforeItsMoment() throws {
        let site = try SiteBuildTests.site("golden-newsroom")
        let report = Self.build(site)
        #expect(report.succeeded, "\(report.diagnostics)")
        let token = try #require(Self.key?.token(forSlug: "uebernahme"))
        let privatePage = "vorab/\(token)/index.html"
        #expect(report.leftOut.map(\.reason) == [
            .embargoed(until: try #require(SiteDate(year: 2026, month: 12, day: 24, hour: 9, timeZone: Self.berlin)),
                       privateURL: "https://example.com/presse/vorab/\(token)/"),
        ])
        let files = try Self.files(site)
        let page = try #require(files[privatePage])
        #expect(page.contains("VERTRAULICH-ZX81"))
        #expect(page.contains("<meta name=\"robots\" content=\"noindex\">"))
        #expect(page.contains("Sperrfrist: 24. Dezember 2026, 09:00 Uhr."))
        #expect(!page.contains("class=\"share\""))
        for (path, text) in files where path != privatePage {
            for secret in Self.secrets { #expect(!text.contains(secret), "\(path) holds '\(secret)'") }
            #expect(!text.contains(token), "\(path) links the private page")
        }
    }

    @Test func withoutTheKeyAnEmbargoedReleaseIsWrittenNowhere() throws {
        let site = try SiteBuildTests.site("golden-newsroom")
        let report = Self.build(site, key: nil)
        #expect(report.succeeded, "\(report.diagnostics)")
        #expect(report.leftOut.map(\.reason).count == 1)
        guard case .embargoed(_, nil) = report.leftOut.first?.reason else {
            Issue.record("expected an embargo without a private link, got \(report.leftOut)")
            return
        }
        for (path, text) in try Self.files(site) {
            for secret in Self.secrets { #expect(!text.contains(secret), "\(path) holds '\(secret)'") }
        }
        #expect(try Self.files(site).keys.contains { $0.hasPrefix("vorab/") } == false)
    }

    @Test func afterItsMomentAnEmbargoedReleaseIsPublishedLikeAnyOther() throws {
        let site = try SiteBuildTests.site("golden-newsroom")
        let after = Date(timeIntervalSince1970: 1_798_099_200)  // 2026-12-24 08:00 UTC, 09:00 in Berlin
        let report = Self.build(site, now: after)
        #expect(report.succeeded, "\(report.diagnostics)")
        #expect(report.leftOut.isEmpty)
        let files = try Self.files(site)
        let page = try #require(files["pressemitteilungen/2026/uebernahme/index.html"])
        #expect(page.contains("VERTRAULICH-ZX81"))
        #expect(!page.contains("noindex"))
        #expect(!files.keys.contains { $0.hasPrefix("vorab/") })
        #expect(files["feed.xml"]?.contains("VERTRAULICH-ZX81") == true)
        #expect(files["pressemitteilungen/feed.json"]?.contains("VERTRAULICH-ZX81") == true)
        #expect(files["sitemap.xml"]?.contains("/presse/pressemitteilungen/2026/uebernahme/") == true)
        #expect(files["tags/geheimprojekt/index.html"]?.contains("Streng vertraulich") == true)
        #expect(files["categories/unternehmen/index.html"]?.contains("Streng vertraulich") == true)
        #expect(files["pressemitteilungen/index.html"]?.contains("Streng vertraulich") == true)
        // One second earlier it is still private.
        let before = Self.build(site, now: after.addingTimeInterval(-1), into: "Before")
        #expect(before.leftOut.count == 1)
        #expect(try Self.files(site, in: "Before")["feed.xml"]?.contains("VERTRAULICH-ZX81") == false)
    }

    @Test func aPressReleaseShowsItsDatelineContactsAndBoilerplateOnceInPageAndFeeds() throws {
        let site = try SiteBuildTests.site("golden-newsroom")
        #expect(Self.build(site).succeeded)
        let files = try Self.files(site)
        let page = try #require(files["pressemitteilungen/2026/messe/index.html"])
        #expect(page.contains("<p><span class=\"dateline\">Essen, 5. Oktober 2026 –</span> Die Beispiel AG zeigt"))
        #expect(page.contains("<a href=\"tel:+49234567890\">+49 (0)234 5678-90</a>"))
        #expect(page.contains("href=\"/presse/contacts/tom-weber.vcf\" download=\"tom-weber.vcf\">"))
        #expect(page.components(separatedBy: "Die Beispiel AG aus Bochum baut Beispiele").count == 2)
        // The section's own dateline where the release names none.
        #expect(files["pressemitteilungen/2026/jahreszahlen/index.html"]?.contains("<span class=\"dateline\">Bochum, 1. September 2026 –</span>") == true)
        let feed = try #require(files["pressemitteilungen/feed.xml"])
        #expect(feed.components(separatedBy: "Die Beispiel AG aus Bochum baut Beispiele").count == 4)
        #expect(feed.contains("Essen, 5. Oktober 2026 –"))
        // News articles have neither.
        let news = try #require(files["2026/10/sommerfest/index.html"])
        #expect(!news.contains("dateline") && !news.contains("boilerplate") && !news.contains("contact-box"))
    }

    @Test func listPagesArePaginatedAndLinkTheirFeeds() throws {
        let site = try SiteBuildTests.site("golden-newsroom")
        #expect(Self.build(site).succeeded)
        let files = try Self.files(site)
        let second = try #require(files["authors/anna/page/2/index.html"])
        #expect(second.contains("<link rel=\"canonical\" href=\"https://example.com/presse/authors/anna/page/2/\">"))
        #expect(second.contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Golden-Presse – Anna Köhler\" href=\"/presse/authors/anna/feed.xml\">"))
        #expect(second.contains("<title>Anna Köhler – Seite 2 von 3 – Golden-Presse</title>"))
        #expect(files["authors/anna/page/3/index.html"] != nil && files["authors/anna/page/4/index.html"] == nil)
        #expect(files["pressemitteilungen/page/2/index.html"]?.contains("Beispiel AG legt Jahreszahlen vor") == true)
        #expect(files["categories/unternehmen/page/2/index.html"] == nil)
        // The home page lists the news only, and features the newest two press releases.
        let home = try #require(files["index.html"])
        #expect(home.contains("section-teaser") && home.contains("Neuer Standort in Dortmund") && home.contains("Beispiel AG auf der Messe Essen"))
        #expect(!home.contains("Beispiel AG legt Jahreszahlen vor"))
        #expect(files["sitemap.xml"]?.contains("https://example.com/presse/authors/anna/page/2/") == true)
    }

    @Test func aTeasersKickerIsItsSectionOrElseItsFirstCategoryAndRelatedArticlesAreCards() throws {
        let site = try SiteBuildTests.site("golden-newsroom")
        #expect(Self.build(site).succeeded)
        let files = try Self.files(site)
        let messen = try #require(files["categories/messen/index.html"])
        #expect(messen.contains("<p class=\"teaser__kicker\">Pressemitteilungen</p>"))
        #expect(messen.contains("<p class=\"teaser__kicker\">Messen &amp; Events</p>"))
        // The related press release: a card with its section, date and authors, without an image.
        let report = try #require(files["2026/11/messebericht/index.html"])
        let related = try #require(report.components(separatedBy: "<section class=\"related\"").last)
        #expect(related.contains("<div class=\"card__image card__image--none\"></div>"))
        #expect(related.contains("<p class=\"card__kicker\">Pressemitteilungen</p>"))
        #expect(related.contains("<time datetime=\"2026-10-05T09:30:00+02:00\">5. Oktober 2026</time>"))
        #expect(related.contains("<span>Anna Köhler</span>"))
    }

    @Test func aContactsVCardIsVersionThreeWithTheNumberInE164() throws {
        let site = try SiteBuildTests.site("golden-newsroom")
        #expect(Self.build(site).succeeded)
        let vCard = try #require(try Self.files(site)["contacts/lena-berg.vcf"])
        #expect(vCard == """
            BEGIN:VCARD\r
            VERSION:3.0\r
            N:Berg;Lena;;Dr.;\r
            FN:Dr. Lena Berg\r
            ORG:Beispiel AG\r
            TITLE:Pressesprecherin\r
            TEL;TYPE=WORK,VOICE:+49234567890\r
            EMAIL;TYPE=INTERNET,WORK:presse@example.com\r
            URL:https://example.com/presse/contacts/#lena-berg\r
            NOTE:Sprachen: Deutsch\\, English\\nFür Presseanfragen\\, Interviews und Foto\r
             s.\r
            END:VCARD\r

            """)
        // Lines are folded at 75 bytes ("ü" is two), never inside a character.
        #expect(vCard.components(separatedBy: "\r\n").map(\.utf8.count).max() == 75)
    }

    static let berlin = TimeZone(identifier: "Europe/Berlin") ?? .current
}

extension NewsroomBuildTests {
    @Test func aPressReleaseNamesItsContactsInItsJSONLD() throws {
        let site = try SiteBuildTests.site("golden-newsroom")
        #expect(Self.build(site).succeeded)
        let page = try #require(try Self.files(site)["pressemitteilungen/2026/messe/index.html"])
        let script = try #require(HTMLScan(page).scripts.first { $0.tag.value(of: "type") == "application/ld+json" }?.content)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(script.utf8)) as? [String: Any])
        let publisher = try #require(json["publisher"] as? [String: Any])
        let points = try #require(publisher["contactPoint"] as? [[String: Any]])
        #expect(points.map { $0["name"] as? String } == ["Tom Weber", "Dr. Lena Berg"])
        #expect(points.allSatisfy { $0["@type"] as? String == "ContactPoint" && $0["contactType"] as? String == "press" })
        #expect(points[1]["telephone"] as? String == "+49234567890")
        #expect(points[1]["email"] as? String == "presse@example.com")
        #expect(points[1]["availableLanguage"] as? [String] == ["Deutsch", "English"])
    }

    @Test func anEnglishSiteWritesItsDatelineWithADash() throws {
        let config = NewsroomValidationTests.config.replacingOccurrences(of: "url: https://news.example.com/\n",
                                                                         with: "url: https://news.example.com/\nlanguage: en\n")
        let site = try TestSite(NewsroomValidationTests.files([
            "site.yml": config, "Content/pressemitteilungen/a.md": TestSite.article(date: "2026-05-04", "dateline: Essen\n"),
        ])).site()
        let article = try #require(site.articles.first)
        #expect(ContextBuilder.dateline(of: article, strings: site.strings) == "Essen, May 4, 2026 —")
        #expect(site.newsroom.boilerplate?.title == "About Testnewsroom")
    }
}
