import Foundation
@testable import Import
import Testing

/// The small Jekyll and Hugo sites of `Fixtures/jekyll` and `Fixtures/hugo`.
struct StaticSiteImporterTests {
    static func plan(_ kind: StaticSiteImporter.Kind, siteURL: String? = nil) throws -> ImportPlan {
        let folder = ImportFixtures.url(kind == .jekyll ? "jekyll" : "hugo")
        return try StaticSiteImporter(kind: kind, siteURL: siteURL).plan(folder: folder, displayPath: "site")
    }

    @Test("Jekyll: posts from _posts (also in subfolders), drafts from _drafts, pages, and authors from the names")
    func jekyllFiles() throws {
        let plan = try Self.plan(.jekyll)
        #expect(plan.paths == [
            "Content/authors/jane-doe.md", "Content/authors/john-roe.md", "Content/authors/redaktion-werk.md",
            "Content/pages/about.md", "Content/posts/2019-01-15-hallo-welt/index.md", "Content/posts/2019-01-15-hallo-welt/werk.svg",
            "Content/posts/2019-02-01-zweiter.md", "Content/posts/2019-03-01-idee.md", "Content/posts/2019-04-01-mdx-beitrag.md",
        ])
        #expect(plan.siteURL == "https://werk.example.org/blog/")
        #expect(plan.report.remarks == [
            "'README.md' has no front matter, so Jekyll did not publish it; it was left out.",
            "'index.md' is a list or home page; Zeche makes its index itself.",
        ])
    }

    @Test("Jekyll: front matter mapped, Liquid converted, links to old addresses and files pointed at the new files")
    func jekyllPost() throws {
        let document = try #require(try Self.plan(.jekyll).document("Content/posts/2019-01-15-hallo-welt/index.md"))
        #expect(document.text == """
            ---
            title: "Hallo, Welt"
            date: 2019-01-15T10:00:00+01:00
            author: [jane-doe, john-roe]
            summary: Der erste Beitrag.
            tags: [werkstatt, news]
            categories: [Intern]
            image: werk.svg
            image_alt: Die Werkstatt
            aliases: ["/intern/2019/01/15/hallo-welt/", "/alt/hallo/"]
            toc: true
            ---

            Siehe auch [den zweiten Beitrag](../2019-02-01-zweiter.md) und [Über uns](../../pages/about.md).

            ![Werkstatt](werk.svg)

            ```ruby
            puts "{{ nicht ersetzen }}"
            ```

            Ein Link zur [alten Adresse](../2019-02-01-zweiter.md) und {% include hinweis.html %} hier.

            `{% raw %}` im Code bleibt, {{ auch das }}.


            ## Anfang der Geschichte

            <!--Nur für uns-->

            Das Logo liegt unter [/assets/](werk.svg).

            """)
        #expect(document.reviewNotes.map(\.description) == [
            "Content/posts/2019-01-15-hallo-welt/index.md:23: '{% include hinweis.html %}' is a Jekyll (Liquid) tag with no Markdown form; it is left as written and the page shows it as text",
        ])
    }

    @Test("Jekyll: raw HTML becomes Markdown; a post without author names the site's; a draft has no old address")
    func jekyllOthers() throws {
        let plan = try Self.plan(.jekyll)
        // The link to an explicit anchor in the other post now names the heading's id.
        #expect(plan.document("Content/posts/2019-02-01-zweiter.md")?.body
            == "Zurück zum [ersten](2019-01-15-hallo-welt/index.md#anfang-der-geschichte).\n\nEin **Hinweis** in HTML.\n")
        #expect(plan.document("Content/posts/2019-02-01-zweiter.md")?.fields["author"] == .text("redaktion-werk"))
        let draft = try #require(plan.document("Content/posts/2019-03-01-idee.md"))
        #expect(draft.fields["draft"] == .bool(true))
        #expect(draft.fields["aliases"] == nil)
        // Its old address /about/ is the one Zeche gives it: no alias.
        #expect(plan.document("Content/pages/about.md")?.fields == [
            FrontMatterField("title", .text("Über uns")), FrontMatterField("description", .text("Wer wir sind")),
        ])
    }

    @Test("Jekyll: an MDX component keeps its text; `author: {name: …}` and `category` are read")
    func jekyllMDX() throws {
        let document = try #require(try Self.plan(.jekyll).document("Content/posts/2019-04-01-mdx-beitrag.md"))
        #expect(document.fields["author"] == .text("jane-doe"))
        #expect(document.fields["categories"] == .list([.text("Technik")]))
        #expect(document.body == "Ein Hinweis aus einer Komponente.\n\nText danach.\n")
        #expect(document.bodyNotes.map(\.message) == [
            "an MDX file: its components (<AlertBox> and the like) were read as HTML; check the text they held",
            "raw HTML was converted to Markdown; check it against the old page",
        ])
    }

    @Test("Hugo: TOML, YAML and JSON front matter, page bundles with their files, section permalinks as aliases")
    func hugoFiles() throws {
        let plan = try Self.plan(.hugo)
        #expect(plan.paths == [
            "Content/authors/alex-kim.md", "Content/authors/site-team.md", "Content/pages/about.md", "Content/pages/team.md",
            "Content/posts/2020-12-24-christmas.md", "Content/posts/2021-05-04-first/index.md",
            "Content/posts/2021-05-04-first/logo.svg", "Content/posts/2021-06-01-bundle/cover.svg",
            "Content/posts/2021-06-01-bundle/index.md",
        ])
        let first = try #require(plan.document("Content/posts/2021-05-04-first/index.md"))
        #expect(first.fields.map(\.key) == ["title", "date", "updated", "author", "summary", "tags", "categories", "aliases", "weight"])
        #expect(first.fields["aliases"] == .list([.text("/2021/05/first-post/"), .text("/old/first/")]))
        #expect(plan.document("Content/posts/2020-12-24-christmas.md")?.fields["tags"] == .list([.text("holiday")]))
        let bundle = try #require(plan.document("Content/posts/2021-06-01-bundle/index.md"))
        #expect(bundle.fields["image"] == .text("cover.svg"))
        #expect(bundle.fields["draft"] == .bool(true))
        // A section's list page with text is a page at the section's old address.
        #expect(plan.document("Content/pages/team.md")?.body == "Ten people who dig.\n")
        #expect(plan.document("Content/pages/team.md")?.fields["aliases"] == nil)
        #expect(plan.report.remarks == ["'content/posts/_index.md' is a list or home page; Zeche makes its index itself."])
    }

    @Test("Hugo: ref, relref, figure, highlight and youtube become Markdown; param stays and is noted")
    func hugoShortcodes() throws {
        let document = try #require(try Self.plan(.hugo).document("Content/posts/2021-05-04-first/index.md"))
        #expect(document.body == """
            See the [bundle post](../2021-06-01-bundle/index.md) and [about](../../pages/about.md).

            ![The logo](logo.svg)\\
            *Our logo*

            ```go
            fmt.Println("hi")
            ```

            [YouTube: w7Ft2ymGmfc](https://www.youtube.com/watch?v=w7Ft2ymGmfc)

            [Vimeo: 146022717](https://vimeo.com/146022717) [Gist 7896402](https://gist.github.com/spf13/7896402)

            {{% param "author" %}} wrote this.

            """)
        #expect(document.bodyNotes.map(\.message) == [
            "'{{% param \"author\" %}}' is a Hugo shortcode with no Markdown form; it is left as written and the page shows it as text",
        ])
    }

    @Test("Author names: lists, a mapping, and texts that name several, without handles", arguments: [
        (SourceValue.string("Jane Doe"), ["Jane Doe"]),
        (.string("Ruy Adorno and Rafael Gonzaga"), ["Ruy Adorno", "Rafael Gonzaga"]),
        (.string("A, B & C (@c)"), ["A", "B", "C"]),
        (.list([.string("X"), .table([SourceField(key: "name", value: .string("Y"))])]), ["X", "Y"]),
        (.table([SourceField(key: "name", value: .string("Z"))]), ["Z"]),
    ])
    func authorNames(_ value: SourceValue, _ names: [String]) {
        #expect(StaticSiteImportRun.authorNames(value) == names)
    }

    @Test("Base URLs vanish from addresses; relative_url keeps the path", arguments: [
        ("site.baseurl", ""), ("site.url | append: site.baseurl", ""), (".Site.BaseURL", ""),
        ("\"/assets/x.png\" | relative_url", "/assets/x.png"), ("'/a' | absolute_url", "/a"),
    ])
    func addresses(_ expression: String, _ expected: String) {
        #expect(StaticSiteTemplates.address(expression) == expected)
    }

    @Test("A folder that is not there is an error")
    func missingFolder() {
        #expect(throws: ImportError.cannotRead(path: "nowhere", reason: "it is not a folder")) {
            try StaticSiteImporter(kind: .jekyll).plan(folder: URL(fileURLWithPath: "/nonexistent/zeche"), displayPath: "nowhere")
        }
    }
}
