import Foundation
import Testing
import ZecheKit
import ZecheTestSupport

/// Pictures of articles: sizes read from the files, errors for files that lie about their
/// format, captions and credits, required credits, share images and their meta data.
struct PictureTests {
    /// A bundle with a 48×32 JPEG cover and two Markdown images of the Media fixtures.
    static func bundleSite(_ extra: String = "", body: String? = nil, config: String = TestSite.minimalConfig) throws -> TestSite {
        let site = try TestSite([
            "site.yml": config,
            "Content/posts/2026-05-04-bild/index.md": TestSite.article(
                "image: foto.jpg\nimage_alt: Ein Foto\n" + extra,
                body: body ?? "Text.\n\n![Ein PNG](grafik.png \"Die Grafik | Grafik: Anna Berg\")\n\nMehr ![GIF](bewegt.gif) Text.\n"),
        ])
        try site.addImage("valid/baseline.jpg", at: "Content/posts/2026-05-04-bild/foto.jpg")
        try site.addImage("valid/rgb.png", at: "Content/posts/2026-05-04-bild/grafik.png")
        try site.addImage("valid/still.gif", at: "Content/posts/2026-05-04-bild/bewegt.gif")
        return site
    }

    @Test("Cover and Markdown images get their size from the file; body images load lazily below a cover")
    func sizesFromTheFiles() throws {
        let site = try Self.bundleSite("image_caption: Die Werkstatt\nimage_credit: \"Foto: Jana Beispiel / Q.One\"\n")
        let article = try #require(try site.site().articles.first)
        #expect(article.pictures.cover?.width == 48 && article.pictures.cover?.height == 32)
        #expect(article.contentHTML.contains(
            "<img src=\"/2026/05/bild/grafik.png\" alt=\"Ein PNG\" width=\"48\" height=\"32\" loading=\"lazy\" decoding=\"async\">"))
        #expect(article.contentHTML.contains(
            "<img src=\"/2026/05/bild/bewegt.gif\" alt=\"GIF\" width=\"40\" height=\"24\" loading=\"lazy\" decoding=\"async\">"))
        let (result, _) = try site.build()
        #expect(result.succeeded, "\(result.diagnostics)")
        let page = try site.built("2026/05/bild/index.html")
        #expect(page.contains("<img src=\"/2026/05/bild/foto.jpg\" alt=\"Ein Foto\" width=\"48\" height=\"32\">"))
        #expect(page.contains("<figcaption class=\"figure__caption\">Die Werkstatt <span class=\"figure__credit\">Foto: Jana Beispiel / Q.One</span></figcaption>"))
        #expect(page.contains(#""caption":"Die Werkstatt","creditText":"Foto: Jana Beispiel / Q.One","copyrightNotice":"Foto: Jana Beispiel / Q.One""#))
    }

    @Test("Without a cover, the body's first image loads at once")
    func firstBodyImageLoadsAtOnce() throws {
        let site = try TestSite([
            "Content/posts/2026-05-04-bild/index.md": TestSite.article(body: "![A](a.png)\n\n![B](a.png)\n"),
        ])
        try site.addImage("valid/rgb.png", at: "Content/posts/2026-05-04-bild/a.png")
        let html = try #require(try site.site().articles.first).contentHTML
        #expect(html == "<p><img src=\"/2026/05/bild/a.png\" alt=\"A\" width=\"48\" height=\"32\"></p>\n"
            + "<p><img src=\"/2026/05/bild/a.png\" alt=\"B\" width=\"48\" height=\"32\" loading=\"lazy\" decoding=\"async\"></p>\n")
    }

    @Test("A file that is not the image its name says is an error at each place that shows it")
    func lyingFiles() throws {
        let site = try TestSite([
            "Content/posts/2026-05-04-bild/index.md": TestSite.article("image: foto.jpg\nimage_alt: Foto\n", body: "Text\n\n![B](foto.jpg)\n"),
            "Content/images/leer.png": "",
        ])
        try site.addImage("valid/rgb.png", at: "Content/posts/2026-05-04-bild/foto.jpg")
        #expect(site.diagnostics() == [
            "Content/images/leer.png: error: the image 'Content/images/leer.png' cannot be used: the file is empty\n"
                + "fix: replace it with the image it should hold",
            "Content/posts/2026-05-04-bild/index.md:5:8: error: the cover image 'foto.jpg' cannot be shown: the file is a PNG, not a JPEG as its name says\n"
                + "fix: rename it to end in '.png', or save it again as a JPEG ('Content/posts/2026-05-04-bild/foto.jpg')",
            "Content/posts/2026-05-04-bild/index.md:10:1: error: the image 'foto.jpg' cannot be shown: the file is a PNG, not a JPEG as its name says\n"
                + "fix: rename it to end in '.png', or save it again as a JPEG ('Content/posts/2026-05-04-bild/foto.jpg')",
        ])
    }

    @Test("With images.require_credit, a cover or Markdown photo without a credit is an error; drawings need none")
    func requiredCredits() throws {
        let config = TestSite.minimalConfig + "images:\n  require_credit: true\n"
        let site = try Self.bundleSite(body: "Text.\n\n![Ohne](grafik.png \"Nur eine Unterschrift\")\n\n![Zeichnung](plan.svg)\n", config: config)
        try site.write(TestSite.svg, to: "Content/posts/2026-05-04-bild/plan.svg")
        #expect(site.diagnostics() == [
            "Content/posts/2026-05-04-bild/index.md:5:8: error: the cover image 'foto.jpg' has no 'image_credit', and the site requires one for every image (images: {require_credit: true})\n"
                + "fix: name the photographer: image_credit: \"Foto: Name / Agentur\"",
            "Content/posts/2026-05-04-bild/index.md:5:8: warning: the share image 'foto.jpg' is 48×32 pixels; link previews need at least 1200×630\n"
                + "fix: use an image of at least 1200×630 pixels (1.91:1) for sharing",
            "Content/posts/2026-05-04-bild/index.md:10:1: error: the image 'grafik.png' has no credit, and the site requires one for every image (images: {require_credit: true})\n"
                + "fix: name the photographer after a '|' in the image's title: ![…](grafik.png \"Nur eine Unterschrift | Foto: Name\")",
        ])
    }

    @Test("A credit in running text is not shown: a warning says to give the image a paragraph")
    func creditInRunningTextWarns() throws {
        let site = try Self.bundleSite("image_credit: \"Foto: Q.One\"\n", body: "Das ![A](grafik.png \"| Foto: Anna\") im Text.\n")
        #expect(site.diagnostics() == [
            "Content/posts/2026-05-04-bild/index.md:5:8: warning: the share image 'foto.jpg' is 48×32 pixels; link previews need at least 1200×630\n"
                + "fix: use an image of at least 1200×630 pixels (1.91:1) for sharing",
            "Content/posts/2026-05-04-bild/index.md:9:5: warning: the credit of the image 'grafik.png' is not shown: the image stands in a paragraph with text\n"
                + "fix: give the image a paragraph of its own (an empty line before and after it)",
        ])
    }

    @Test("Caption and credit without a cover, and a share image without text, are named")
    func misplacedPictureKeys() throws {
        let site = try TestSite([
            "Content/posts/a.md": TestSite.article("image_caption: Schön\nshare_image: ../images/a.png\n"),
        ])
        try site.addImage("share.png", at: "Content/images/a.png")
        #expect(site.diagnostics() == [
            "Content/posts/a.md:5:16: warning: 'image_caption' belongs to a cover image, but the article has no 'image'\n"
                + "fix: add the cover with image: bild.jpg and image_alt, or remove 'image_caption'",
            "Content/posts/a.md:6:14: error: the share image '../images/a.png' has no 'share_image_alt' text\n"
                + "fix: describe the image for readers who cannot see it: share_image_alt: \"…\"",
        ])
    }

    @Test("A share image must be a JPEG, PNG or WebP; a GIF cover warns; a small one warns with its size")
    func shareImageRules() throws {
        let svg = try TestSite(["Content/posts/a.md": TestSite.article("share_image: ../images/a.svg\nshare_image_alt: A\n"),
                                "Content/images/a.svg": TestSite.svg])
        #expect(svg.diagnostics() == [
            "Content/posts/a.md:5:14: error: the share image '../images/a.svg' is an SVG; link previews on LinkedIn, Facebook and X show only JPEG, PNG and WebP images\n"
                + "fix: save the image as a JPEG or PNG of 1200×630 pixels and name that file",
        ])
        let gif = try TestSite(["Content/posts/a.md": TestSite.article("image: ../images/a.gif\nimage_alt: A\n")])
        try gif.addImage("valid/still.gif", at: "Content/images/a.gif")
        #expect(gif.diagnostics() == [
            "Content/posts/a.md:5:8: warning: the cover image '../images/a.gif' is a GIF, which LinkedIn, Facebook and X do not show in link previews\n"
                + "fix: give a JPEG, PNG or WebP for sharing (share_image: bild.jpg with share_image_alt), or use one as the cover",
        ])
        let small = try Self.bundleSite()
        #expect(small.diagnostics() == [
            "Content/posts/2026-05-04-bild/index.md:5:8: warning: the share image 'foto.jpg' is 48×32 pixels; link previews need at least 1200×630\n"
                + "fix: use an image of at least 1200×630 pixels (1.91:1) for sharing",
        ])
    }

    @Test("og:image names a raster image with its size and type; article: meta names dates, authors, section and tags")
    func shareMeta() throws {
        let config = TestSite.minimalConfig + "images:\n  share_image: /images/standard.png\n  share_image_alt: Das Logo auf Blau\n"
        let site = try TestSite([
            "site.yml": config,
            "Content/posts/a.md": TestSite.article("tags: [Ruhrgebiet]\nupdated: 2026-05-06\nshare_image: ../images/eigen.png\nshare_image_alt: Eigenes Bild\n"),
        ])
        try site.addImage("share.png", at: "Content/images/standard.png")
        try site.addImage("share.png", at: "Content/images/eigen.png")
        let (result, _) = try site.build()
        #expect(result.succeeded && result.diagnostics.isEmpty, "\(result.diagnostics)")
        let article = try site.built("2026/05/a/index.html")
        for line in [
            "<meta property=\"og:image\" content=\"https://news.example.com/images/eigen.png\">",
            "<meta property=\"og:image:type\" content=\"image/png\">",
            "<meta property=\"og:image:width\" content=\"1200\">",
            "<meta property=\"og:image:height\" content=\"630\">",
            "<meta property=\"og:image:alt\" content=\"Eigenes Bild\">",
            "<meta property=\"article:published_time\" content=\"2026-05-04T00:00:00+02:00\">",
            "<meta property=\"article:modified_time\" content=\"2026-05-06T00:00:00+02:00\">",
            "<meta property=\"article:author\" content=\"https://news.example.com/authors/anna/\">",
            "<meta property=\"article:tag\" content=\"Ruhrgebiet\">",
            "<meta name=\"twitter:image\" content=\"https://news.example.com/images/eigen.png\">",
            "<meta name=\"twitter:card\" content=\"summary_large_image\">",
        ] {
            #expect(article.contains(line), "\(line)")
        }
        // The site's default share image on pages without their own.
        for page in ["index.html", "tags/ruhrgebiet/index.html", "authors/anna/index.html"] {
            let html = try site.built(page)
            #expect(html.contains("<meta property=\"og:image\" content=\"https://news.example.com/images/standard.png\">"), "\(page)")
            #expect(html.contains("<meta property=\"og:image:alt\" content=\"Das Logo auf Blau\">"), "\(page)")
            #expect(!html.contains("article:published_time"), "\(page)")
        }
    }

    @Test("Avatars, contact photos and the logo get their size from their files")
    func peopleAndLogoSizes() throws {
        let site = try TestSite([
            "site.yml": TestSite.minimalConfig + "publisher:\n  name: Beispiel\n  logo: /images/logo.svg\n",
            "Content/authors/anna.md": "---\nname: Anna Berg\navatar: ../images/anna.jpg\n---\nAnna.\n",
            "Content/images/logo.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 300 100\"/>\n",
            "Content/posts/a.md": TestSite.article(),
        ])
        try site.addImage("valid/baseline.jpg", at: "Content/images/anna.jpg")
        let (result, _) = try site.build()
        #expect(result.succeeded, "\(result.diagnostics)")
        let page = try site.built("authors/anna/index.html")
        // Whatever else the theme writes into the tags, the sizes are the files'.
        #expect(Self.imgTag(in: page, src: "/images/logo.svg")?.contains(" width=\"300\" height=\"100\"") == true)
        #expect(Self.imgTag(in: page, src: "/images/anna.jpg")?.contains(" width=\"48\" height=\"32\"") == true)
    }

    @Test("In the preview, a broken image file's error goes with the file, and a replaced file's size reaches the page")
    func previewFollowsImageFiles() throws {
        let site = try TestSite([
            "Content/posts/2026-05-04-bild/index.md": TestSite.article(body: "![A](a.png)\n"),
            "Content/images/kaputt.png": "kein Bild",
        ])
        try site.addImage("valid/rgb.png", at: "Content/posts/2026-05-04-bild/a.png")
        _ = try site.build()
        var pipeline = BuildPipeline(root: site.root, options: BuildOptions(now: TestSite.now), fingerprintsAssets: false)
        let first = pipeline.run(into: MemorySink())
        #expect(first.diagnostics.map(\.headline) == [
            "Content/images/kaputt.png: error: the image 'Content/images/kaputt.png' cannot be used: the file is not a PNG: its first bytes are not those of any image format Zeche reads",
        ])
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("Content/images/kaputt.png"))
        try site.addImage("valid/rgba-16-bit.png", at: "Content/posts/2026-05-04-bild/a.png")
        let sink = MemorySink()
        let second = pipeline.run(changes: ["Content/images/kaputt.png", "Content/posts/2026-05-04-bild/a.png"], into: sink)
        #expect(second.succeeded && second.diagnostics.isEmpty, "\(second.diagnostics)")
        let page = String(decoding: sink.files["2026/05/bild/index.html"] ?? [], as: UTF8.self)
        #expect(page.contains("alt=\"A\" width=\"33\" height=\"17\">"))
    }

    /// The first `<img …>` tag of `html` whose `src` is `src`.
    static func imgTag(in html: String, src: String) -> String? {
        var rest = html[...]
        while let open = rest.range(of: "<img ") {
            guard let close = rest[open.upperBound...].firstIndex(of: ">") else { return nil }
            let tag = String(rest[open.lowerBound...close])
            if tag.contains(" src=\"\(src)\"") { return tag }
            rest = rest[rest.index(after: close)...]
        }
        return nil
    }

    @Test("The site checks fail a page with an <img> without width and height, and pass the built pictures",
          .enabled(if: PackagePaths.executable(named: "python3") != nil, "python3 is not installed"))
    func siteChecksWantSizes() throws {
        let site = try Self.bundleSite("image_caption: Die Werkstatt\n")
        let (result, output) = try site.build()
        #expect(result.succeeded)
        let script = PackagePaths.root().appendingPathComponent("scripts/site-checks/check-links.py").path
        let python = try #require(PackagePaths.executable(named: "python3"))
        let built = try CommandRun.run(python, [script, output.path])
        #expect(built.status == 0 && built.standardOutput.contains(" 0 images without size"), "\(built)")
        try site.write("<!doctype html><title>x</title><img src=\"/2026/05/bild/foto.jpg\" alt=\"\">\n", to: "Output/ohne.html")
        let unsized = try CommandRun.run(python, [script, output.path])
        #expect(unsized.status == 1)
        #expect(unsized.standardOutput.contains("UNSIZED ohne.html:1: <img src=/2026/05/bild/foto.jpg> has no width and height"), "\(unsized)")
    }
}
