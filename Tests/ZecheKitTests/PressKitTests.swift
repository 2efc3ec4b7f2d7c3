import Foundation
import Testing
import ZecheKit
import ZecheTestSupport

/// The press kit: albums of `Content/media/`, their pages, files and ZIP archives, and the
/// "Pressematerial" box of the articles that name them.
struct PressKitTests {
    static let hasUnzip = PackagePaths.executable(named: "unzip") != nil && PackagePaths.executable(named: "zipinfo") != nil

    static let albumIndex = """
        ---
        title: Vorstand
        description: Porträts des Vorstands.
        licence: Frei für die Berichterstattung.
        date: 2026-04-01
        credit: "Foto: Jana Beispiel"
        files:
          - name: zweite.png
            caption: Die Zweite
          - name: erste.jpg
            alt: Die Erste
            credit: "Foto: Max Muster"
        ---
        Hochauflösende Fotos.

        """

    /// A site with the album `vorstand` (a PNG, a JPEG and a PDF) and an article that names it.
    static func site(_ extra: [String: String?] = [:]) throws -> TestSite {
        var files: [String: String?] = [
            "Content/media/vorstand/index.md": albumIndex,
            "Content/media/vorstand/zz-datenblatt.pdf": "%PDF-1.4 ein Datenblatt\n",
            "Content/posts/a.md": TestSite.article("media: [vorstand]\n"),
        ]
        files.merge(extra) { _, new in new }
        let site = try TestSite(files)
        try site.addImage("valid/rgb.png", at: "Content/media/vorstand/zweite.png")
        try site.addImage("valid/baseline.jpg", at: "Content/media/vorstand/erste.jpg")
        return site
    }

    private func run(_ tool: String, _ arguments: [String]) throws -> CommandRun {
        let executable = try #require(PackagePaths.executable(named: tool))
        return try CommandRun.run(executable, arguments, environment: ["LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin"])
    }

    @Test("An album has its files in the order of its list, then by name, with sizes, credits and licences")
    func albumsAreRead() throws {
        let site = try Self.site().site()
        let album = try #require(site.album("vorstand"))
        #expect(album.title == "Vorstand")
        #expect(album.address.url == "/media/vorstand/")
        #expect(album.archive.url == "/media/vorstand.zip")
        #expect(album.files.map(\.name) == ["zweite.png", "erste.jpg", "zz-datenblatt.pdf"])
        #expect(album.files.map { $0.image.map { "\($0.width)×\($0.height)" } ?? "-" } == ["48×32", "48×32", "-"])
        #expect(album.files.map(\.credit) == ["Foto: Jana Beispiel", "Foto: Max Muster", "Foto: Jana Beispiel"])
        #expect(album.files.map(\.licence) == Array(repeating: "Frei für die Berichterstattung.", count: 3))
        #expect(album.files.map(\.alt) == ["Die Zweite", "Die Erste", nil])
        #expect(site.articles.first?.pictures.mediaIDs == ["vorstand"])
    }

