import Testing
import TextCore
@testable import ZecheKit

/// A list's JSON Feed is assembled from item texts made once per article; it must be what the
/// JSON writer makes of the whole feed, byte for byte.
struct FeedWriterTests {
    @Test("A JSON Feed from item texts is the writer's text of the whole feed", arguments: [0, 1, 3])
    func jsonFeedFromItemTexts(count: Int) throws {
        var files: [String: String] = [:]
        for day in 1...3 {
            files["Content/posts/a\(day).md"] = TestSite.article(
                title: "„A\(day)“ <b>", date: "2026-05-0\(day)", "tags: [Politik]\n", body: "Text mit \"Zitat\", \\ und\tTab.\n\n## Zwei\n")
        }
        let site = try TestSite(files).site()
        let writer = JSONFeedWriter(site: site)
        let urls = site.config.urls
        let feed = PlannedFeed(title: "T", atom: urls.feed(.atom, ofList: urls.tag(slug: "politik")),
                               json: urls.feed(.json, ofList: urls.tag(slug: "politik")), listURL: urls.tag(slug: "politik").url,
                               articles: Array(0..<count))
        let assembled = writer.write(feed, itemTexts: feed.articles.map { writer.itemText(site.articles[$0]) })
        let whole = JSONWriter(isPretty: true).text(.object([
            ("version", .string("https://jsonfeed.org/version/1.1")), ("title", .string("T")),
            ("home_page_url", .string("https://news.example.com/tags/politik/")),
            ("feed_url", .string("https://news.example.com/tags/politik/feed.json")), ("language", .string("de")),
            ("items", .array(feed.articles.map { writer.item(site.articles[$0]) })),
        ])) + "\n"
        #expect(assembled == whole)
    }

    @Test("An article without text has its summary, or its title, as content_text: JSON Feed wants one of the two")
    func articleWithoutText() throws {
        let site = try TestSite([
            "Content/posts/a.md": TestSite.article(title: "Nur ein Titel", body: ""),
            "Content/posts/b.md": TestSite.article(title: "Mit Summary", date: "2026-05-03", "summary: Kurz gesagt.\n", body: ""),
        ]).site()
        let writer = JSONFeedWriter(site: site)
        let texts = site.articles.map { writer.itemText($0) }
        #expect(texts.contains { $0.contains("\"content_text\": \"Nur ein Titel\"") })
        #expect(texts.contains { $0.contains("\"content_text\": \"Kurz gesagt.\"") })
        #expect(!texts.contains { $0.contains("\"content_html\"") })
    }
}
