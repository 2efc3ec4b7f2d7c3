import Foundation
@testable import Import
import Testing
import ZecheTestSupport

/// Items of a WordPress export made in the test, one rule at a time.
struct WordPressItemsTests {
    static func item(_ id: Int, type: String = "post", status: String = "publish", title: String = "Titel", content: String = "",
                     name: String? = nil, parent: Int = 0) -> WXRExport.Item {
        var item = WXRExport.Item()
        item.id = id
        item.type = type
        item.status = status
        item.title = title
        item.content = content
        item.name = name ?? "post-\(id)"
        item.creator = "anna"
        item.date = "2024-03-0\(id % 9 + 1) 10:00:00"
        item.dateGMT = "2024-03-0\(id % 9 + 1) 09:00:00"
        item.link = "https://example.org/\(item.name)/"
        item.parent = parent
        return item
    }

    static func attachment(_ id: Int, parent: Int, file: String, alt: String = "", caption: String = "") -> WXRExport.Item {
        var item = Self.item(id, type: "attachment", status: "inherit", title: "Bild \(id)", parent: parent)
        item.attachmentURL = "https://example.org/wp-content/uploads/2024/03/\(file)"
        if !alt.isEmpty { item.meta["_wp_attachment_image_alt"] = alt }
        item.excerpt = caption
        return item
    }

    static func plan(_ items: [WXRExport.Item], uploads: URL? = nil) -> ImportPlan {
        var export = WXRExport()
        export.baseBlogURL = "https://example.org"
        export.authors = [WXRExport.Author(login: "anna", displayName: "Anna")]
        export.items = items
        return WordPressImporter(uploads: uploads).plan(export)
    }

    @Test("Statuses decide: published and future posts are articles, draft and pending ones drafts, the rest is counted")
    func statuses() {
        let plan = Self.plan([
            Self.item(1), Self.item(2, status: "future"), Self.item(3, status: "draft"), Self.item(4, status: "pending"),
            Self.item(5, status: "private"), Self.item(6, status: "trash"), Self.item(7, status: "auto-draft"),
            Self.item(8, type: "page", status: "draft"), Self.item(9, type: "revision", status: "inherit"),
        ])
        #expect(plan.report.counts.map { "\($0.kind): \($0.count)" } == [
            "private items left out: 1", "trashed items left out: 1", "other post states left out (auto-draft): 1",
            "draft pages left out: 1", "revision items left out: 1", "articles: 2", "drafts: 2", "authors: 1",
        ])
        #expect(plan.report.remarks == ["The draft page 'Titel' (id 8) was left out: Zeche's pages have no drafts."])
    }

    @Test("A title loses its HTML (noted); a post without one takes its first words (noted)")
    func titles() {
        let plan = Self.plan([
            Self.item(1, title: "Markup: <em>Mit</em> &amp; ohne", content: "Text"),
            Self.item(2, title: "", content: "<p>Der erste Satz dieses Beitrags ist lang genug für einen Titel.</p>"),
        ])
        #expect(plan.document("Content/posts/2024-03-02-post-1.md")?.fields["title"] == .text("Markup: Mit & ohne"))
        #expect(plan.document("Content/posts/2024-03-03-post-2.md")?.fields["title"] == .text("Der erste Satz dieses Beitrags ist lang genug…"))
        #expect(plan.report.notes.map(\.message) == [
            "the title had HTML formatting, which Zeche's titles do not have: 'Markup: <em>Mit</em> &amp; ohne'",
            "the post had no title; it got one from its first words",
        ])
    }

    @Test("A gallery shows the post's images; audio, video and embeds become links")
    func galleryAndMedia() {
        let plan = Self.plan([
            Self.item(1, content: "[gallery]\n\n[audio mp3=\"https://example.org/wp-content/uploads/2024/03/ton.mp3\"][/audio]\n\n[embed]https://www.youtube.com/watch?v=x[/embed]"),
            Self.attachment(10, parent: 1, file: "a.jpg", alt: "Erstes", caption: "Eins"),
            Self.attachment(11, parent: 1, file: "b.jpg"),
        ])
        #expect(plan.document("Content/posts/2024-03-02-post-1.md")?.body == """
            [Image: Erstes](https://example.org/wp-content/uploads/2024/03/a.jpg)\\
            *Eins*

            [Image: b.jpg](https://example.org/wp-content/uploads/2024/03/b.jpg)

            [Audio: ton.mp3](https://example.org/wp-content/uploads/2024/03/ton.mp3)

            [https://www.youtube.com/watch?v=x](https://www.youtube.com/watch?v=x)

            """)
        #expect(plan.report.notes.map(\.message) == [
            "the [audio] player became a link to its file; pages load nothing from other hosts",
            "the [embed] embed became a link; pages load nothing from other hosts",
        ])
    }

    @Test("A page's images go to Content/images/PAGE/; a featured image without alt text takes its title (noted)")
    func pageImagesAndCoverAlt() throws {
        let uploads = try TemporaryDirectory(prefix: "zeche-uploads")
        for file in ["2024/03/a.jpg", "2024/03/c.jpg"] { try uploads.write("x", to: file) }
        var post = Self.item(2, content: "Text")
        post.meta["_thumbnail_id"] = "12"
        let plan = Self.plan([
            Self.item(1, type: "page", content: "<img src=\"https://example.org/wp-content/uploads/2024/03/a.jpg\" alt=\"A\">", name: "ueber-uns"),
            post, Self.attachment(12, parent: 2, file: "c.jpg"),
        ], uploads: uploads.url)
        #expect(plan.document("Content/pages/ueber-uns.md")?.body == "![A](../images/ueber-uns/a.jpg)\n")
        #expect(plan.copies.map(\.path) == ["Content/images/ueber-uns/a.jpg", "Content/posts/2024-03-03-post-2/c.jpg"])
        let cover = try #require(plan.document("Content/posts/2024-03-03-post-2/index.md"))
        #expect(cover.fields["image"] == .text("c.jpg"))
        #expect(cover.fields["image_alt"] == .text("Bild 12"))
        #expect(plan.report.notes.map(\.message).contains("the featured image had no alt text; 'image_alt' is its title 'Bild 12': describe the image instead"))
    }
}