    @Test("The build writes the overview, the album's page, its files and a ZIP whose size the pages state")
    func pagesFilesAndArchive() throws {
        let site = try Self.site()
        let (result, output) = try site.build()
        #expect(result.succeeded && result.diagnostics.isEmpty, "\(result.diagnostics)")
        for file in ["media/index.html", "media/vorstand/index.html", "media/vorstand/erste.jpg", "media/vorstand/zweite.png",
                     "media/vorstand/zz-datenblatt.pdf", "media/vorstand.zip"] {
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(file).path), "\(file)")
        }
        let zipSize = try Data(contentsOf: output.appendingPathComponent("media/vorstand.zip")).count
        let albumPage = try site.built("media/vorstand/index.html")
        // A stored archive's size follows from its names and files: the page states it exactly.
        #expect(try site.site().album("vorstand")?.archiveByteCount == zipSize)
        #expect(albumPage.contains("Alle Dateien als ZIP (3 Dateien, 2 KB)"))
        #expect(albumPage.contains("<p class=\"media-file__facts\">PNG, 48 × 32 Pixel, 1 KB</p>"))
        #expect(albumPage.contains("<p class=\"media-file__facts\">JPEG, 48 × 32 Pixel, 635 Bytes</p>"))
        #expect(albumPage.contains("<p class=\"media-file__credit\">Bildnachweis: Foto: Max Muster</p>"))
        let article = try site.built("2026/05/a/index.html")
        #expect(article.contains("<h2 class=\"press-kit__title\" id=\"press-kit-title\">Pressematerial</h2>"))
        #expect(article.contains("<a class=\"press-kit__zip\" href=\"/media/vorstand.zip\" download>"))
        #expect(try site.built("sitemap.xml").contains("<loc>https://news.example.com/media/vorstand/</loc>"))
    }

    @Test("The ZIP holds every file stored, dated with the album, intact, and is byte-identical from build to build",
          .enabled(if: hasUnzip, "unzip is not installed"))
    func archiveIsDeterministicAndIntact() throws {
        let site = try Self.site()
        let (first, output) = try site.build()
        #expect(first.succeeded)
        let archive = output.appendingPathComponent("media/vorstand.zip")
        let bytes = try Data(contentsOf: archive)
        let test = try run("unzip", ["-t", archive.path])
        #expect(test.status == 0 && test.standardOutput.contains("No errors detected"), "\(test)")
        let info = try run("zipinfo", [archive.path])
        #expect(info.standardOutput.contains("-rw-r--r--  2.0 unx     1079 b- stor 26-Apr-01 00:00 vorstand/zweite.png"), "\(info)")
        #expect(info.standardOutput.contains(" b- stor 26-Apr-01 00:00 vorstand/erste.jpg"), "\(info)")
        #expect(info.standardOutput.contains("3 files"), "\(info)")
        let extracted = site.root.appendingPathComponent("Ausgepackt")
        let unzip = try run("unzip", ["-q", archive.path, "-d", extracted.path])
        #expect(unzip.status == 0, "\(unzip)")
        #expect(try Data(contentsOf: extracted.appendingPathComponent("vorstand/erste.jpg")) == (try TestSite.image("valid/baseline.jpg")))
        // A second build from scratch (the output swapped anew) writes the same bytes.
        try FileManager.default.removeItem(at: output)
        let (second, _) = try site.build()
        #expect(second.succeeded)
        #expect(try Data(contentsOf: archive) == bytes)
    }

    @Test("Mistakes of the press kit are named at their place")
    func mistakes() throws {
        let site = try Self.site([
            "Content/posts/a.md": TestSite.article("media: [vorstant, logos]\n"),
            "Content/media/vorstand/index.md": Self.albumIndex.replacingOccurrences(of: "  - name: zweite.png", with: "  - name: dritte.png"),
            "Content/media/lose.jpg": "x",
            "Content/media/ohne-index/bild.png": "x",
        ])
        #expect(site.diagnostics() == [
            "Content/media/lose.jpg: warning: the file 'Content/media/lose.jpg' is in no album of the press kit, so it is not built\n"
                + "fix: move it into an album's folder, e.g. Content/media/logos/, which has an index.md with the album's title",
            "Content/media/ohne-index/: warning: the folder 'Content/media/ohne-index/' has no index.md, so it is no album of the press kit and its file is not built\n"
                + "fix: create Content/media/ohne-index/index.md with the album's title (title: …), its description and licence",
            "Content/media/vorstand/index.md:1:1: warning: the image 'zweite.png' of the album 'vorstand' has no text for readers who cannot see it\n"
                + "fix: add '- {name: zweite.png, alt: \"…\"}' to 'files'",
            "Content/media/vorstand/index.md:8:11: error: the album 'vorstand' has no file 'dritte.png'\n"
                + "fix: copy the file into Content/media/vorstand/, or remove its entry from 'files'",
            "Content/posts/a.md:5:9: error: unknown album 'vorstant'; did you mean 'vorstand'?\n"
                + "fix: name an album of Content/media/: vorstand",
            "Content/posts/a.md:5:19: error: unknown album 'logos'\nfix: name an album of Content/media/: vorstand",
        ])
    }

    @Test("An album's files pass the copy allowlist and the SVG check: an HTML page or an SVG with a script is an error at its place")
    func albumFilesAreChecked() throws {
        let site = try Self.site([
            "Content/media/vorstand/angriff.html": "<script>alert(document.cookie)</script>\n",
            "Content/media/vorstand/logo.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\">\n  <script>fetch('/drafts')</script>\n</svg>\n",
        ])
        let diagnostics = site.diagnostics()
        #expect(site.load().site == nil)
        #expect(diagnostics.contains {
            $0.hasPrefix("Content/media/vorstand/angriff.html: error: 'Content/media/vorstand/angriff.html' is a '.html' file, which the site does not publish from Content/")
        }, "\(diagnostics)")
        #expect(diagnostics.contains { $0.hasPrefix("Content/media/vorstand/logo.svg:2:3: error: the SVG picture has a <script> element, which runs a script") },
                "\(diagnostics)")
    }

    @Test("With images.require_credit, an album's photo without a credit is an error; a folder inside an album is named")
    func albumCreditsAndFolders() throws {
        let site = try Self.site([
            "site.yml": TestSite.minimalConfig + "images: {require_credit: true}\n",
            "Content/media/vorstand/index.md": Self.albumIndex.replacingOccurrences(of: "credit: \"Foto: Jana Beispiel\"\n", with: ""),
            "Content/media/vorstand/alt/bild.svg": TestSite.svg,
        ])
        #expect(site.diagnostics() == [
            "Content/media/vorstand/alt/bild.svg: warning: the file 'Content/media/vorstand/alt/bild.svg' is in a folder inside the album 'vorstand', so it is not built\n"
                + "fix: move it into Content/media/vorstand/ itself; albums have no folders",
            "Content/media/vorstand/index.md:7:11: error: the file 'zweite.png' of the album 'vorstand' has no credit, and the site requires one for every image (images: {require_credit: true})\n"
                + "fix: add credit: \"Foto: Name\" to its entry",
        ])
    }
}
