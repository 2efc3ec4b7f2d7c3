import Foundation
import Testing
import ZecheKit
import ZecheTestSupport

/// Slugs come from file names as DESIGN.md says; dates are read in the site's time zone and
/// decide the permalink and whether an article is published yet.
struct SlugAndDateTests {
    @Test("A slug is the file or bundle name without its date, in lowercase ASCII", arguments: [
        ("Content/posts/2026-11-24-austausch-zur-digitalisierung.md", "austausch-zur-digitalisierung"),
        ("Content/posts/2026-11-24-werkstatt/index.md", "werkstatt"),
        ("Content/posts/Über uns und die Straße.md", "ueber-uns-und-die-strasse"),
        ("Content/posts/U\u{308}ber uns.md", "ueber-uns"),
        ("Content/posts/2026/Café Crème/index.md", "cafe-creme"),
        ("Content/posts/2026-11-24.md", "2026-11-24"),
        ("Content/posts/index.md", "index"),
    ])
    func slugFromFileName(_ path: String, _ slug: String) throws {
        let site = try TestSite([path: TestSite.article()])
        #expect(try site.site().articles.map(\.slug) == [slug])
        #expect(try site.site().articles.map(\.sourcePath) == [path])
    }

    @Test("A slug in front matter replaces the file name's")
    func explicitSlug() throws {
        let site = try TestSite(["Content/posts/2026-05-04-lang.md": TestSite.article("slug: kurz\n")])
        #expect(try site.site().articles.map(\.url) == ["/2026/05/kurz/"])
    }

    @Test("Content/posts/index.md is an article, not a bundle that swallows the others")
    func indexInPosts() throws {
        let site = try TestSite([
            "Content/posts/index.md": TestSite.article(title: "Index"),
            "Content/posts/andere.md": TestSite.article(title: "Andere", date: "2026-05-05"),
        ])
        #expect(try site.site().articles.map(\.slug) == ["andere", "index"])
        #expect(try site.site().articles.map(\.bundleFiles.count) == [0, 0])
    }

    @Test("A bundle's files keep their names, spaces and umlauts, in the article's folder")
    func bundleFileNames() throws {
        let site = try TestSite([
            "Content/posts/2026-05-04-Große Pläne/index.md": TestSite.article("image: Foto 1.svg\nimage_alt: Ein Foto\n",
                                                                              body: "![Plan](Pläne/Übersicht.svg)\n"),
            "Content/posts/2026-05-04-Große Pläne/Foto 1.svg": TestSite.svg,
            "Content/posts/2026-05-04-Große Pläne/Pläne/Übersicht.svg": TestSite.svg,
        ])
        let article = try #require(try site.site().articles.first)
        #expect(article.url == "/2026/05/grosse-plaene/")
        #expect(article.bundleFiles.map(\.outputPath) == ["2026/05/grosse-plaene/Foto 1.svg", "2026/05/grosse-plaene/Pläne/Übersicht.svg"])
        #expect(article.image == "/2026/05/grosse-plaene/Foto%201.svg")
        #expect(article.contentHTML == "<p><img src=\"/2026/05/grosse-plaene/Pl%C3%A4ne/%C3%9Cbersicht.svg\" alt=\"Plan\" width=\"120\" height=\"63\" loading=\"lazy\" decoding=\"async\"></p>\n")
    }

    @Test("A date is read in the site's time zone, or converted to it, and decides the permalink", arguments: [
        ("2026-03-02", "2026-03-02T00:00:00+01:00", "/2026/03/a/"),
        ("2026-04-10 09:30:00", "2026-04-10T09:30:00+02:00", "/2026/04/a/"),
        ("2026-04-30T23:30:00Z", "2026-05-01T01:30:00+02:00", "/2026/05/a/"),
        ("2026-05-01T01:00:00+05:00", "2026-04-30T22:00:00+02:00", "/2026/04/a/"),
        ("\"2026-03-29 02:30\"", "2026-03-29T03:30:00+02:00", "/2026/03/a/"),
        ("\"2025-12-31 18:00:00 -0500\"", "2026-01-01T00:00:00+01:00", "/2026/01/a/"),
    ])
    func datesInTheSiteTimeZone(_ written: String, _ iso8601: String, _ url: String) throws {
        let site = try TestSite(["Content/posts/a.md": TestSite.article(date: written)])
        let article = try #require(try site.site().articles.first)
        #expect(article.date.iso8601 == iso8601)
        #expect(article.url == url)
    }

    @Test("A date is written in RFC 3339 with its offset, for any instant, offset and year")
    func iso8601() throws {
        var random = SeededRandom(seed: 8601)
        let offsets = [0, 3600, -18_000, 19_800, -34_200, 50_400, -43_200, 45]
        // From year -1 to 10000: the years outside 0...9999 are written as they always were.
        for _ in 0..<20_000 {
            let instant = Int64(random.int(-62_198_000_000...253_410_000_000))
            let date = SiteDate(secondsSince1970: instant, utcOffsetSeconds: offsets[random.int(0...(offsets.count - 1))])
            let offset = abs(date.utcOffsetSeconds)
            func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
            let year = String(repeating: "0", count: max(0, 4 - String(date.year).count)) + String(date.year)
            let expected = "\(year)-\(two(date.month))-\(two(date.day))T\(two(date.hour)):\(two(date.minute)):\(two(date.second))"
                + (date.utcOffsetSeconds < 0 ? "-" : "+") + "\(two(offset / 3600)):\(two(offset / 60 % 60))"
            #expect(date.iso8601 == expected, "\(instant) \(date.utcOffsetSeconds)")
        }
        #expect(SiteDate(secondsSince1970: 1_795_510_800, utcOffsetSeconds: 3600).iso8601 == "2026-11-24T10:00:00+01:00")
        #expect(SiteDate(secondsSince1970: -1, utcOffsetSeconds: -19_800).iso8601 == "1969-12-31T18:29:59-05:30")
    }

    @Test("A date without an offset follows the time zone of site.yml")
    func otherTimeZone() throws {
        let site = try TestSite([
            "site.yml": TestSite.minimalConfig + "timezone: America/New_York\npermalink: /:year/:month/:day/:slug/\n",
            "Content/posts/a.md": TestSite.article(date: "2026-05-04 22:00:00"),
        ])
        let article = try #require(try site.site().articles.first)
        #expect(article.date.iso8601 == "2026-05-04T22:00:00-04:00")
        #expect(article.url == "/2026/05/04/a/")
    }

    @Test("An article dated after now is left out until then, or with --future", arguments: [
        ("2026-06-01 12:00:00", true),
        ("2026-06-01 12:00:01", false),
        ("2026-06-01T10:00:00Z", true),
        ("2026-06-02", false),
    ])
    func future(_ date: String, _ isPublished: Bool) throws {
        let site = try TestSite(["Content/posts/a.md": TestSite.article(date: date)])
        #expect(try site.site().articles.count == (isPublished ? 1 : 0))
        #expect(try site.site(future: true).articles.count == 1)
    }

    @Test("Articles of one date are ordered by slug, so the order never depends on the file system")
    func sameDate() throws {
        let site = try TestSite([
            "Content/posts/c.md": TestSite.article(),
            "Content/posts/a.md": TestSite.article(),
            "Content/posts/b.md": TestSite.article(date: "2026-05-05"),
        ])
        #expect(try site.site().articles.map(\.slug) == ["b", "a", "c"])
    }
}
