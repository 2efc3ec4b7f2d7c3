import Foundation
@testable import Import
import Testing

/// Links between the posts of an export point at the Markdown files, by the old address or,
/// as WordPress redirects them, by the post's name.
struct WordPressLinksTests {
    static func links() -> WordPressLinks {
        var links = WordPressLinks(blogURL: "https://example.wordpress.com/")
        links.add(id: 1, link: "https://example.wordpress.com/2018/11/02/block-button/", path: "Content/posts/2018-11-02-block-button.md")
        links.add(id: 2, link: "https://example.wordpress.com/2018/11/02/twins/", path: "Content/posts/2018-11-02-twins.md")
        links.add(id: 3, link: "https://example.wordpress.com/2019/01/05/twins/", path: "Content/posts/2019-01-05-twins.md")
        // The importer places every item again once it knows the bundles.
        links.add(id: 1, link: "https://example.wordpress.com/2018/11/02/block-button/", path: "Content/posts/2018-11-02-block-button/index.md")
        return links
    }

    @Test("An old address finds its file exactly")
    func exact() throws {
        let found = try #require(Self.links().file(for: "https://example.wordpress.com/2018/11/02/block-button/#start"))
        #expect(found.path == "Content/posts/2018-11-02-block-button/index.md")
        #expect(found.fragment == "#start")
        #expect(!found.isGuessed)
    }

    @Test("A link with another date finds the post of that name, marked as a guess; a name of two posts finds nothing")
    func bySlug() throws {
        let found = try #require(Self.links().file(for: "https://example.wordpress.com/2018/11/03/block-button/"))
        #expect(found.path == "Content/posts/2018-11-02-block-button/index.md")
        #expect(found.isGuessed)
        #expect(Self.links().file(for: "https://example.wordpress.com/2020/02/02/twins/") == nil)
        #expect(Self.links().file(for: "https://other.example/2018/11/03/block-button/") == nil)
    }
}


/// An old address that is a page Zeche makes itself (a post named "search" at `/search/`) is
/// not kept as an alias: the build would refuse it. The importer says so.
struct ZechePageAliasTests {
    @Test("A post once at /search/, /tags/ or /media/ gets no alias, and a note", arguments: ["search", "tags", "media"])
    func noAlias(_ folder: String) throws {
        let export = try String(contentsOf: ImportFixtures.url("wordpress/export.xml"), encoding: .utf8)
            .replacingOccurrences(of: "<link>https://blog.example.org/news/2024/03/06/zweite-meldung/</link>",
                                  with: "<link>https://blog.example.org/news/\(folder)/</link>")
        let plan = try WordPressImporter().plan(data: Data(export.utf8), displayPath: "export.xml")
        let post = try #require(plan.documents.first { $0.path.hasSuffix("zweite-meldung.md") })
        #expect(post.fields["aliases"] == nil)
        #expect(plan.report.notes.contains { $0.message.contains("the old address /\(folder)/ is the address of Zeche's \(folder) page now") })
    }
}
