import Foundation
@testable import Import
import Testing

/// `Fixtures/wordpress/export.xml` through the WordPress importer, with and without a copy of
/// its uploads folder.
struct WordPressImporterTests {
    static func plan(uploads: Bool = false) throws -> ImportPlan {
        let importer = WordPressImporter(uploads: uploads ? ImportFixtures.url("wordpress/uploads") : nil)
        return try importer.plan(file: ImportFixtures.url("wordpress/export.xml"), displayPath: "export.xml")
    }

    @Test("Every kind of item is counted: imported, left out, or not carried over")
    func counts() throws {
        let report = try Self.plan().report
        #expect(report.counts.map { "\($0.kind): \($0.count)" } == [
            "attachments (media): 1", "private items left out: 1", "trashed items left out: 1",
            "nav_menu_item items left out: 1", "articles: 2", "comments not imported (Zeche has none): 1", "drafts: 2",
            "pages: 2", "authors: 1", "files to fetch (import-manifest.txt): 1", "categories: 1",
        ])
    }

    @Test("The files: articles and drafts by date and slug, pages, and only the authors who wrote")
    func paths() throws {
        #expect(try Self.plan().paths == [
            "Content/authors/anna.md", "Content/pages/team.md", "Content/pages/ueber-uns.md",
            "Content/posts/2024-03-05-erste-meldung.md", "Content/posts/2024-03-06-zweite-meldung.md",
            "Content/posts/2024-03-07-entwurf.md", "Content/posts/2024-03-09-geschuetzt.md", "import-manifest.txt",
        ])
    }

    @Test("A classic post: front matter with offset, summary, tags, categories, alias; the body in Markdown with links to the other post's file")
    func classicPost() throws {
        let document = try #require(try Self.plan(uploads: true).document("Content/posts/2024-03-05-erste-meldung/index.md"))
        #expect(document.text == """
            ---
            title: Erste Meldung
            date: 2024-03-05T10:30:00+01:00
            author: anna
            summary: Die Halle ist offen.
            tags: [Kohle]
            categories: [Presse]
            image: halle.svg
            image_alt: Die Halle der Zeche im Abendlicht
            image_caption: Unsere Halle am Abend
            aliases: ["/2024/03/05/erste-meldung/"]
            ---

            Die Zeche öffnet ihre Halle.\\
            Ab sofort jeden Sonntag.

            ![Die Halle](halle.svg "Die Halle am Abend")

            Mehr dazu in der [zweiten Meldung](../2024-03-06-zweite-meldung.md) und [noch einmal](../2024-03-06-zweite-meldung.md).

            ## Termine

            - Sonntag
            - Montag

            <!-- [contact-form to="presse@example.org"] -->

            """)
    }

    @Test("With --uploads the post becomes a bundle and its image is copied; nothing is left to fetch")
    func uploadsCopied() throws {
        let plan = try Self.plan(uploads: true)
        #expect(plan.copies.map(\.path) == ["Content/posts/2024-03-05-erste-meldung/halle.svg"])
        #expect(plan.copies.first?.source.lastPathComponent == "halle.svg")
        #expect(plan.textFiles["import-manifest.txt"] == nil)
    }

    @Test("Without --uploads images stay links to their old address, the cover is a comment, and the manifest lists the file")
    func withoutUploads() throws {
        let plan = try Self.plan()
        let document = try #require(plan.document("Content/posts/2024-03-05-erste-meldung.md"))
        #expect(document.frontMatterComments == [
            "image: halle.svg  (the featured image, not at hand yet: https://blog.example.org/news/wp-content/uploads/2024/03/halle.svg)",
            "image_alt: Die Halle der Zeche im Abendlicht",
            "image_caption: Unsere Halle am Abend",
        ])
        #expect(document.body.contains("[Image: Die Halle](https://blog.example.org/news/wp-content/uploads/2024/03/halle.svg)\\\n*Die Halle am Abend*"))
        let manifest = try #require(plan.textFiles["import-manifest.txt"])
        #expect(manifest.hasSuffix("https://blog.example.org/news/wp-content/uploads/2024/03/halle.svg\t2024/03/halle.svg\n"))
    }

    @Test("A block-editor post keeps its quote as Zeche's attributed quote and its footnotes")
    func blockPost() throws {
        let document = try #require(try Self.plan().document("Content/posts/2024-03-06-zweite-meldung.md"))
        #expect(document.body == """
            Ein Absatz[^1] mit Fußnote.

            > Glück auf!
            >
            > — Die Belegschaft

            <!-- WordPress: latest-posts -->

            [^1]: Eine *Anmerkung*

            """)
    }

    @Test("Drafts and password-protected posts are drafts; a draft without a GMT date has no offset")
    func drafts() throws {
        let plan = try Self.plan()
        let draft = try #require(plan.document("Content/posts/2024-03-07-entwurf.md"))
        #expect(draft.fields["date"] == .timestamp("2024-03-07T08:00:00"))
        #expect(draft.fields["draft"] == .bool(true))
        #expect(draft.fields["aliases"] == nil)
        #expect(plan.document("Content/posts/2024-03-09-geschuetzt.md")?.fields["draft"] == .bool(true))
    }

    @Test("Pages keep their old path as an alias unless Zeche gives them the same one; links between pages point at files")
    func pages() throws {
        let plan = try Self.plan()
        #expect(plan.document("Content/pages/ueber-uns.md")?.fields["aliases"] == nil)
        let team = try #require(plan.document("Content/pages/team.md"))
        #expect(team.fields["aliases"] == .list([.text("/ueber-uns/team/")]))
        #expect(team.body == "Unser Team. Zurück zu [Über uns](ueber-uns.md).\n")
        #expect(plan.menuPages == ["Content/pages/ueber-uns.md"])
    }

    @Test("What needs a human is noted with its file and the line in that file")
    func notesPointAtLines() throws {
        let plan = try Self.plan(uploads: true)
        let note = try #require(plan.report.notes.first { $0.message.contains("[contact-form]") })
        #expect(note.path == "Content/posts/2024-03-05-erste-meldung/index.md")
        let lines = try #require(plan.document(note.path)).text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[note.line - 1] == "<!-- [contact-form to=\"presse@example.org\"] -->")
        #expect(plan.report.notes.map(\.description).contains(
            "Content/posts/2024-03-09-geschuetzt.md: the post was password-protected on WordPress; it is a draft until you decide to publish it"))
    }

    @Test("The summary suggests the categories for site.yml")
    func categorySuggestion() throws {
        #expect(try Self.plan().report.siteSuggestion == """
            # WordPress's categories, as the articles name them in 'categories:'.
            categories:
              - Presse  # Mitteilungen für die Presse
            """)
    }

    @Test("A file that is not XML is an error with its line and column; XML without WordPress items is refused")
    func badExports() {
        #expect(throws: ImportError.self) {
            try WordPressImporter().plan(data: Data("<rss><channel><item></channel>".utf8), displayPath: "x.xml")
        }
        do {
            _ = try WordPressImporter().plan(data: Data("<rss>\n<channel>\n<item></channel>".utf8), displayPath: "x.xml")
        } catch {
            guard case .invalidExport(let path, let line, _, _) = error else {
                Issue.record("expected invalidExport, got \(error)")
                return
            }
            #expect(path == "x.xml")
            #expect(line == 3)
        }
        #expect(throws: ImportError.notAnExport(path: "y.xml")) {
            try WordPressImporter().plan(data: Data("<html><body/></html>".utf8), displayPath: "y.xml")
        }
    }

    @Test("The export's own dates become YAML timestamps with the offset between local and GMT time", arguments: [
        ("2010-10-05 00:27:25", "2010-10-05 07:27:25", "2010-10-05T00:27:25-07:00"),
        ("2024-03-05 10:30:00", "2024-03-05 05:00:00", "2024-03-05T10:30:00+05:30"),
        ("2024-03-05 10:30:00", "2024-03-05 10:30:00", "2024-03-05T10:30:00Z"),
        ("2024-03-05 10:30:00", "0000-00-00 00:00:00", "2024-03-05T10:30:00"),
    ])
    func dates(_ local: String, _ gmt: String, _ expected: String) {
        #expect(WordPressDate.timestamp(local: local, gmt: gmt) == expected)
    }
}
