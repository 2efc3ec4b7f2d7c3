import Foundation
import Testing
@testable import ZecheKit
import ZecheTestSupport

/// Two authors are joined in the text itself, in the site's language, so that a screen reader,
/// a feed reader or a copy gets "Anna Berg und Ben Kurz", not "Anna BergBen Kurz".
struct CoAuthorTests {
    static let ben = "---\nname: Ben Kurz\n---\nBen schreibt über Politik.\n"

    static func build(language: String, authors: String) throws -> [String: String] {
        let site = try TestSite([
            "site.yml": TestSite.minimalConfig + "language: \(language)\n",
            "Content/authors/ben.md": Self.ben,
            "Content/authors/cem.md": "---\nname: Cem Ay\n---\nCem fotografiert.\n",
            "Content/posts/2026-05-04-zu-zweit.md": TestSite.article(title: "Zu zweit", author: authors),
            "Content/posts/2026-05-03-allein.md": TestSite.article(title: "Allein", date: "2026-05-03", author: "cem"),
        ])
        try FileManager.default.copyItem(at: PackagePaths.root().appendingPathComponent("Templates"), to: site.root.appendingPathComponent("Templates"))
        var pipeline = BuildPipeline(root: site.root, options: BuildOptions(now: TestSite.now))
        let sink = MemorySink()
        let result = pipeline.run(into: sink)
        #expect(result.succeeded, "\(result.diagnostics)")
        return sink.files.mapValues { String(decoding: $0, as: UTF8.self) }
    }

    /// The text of `html` without its tags, with runs of white space as one space.
    static func text(_ html: String) -> String {
        html.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
            .replacingOccurrences(of: "\\s+", with: " ", options: .regularExpression)
    }

    @Test("Co-authors are joined in the page's text, localized", arguments: [
        ("de", "[anna, ben]", "Anna Berg und Ben Kurz"),
        ("en", "[anna, ben]", "Anna Berg and Ben Kurz"),
        ("de", "[anna, ben, cem]", "Anna Berg, Ben Kurz und Cem Ay"),
    ])
    func joinedInText(language: String, authors: String, expected: String) throws {
        let files = try Self.build(language: language, authors: authors)
        let page = try #require(files["2026/05/zu-zweit/index.html"])
        #expect(Self.text(page).contains(expected))
        #expect(!Self.text(page).contains("Anna BergBen Kurz"))
        // The index's teaser names them the same way.
        #expect(Self.text(try #require(files["index.html"])).contains(expected))
    }

    @Test("The feeds and the JSON-LD name every author")
    func feedsAndJSONLD() throws {
        let files = try Self.build(language: "de", authors: "[anna, ben]")
        let atom = try #require(files["feed.xml"])
        #expect(atom.contains("<name>Anna Berg</name>") && atom.contains("<name>Ben Kurz</name>"))
        let json = try #require(files["feed.json"])
        #expect(json.contains("\"name\": \"Anna Berg\"") && json.contains("\"name\": \"Ben Kurz\""))
        let page = try #require(files["2026/05/zu-zweit/index.html"])
        #expect(page.contains("\"name\":\"Anna Berg\"") || page.contains("\"name\": \"Anna Berg\""))
        #expect(page.contains("Ben Kurz\""))
    }
}
