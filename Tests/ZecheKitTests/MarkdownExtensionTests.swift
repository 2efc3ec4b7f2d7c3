import Foundation
import Testing
import ZecheKit

/// `.md`, `.markdown` and `.mdown` files are read alike everywhere, and any other file in
/// `Content/posts/` that no bundle holds is named in a warning.
struct MarkdownExtensionTests {
    @Test("Articles, bundles, authors and pages may end in .markdown or .mdown; slugs drop the extension")
    func allExtensionsAreRead() throws {
        let site = try TestSite([
            "Content/authors/anna.md": nil,
            "Content/authors/anna.markdown": TestSite.annaAuthor,
            "Content/posts/2026-05-01-erste.markdown": TestSite.article(title: "Erste", date: "2026-05-01", body: "[Zweite](2026-05-02-zweite.mdown)\n"),
            "Content/posts/2026-05-02-zweite.mdown": TestSite.article(title: "Zweite", date: "2026-05-02"),
            "Content/posts/2026-05-03-bundle/index.markdown": TestSite.article(
                title: "Bündel", date: "2026-05-03", "image: bild.svg\nimage_alt: Ein Bild\n", body: "![Bild](bild.svg)\n"),
            "Content/posts/2026-05-03-bundle/bild.svg": TestSite.svg,
            "Content/posts/2026-05-04-link.md": TestSite.article(title: "Link", date: "2026-05-04", body: "[Bündel](2026-05-03-bundle/)\n"),
            "Content/pages/impressum.MARKDOWN": "---\ntitle: Impressum\n---\nText.\n",
        ])
        let result = site.load()
        // An SVG cover is shown on the page, but not in link previews.
        #expect(result.diagnostics.map(\.description) == [
            "Content/posts/2026-05-03-bundle/index.markdown:5:8: warning: the cover image 'bild.svg' is an SVG, which LinkedIn, Facebook and X do not show in link previews\n"
                + "fix: give a JPEG, PNG or WebP for sharing (share_image: bild.jpg with share_image_alt), or use one as the cover",
        ])
        let loaded = try #require(result.site)
        #expect(loaded.articles.map(\.slug) == ["link", "bundle", "zweite", "erste"])
        #expect(loaded.authors.map(\.id) == ["anna"])
        #expect(loaded.pages.map(\.url) == ["/impressum/"])
        let bundle = try #require(loaded.articles.first { $0.slug == "bundle" })
        #expect(bundle.bundleFiles.map(\.outputPath) == ["2026/05/bundle/bild.svg"])
        #expect(bundle.image == "/2026/05/bundle/bild.svg")
        let first = try #require(loaded.articles.first { $0.slug == "erste" })
        #expect(first.contentHTML.contains(#"<a href="/2026/05/zweite/">Zweite</a>"#))
        let link = try #require(loaded.articles.first { $0.slug == "link" })
        #expect(link.contentHTML.contains(#"<a href="/2026/05/bundle/">Bündel</a>"#))
    }

    @Test("A file in Content/posts/ that is neither Markdown nor in a bundle is named in a warning")
    func otherFilesAreNamed() throws {
        let site = try TestSite([
            "Content/posts/2026-05-01-a.md": TestSite.article(),
            "Content/posts/2026-05-02-b.mdx": TestSite.article(),
            "Content/posts/bild.jpg": "not an image",
        ])
        #expect(site.diagnostics() == [
            "Content/posts/2026-05-02-b.mdx: warning: '2026-05-02-b.mdx' is not an article (.md, .markdown or .mdown) and not in a bundle folder; it is skipped\n"
                + "fix: rename it to .md if it is an article in Markdown, or move an image next to the index.md of its article's bundle folder or into Content/images/",
            "Content/posts/bild.jpg: warning: 'bild.jpg' is not an article (.md, .markdown or .mdown) and not in a bundle folder; it is skipped\n"
                + "fix: rename it to .md if it is an article in Markdown, or move an image next to the index.md of its article's bundle folder or into Content/images/",
        ])
    }

    @Test("A second Markdown file inside a bundle is named in a warning")
    func markdownInsideABundleIsNamed() throws {
        let site = try TestSite([
            "Content/posts/2026-05-01-a/index.md": TestSite.article(),
            "Content/posts/2026-05-01-a/notizen.md": "Notizen\n",
        ])
        #expect(site.diagnostics() == [
            "Content/posts/2026-05-01-a/notizen.md: warning: 'notizen.md' is a second Markdown file in the bundle of 'Content/posts/2026-05-01-a/index.md'; it is neither an article nor copied\n"
                + "fix: move it out of the bundle folder to make it an article of its own, or merge its text into 'Content/posts/2026-05-01-a/index.md'",
        ])
    }
}

/// Template syntax of other generators in a body is a warning at its place in the file.
struct TemplateSyntaxWarningTests {
    @Test("A Liquid tag in an article is a warning at its file line and column, with the equivalent")
    func liquidTagWarning() throws {
        let site = try TestSite([
            "Content/posts/2026-05-01-a.md": TestSite.article(body: "Text\n\n```\n{% raw %}\n```\n\nCode: {% highlight ruby %}\n"),
        ])
        #expect(site.diagnostics() == [
            "Content/posts/2026-05-01-a.md:12:7: warning: '{% highlight ruby %}' is a Jekyll (Liquid) tag, which Zeche does not run: the page shows it as text\n"
                + "fix: Zeche's equivalent is a fenced code block: ```LANGUAGE on the line before the code, ``` on the line after it",
        ])
    }

    @Test("A shortcode without an equivalent says to replace it; pages and authors are checked too")
    func shortcodeWarning() throws {
        let site = try TestSite([
            "Content/posts/2026-05-01-a.md": TestSite.article(),
            "Content/pages/impressum.md": "---\ntitle: Impressum\n---\n{{% param \"firma\" %}}\n",
        ])
        #expect(site.diagnostics() == [
            "Content/pages/impressum.md:4:1: warning: '{{% param \"firma\" %}}' is a Hugo shortcode, which Zeche does not run: the page shows it as text\n"
                + "fix: replace it with the text or Markdown it stood for, or remove it",
        ])
    }
}
