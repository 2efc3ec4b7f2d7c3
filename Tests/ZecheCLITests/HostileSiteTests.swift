import Foundation
import Testing
import ZecheTestSupport

#if canImport(Glibc)
import Glibc
#endif

/// Hostile and broken sites, built with the real `zeche` over a good site's `Output/`: each
/// ends in its exact diagnostics (or a correct site), with exit status 0 or 1 and never a
/// signal, and a failed build leaves the previous `Output/` byte for byte as it was.
///
/// The cases are the folders of `Fixtures/hostile/` (see `HostileSite`); those that need
/// more than files are made here. Cases that need root to drop its file permission override,
/// or to mount a small disk, are in tables of their own that are skipped where that is not
/// possible.
struct HostileSiteTests {
    static let cases: [HostileSite] = [
        // Encodings and line ends.
        HostileSite(name: "bom-article", status: 0, pages: ["2026/05/bom/index.html": "<h1>Mit Byte-Order-Mark</h1>"]),
        HostileSite(name: "bom-site-yml", status: 0, pages: ["index.html": "<title>Testnewsroom</title>"]),
        HostileSite(name: "bom-with-error", status: 1),
        HostileSite(name: "crlf-article", status: 0, pages: ["2026/05/crlf/index.html": "<p>Erster Absatz.</p>\n<p>Zweiter Absatz.</p>"]),
        HostileSite(name: "crlf-with-error", status: 1),
        HostileSite(name: "lone-cr-article", status: 0, pages: ["2026/05/cr/index.html": "<h1>Alte Mac-Zeilenenden</h1>"]),
        HostileSite(name: "invalid-utf8-article", status: 1) { site in
            try site.write(Data("---\ntitle: Gr".utf8) + Data([0xFC, 0xDF]) + Data("e\ndate: 2026-05-05\nauthor: anna\n---\nText.\n".utf8),
                           to: "Content/posts/2026-05-05-latin1.md")
        },
        HostileSite(name: "invalid-utf8-site-yml", status: 1) { site in
            try site.write(Data("title: Caf".utf8) + Data([0xE9]) + Data("\nurl: https://news.example.com/\n".utf8), to: "site.yml")
        },
        HostileSite(name: "invalid-utf8-template", status: 1) { site in
            try site.write(Data("<header>".utf8) + Data([0xFF, 0xFE]) + Data("{{site.title}}</header>\n".utf8),
                           to: "Templates/partials/header.mustache")
        },
        HostileSite(name: "nul-byte-in-front-matter", status: 1) { site in
            try site.write("---\ntitle: Null\u{0}Byte\ndate: 2026-05-05\nauthor: anna\n---\nText.\n", to: "Content/posts/2026-05-05-nul.md")
        },
        HostileSite(name: "control-and-bidi-characters", status: 1),
        HostileSite(name: "invisible-characters-in-bodies-and-params", status: 1) { site in
            try site.write("---\ntitle: Körper\ndate: 2026-05-05\nauthor: anna\n---\nErste Zeile\r\nPreis: 100 \u{202E}€ 001 und \u{7} Klingel.\n",
                           to: "Content/posts/2026-05-05-koerper.md")
            try site.write("---\nname: Anna Berg\nabteilung: {name: \"Technik\\e[2J\"}\n---\nAnna schreibt \u{85}über Technik.\n",
                           to: "Content/authors/anna.md")
        },

        // Empty and unfinished files.
        HostileSite(name: "empty-article", status: 1),
        HostileSite(name: "whitespace-only-article", status: 1),
        HostileSite(name: "empty-author", status: 1),
        HostileSite(name: "empty-site-yml", status: 1),
        HostileSite(name: "empty-template", status: 0, pages: ["2026/05/gut/index.html": ""]),
        HostileSite(name: "unterminated-front-matter", status: 1),
        HostileSite(name: "required-keys-missing", status: 1),
        HostileSite(name: "required-keys-empty", status: 1),

        // Size and depth.
        HostileSite(name: "article-of-50-mb", status: 1) { site in
            try site.write(Self.fiftyMegabyteArticle(), to: "Content/posts/2026-05-05-riesig.md")
        },
        HostileSite(name: "article-of-50-mb-with-raised-limit", status: 0, pages: ["2026/05/riesig/index.html": "<p>Das Ende.</p>"]) { site in
            try site.write(Self.fiftyMegabyteArticle(), to: "Content/posts/2026-05-05-riesig.md")
        },
        HostileSite(name: "quadratic-markdown", status: 1) { site in
            // Each shape keeps cmark-gfm 0.29.0.gfm.6 busy for minutes; each is refused at once.
            let head = "---\ntitle: Langsam\ndate: 2026-05-05\nauthor: anna\n---\n"
            try site.write(head + String(repeating: "![[]()", count: 60_000) + "\n", to: "Content/posts/2026-05-05-bilder.md")
            try site.write(head + "|a|b|\n|-|-|\n" + String(repeating: "|x", count: 200_000) + "\n", to: "Content/posts/2026-05-05-tabelle.md")
            try site.write(head + "x" + String(repeating: "<?", count: 100_000) + "\n", to: "Content/posts/2026-05-05-html.md")
            try site.write(head + "|" + String(repeating: "a|", count: 1_000) + "\n|" + String(repeating: "-|", count: 1_000) + "\n"
                + String(repeating: "a\n", count: 100_000), to: "Content/posts/2026-05-05-zellen.md")
        },
        HostileSite(name: "article-with-100000-tags", status: 1) { site in
            let tags = (0..<100_000).map { "  - Thema \($0)\n" }.joined()
            try site.write("---\ntitle: Viele Themen\ndate: 2026-05-05\nauthor: anna\ntags:\n\(tags)---\nText.\n",
                           to: "Content/posts/2026-05-05-themen.md")
        },
        HostileSite(name: "deeply-nested-flow", status: 1),
        HostileSite(name: "deeply-nested-block-yaml", status: 1) { site in
            let levels = (0..<300).map { String(repeating: "  ", count: $0) + "ebene\($0):\n" }.joined()
            try site.write("---\ntitle: Tief\ndate: 2026-05-05\nauthor: anna\n\(levels)---\nText.\n", to: "Content/posts/2026-05-05-tief.md")
        },
        HostileSite(name: "huge-flow-sequence", status: 0, pages: ["2026/05/zahlen/index.html": "<h1>Hunderttausend Zahlen</h1>"]) { site in
            let numbers = (0..<100_000).map(String.init).joined(separator: ", ")
            try site.write("---\ntitle: Hunderttausend Zahlen\ndate: 2026-05-05\nauthor: anna\nzahlen: [\(numbers)]\n---\nText.\n",
                           to: "Content/posts/2026-05-05-zahlen.md")
        },
        HostileSite(name: "huge-flow-mapping-unclosed", status: 1) { site in
            let entries = (0..<100_000).map { "k\($0): \($0)" }.joined(separator: ", ")
            try site.write("---\ntitle: Offen\ndate: 2026-05-05\nauthor: anna\nwerte: {\(entries)\n---\nText.\n",
                           to: "Content/posts/2026-05-05-werte.md")
        },
        HostileSite(name: "tag-too-long", status: 1),

        // Values that do not fit together.
        HostileSite(name: "impossible-dates", status: 1),
        HostileSite(name: "unknown-authors", status: 1),
        HostileSite(name: "unknown-related", status: 1),
        HostileSite(name: "related-cycle", status: 0, pages: [
            "2026/05/a/index.html": "<h1>A</h1>", "2026/05/b/index.html": "<h1>B</h1>", "2026/05/c/index.html": "<h1>C</h1>",
        ]),
        HostileSite(name: "duplicate-slugs", status: 1),
        HostileSite(name: "cover-image-problems", status: 1),
        HostileSite(name: "broken-content-links", status: 1),
        HostileSite(name: "tags-without-letters", status: 1),
        HostileSite(name: "site-yml-wrong-values", status: 1),
        HostileSite(name: "domain-not-a-host-name", status: 1),
        HostileSite(name: "yaml-outside-the-subset", status: 1),
        HostileSite(name: "unsafe-markdown-is-defused", status: 0, pages: [
            "2026/05/html/index.html": "<!-- raw HTML omitted -->\n<p>Klick und Daten und <!-- raw HTML omitted --><!-- raw HTML omitted --></p>",
        ]),

        // Slugs and file names.
        HostileSite(name: "slugs-that-escape", status: 1),
        HostileSite(name: "slugs-not-in-url-form", status: 1),
        HostileSite(name: "file-names-with-spaces-and-umlauts", status: 0, pages: [
            "2026/05/mit-leerzeichen/index.html": "<h1>Leerzeichen</h1>",
            "2026/05/gruesse-aus-dem-ruhrgebiet/index.html": "<h1>Grüße</h1>",
            "2026/05/x-y/index.html": "<h1>Punkte</h1>",
            "2026/05/cafe/index.html": "<h1>Bündel</h1>",
        ]),
        HostileSite(name: "file-names-without-slugs", status: 1),
        HostileSite(name: "unicode-nfd-file-name", status: 0, pages: ["2026/05/gruesse/index.html": "<h1>Zerlegt</h1>"]) { site in
            // "grüsse" with u + U+0308 COMBINING DIAERESIS, as macOS once wrote file names.
            try site.write("---\ntitle: Zerlegt\ndate: 2026-05-05\nauthor: anna\n---\nText.\n",
                           to: "Content/posts/2026-05-05-gru\u{308}sse.md")
        },
        HostileSite(name: "latin1-file-name", status: 0, pages: ["2026/05/gut/index.html": "<h1>Ein guter Artikel</h1>"]) { site in
            // "grüße.md" in Latin-1, as an old archive unpacked on Linux may hold it.
            try site.write("---\ntitle: Lateinisch\ndate: 2026-05-05\nauthor: anna\n---\nText.\n", to: "Content/posts",
                           nameBytes: Array("2026-05-05-gr".utf8) + [0xFC, 0xDF] + Array("e.md".utf8))
        },
        HostileSite(name: "unicode-twin-file-names", status: 1) { site in
            try site.write("---\ntitle: Zerlegt\ndate: 2026-05-05\nauthor: anna\nslug: eins\n---\nText.\n",
                           to: "Content/posts/2026-05-05-gru\u{308}sse.md")
            try site.write("---\ntitle: Zusammengesetzt\ndate: 2026-05-05\nauthor: anna\nslug: zwei\n---\nText.\n",
                           to: "Content/posts/2026-05-05-gr\u{FC}sse.md")
        },

        // Links, pipes and folders where files belong.
        HostileSite(name: "symlink-loops", status: 1) { site in
            try site.link("Content/posts/kreis.md", to: "kreis.md")
            try site.link("Content/posts/zurueck", to: "..")
            try site.link("Content/posts/inhalt", to: "../../Content")
            try site.link("Content/posts/weg.md", to: "nichts.md")
        },
        HostileSite(name: "symlinks-leading-outside", status: 1) { site in
            // A pull request's links to the build machine's files: none is read or published.
            try site.link("Content/posts/passwort.md", to: "/etc/passwd")
            try site.link("Content/images/hostname.jpg", to: "/etc/hostname")
            try site.link("Content/posts/system", to: "/etc")
            try site.link("Templates/partials/geheim.mustache", to: "/etc/passwd")
            try site.link("Templates/assets/geheim.css", to: "/etc/passwd")
            try site.link("Templates/i18n/de.yml", to: "/etc/passwd")
        },
        HostileSite(name: "scripts-in-content", status: 1),
        HostileSite(name: "named-pipes-in-the-site", status: 0, pages: ["index.html": "<title>Testnewsroom</title>"]) { site in
            // Reading a named pipe would wait for a writer forever.
            try site.makePipe("Content/posts/rohr.md")
            try site.makePipe("Templates/assets/rohr.css")
        },
        HostileSite(name: "site-yml-is-a-named-pipe", status: 1) { site in
            try site.remove("site.yml")
            try site.makePipe("site.yml")
        },
        HostileSite(name: "site-yml-is-a-folder", status: 1) { site in
            try site.remove("site.yml")
            try FileManager.default.createDirectory(at: site.appendingPathComponent("site.yml"), withIntermediateDirectories: false)
        },
        HostileSite(name: "folders-named-like-files", status: 0, pages: ["index.html": "<title>Testnewsroom</title>"]) { site in
            for folder in ["Content/posts/ordner.md", "Content/authors/bert.md", "Templates/assets/ordner.css"] {
                try FileManager.default.createDirectory(at: site.appendingPathComponent(folder), withIntermediateDirectories: true)
            }
            try site.write("kein Markdown\n", to: "Content/posts/bilder.md/notiz.txt")
        },

        // Templates.
        HostileSite(name: "template-syntax-errors", status: 1),
        HostileSite(name: "partial-includes-itself", status: 1),
        HostileSite(name: "partials-include-each-other", status: 1),
        HostileSite(name: "layout-extends-itself", status: 1),
        HostileSite(name: "unknown-partial-and-variable", status: 1),
        HostileSite(name: "template-is-a-folder", status: 1) { site in
            try site.remove("Templates/article.mustache")
            try FileManager.default.createDirectory(at: site.appendingPathComponent("Templates/article.mustache"), withIntermediateDirectories: false)
        },
        HostileSite(name: "theme-without-templates", status: 1) { site in
            try site.remove("Templates/index.mustache")
            try site.remove("Templates/tag.mustache")
        },

        // The output folder.
        HostileSite(name: "output-is-a-file", status: 1) { site in
            try site.remove("Output")
            try site.write("Hier lag einmal die Website.\n", to: "Output")
        },
        HostileSite(name: "output-made-by-someone-else", status: 1) { site in
            try site.remove("Output")
            try site.write("Wichtige Notizen, nicht von Zeche.\n", to: "Output/notizen.txt")
        },
        HostileSite(name: "leftovers-of-killed-builds", status: 0, pages: ["index.html": "<title>Testnewsroom</title>"]) { site in
            try site.write("halb geschrieben", to: ".Output.zeche-staging-4194301/index.html")
            try site.write("alt", to: ".Output.zeche-retired-4194302/index.html")
        },
    ]

    /// Cases where a file may not be read or a folder not be changed.
    static let unreadableCases: [HostileSite] = [
        HostileSite(name: "unreadable-article", status: 1, privileges: .withoutFileOverride) { site in
            try FileManager.default.copyItem(at: site.appendingPathComponent("Content/posts/2026-05-04-gut.md"),
                                             to: site.appendingPathComponent("Content/posts/2026-05-05-geheim.md"))
            site.setMode("Content/posts/2026-05-05-geheim.md", 0)
        },
        HostileSite(name: "unreadable-author", status: 1, privileges: .withoutFileOverride) { site in
            site.setMode("Content/authors/anna.md", 0)
        },
        HostileSite(name: "unreadable-folder", status: 1, privileges: .withoutFileOverride) { site in
            try site.write("---\ntitle: Versteckt\ndate: 2026-05-05\nauthor: anna\n---\nText.\n", to: "Content/posts/archiv/2026-05-05-versteckt.md")
            site.setMode("Content/posts/archiv", 0)
        },
        HostileSite(name: "unreadable-template", status: 1, privileges: .withoutFileOverride) { site in
            site.setMode("Templates/partials/byline.mustache", 0)
        },
        HostileSite(name: "unreadable-asset", status: 1, privileges: .withoutFileOverride) { site in
            site.setMode("Templates/assets/site.css", 0)
        },
        HostileSite(name: "output-read-only", status: 1, privileges: .withoutFileOverride) { site in
            site.setMode("Output", 0o555)
        },
        HostileSite(name: "output-folder-inside-read-only", status: 1, privileges: .withoutFileOverride) { site in
            site.setMode("Output/tags", 0o555)
        },
        HostileSite(name: "site-folder-read-only", status: 1, privileges: .withoutFileOverride) { site in
            site.setMode(".", 0o555)
        },
    ]

    /// A disk of 2 MB that the site fills up.
    static let fullDiskCases: [HostileSite] = [
        HostileSite(
            name: "full-disk", status: 1, output: "disk/Output",
            prepare: { site in
                try FileManager.default.createDirectory(at: site.appendingPathComponent("disk"), withIntermediateDirectories: false)
                guard SmallDisk.mount(at: site.appendingPathComponent("disk"), size: "2m") else { throw POSIXError(.EPERM) }
            },
            make: { site in try site.write(Data(repeating: 0x2A, count: 3_000_000), to: "Templates/assets/gross.bin") },
            cleanUp: { site in SmallDisk.unmount(site.appendingPathComponent("disk")) }),
    ]

    @Test("A hostile or broken site ends in its exact diagnostics, never in a crash, and a failed build keeps Output/",
          arguments: cases)
    func hostileSite(_ site: HostileSite) throws {
        try Self.check(site)
    }

    @Test("A file that cannot be read or an output that cannot be changed is a clear error",
          .enabled(if: FileAccess.canRestrict, "runs as root without setpriv, or setpriv may not drop capabilities here"),
          arguments: unreadableCases)
    func unreadable(_ site: HostileSite) throws {
        try Self.check(site)
    }

    @Test("A full disk is one error, and the previous output stays",
          .enabled(if: SmallDisk.canMount, "mounting a tmpfs is not permitted here (needs root or CAP_SYS_ADMIN)"),
          arguments: fullDiskCases)
    func fullDisk(_ site: HostileSite) throws {
        try Self.check(site)
    }

    @Test("Every folder of Fixtures/hostile is a case of the tables, and every case has its folder")
    func everyFixtureIsACase() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: HostileSite.fixtures.path).filter { $0 != "base" }
        let names = (Self.cases + Self.unreadableCases + Self.fullDiskCases).map(\.name)
        #expect(Set(folders) == Set(names))
        #expect(names.count == Set(names).count, "a case name is used twice")
        #expect(names.count >= 40)
    }

    @Test("Twenty thousand errors in one file are all printed, each under its own source line")
    func manyErrors() throws {
        let folder = try TemporaryDirectory(prefix: "zeche-hostile")
        try Self.copyBase(to: folder.url)
        let tags = (0..<20_000).map { _ in "  - \"€\"\n" }.joined()
        try folder.url.write("---\ntitle: Zeichen\ndate: 2026-05-05\nauthor: anna\ntags:\n\(tags)---\nText.\n", to: "Content/posts/2026-05-05-zeichen.md")
        let outcome = try ProcessOutcome.zeche(["build"], in: folder.url)
        #expect(outcome.reason == .exit && outcome.status == 1)
        let headlines = outcome.standardError.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(headlines.count == 20_000)
        #expect(headlines.last == "Content/posts/2026-05-05-zeichen.md:20005:5: error: the tag '€' has no letters or digits for its URL")
        #expect(outcome.standardError.hasSuffix("""
            Content/posts/2026-05-05-zeichen.md:20005:5: error: the tag '€' has no letters or digits for its URL
                  - "€"
                    ^
            fix: write the tag with letters or digits

            Build failed with 20000 errors, 0 warnings; Output/ was left as it was.

            """))
    }

    // MARK: - Running a case

    static func copyBase(to folder: URL) throws {
        for item in try FileManager.default.contentsOfDirectory(atPath: HostileSite.fixtures.appendingPathComponent("base").path) {
            try FileManager.default.copyItem(at: HostileSite.fixtures.appendingPathComponent("base/\(item)"), to: folder.appendingPathComponent(item))
        }
    }

    /// Builds the good site, lays the case over it, builds again and checks everything.
    static func check(_ site: HostileSite) throws {
        let folder = try TemporaryDirectory(prefix: "zeche-hostile")
        let root = folder.url
        try copyBase(to: root)
        try site.prepare?(root)
        defer {
            site.cleanUp?(root)
            chmod(root.path, 0o755)
        }
        let good = try ProcessOutcome.zeche(["build", "--quiet", "--output", site.output], in: root)
        try #require(good.reason == .exit && good.status == 0, "the good site did not build: \(good)")

        let fixture = HostileSite.fixtures.appendingPathComponent(site.name)
        for path in relativeFiles(in: fixture) where path != "expected.txt" {
            let data = try Data(contentsOf: fixture.appendingPathComponent(path))
            try root.write(data, to: path)
        }
        try site.make?(root)
        let output = root.appendingPathComponent(site.output)
        let before = try snapshot(output)

        let outcome = try ProcessOutcome.zeche(["build", "--output", site.output], in: root, privileges: site.privileges)
        chmod(root.path, 0o755)

        #expect(outcome.reason == .exit, "zeche was killed by signal \(outcome.status)")
        #expect(outcome.status == site.status, "\(outcome)")
        if ProcessInfo.processInfo.environment["ZECHE_RECORD"] == "1" {
            try Data(outcome.printed.utf8).write(to: fixture.appendingPathComponent("expected.txt"))
            Issue.record("recorded \(site.name)/expected.txt; check it, then run again without ZECHE_RECORD=1")
        }
        let expected = (try? String(contentsOf: fixture.appendingPathComponent("expected.txt"), encoding: .utf8)) ?? ""
        #expect(outcome.printed == expected, "\(lineDiff(expected: expected, actual: outcome.printed) ?? "")")

        let parent = output.deletingLastPathComponent()
        // The previous generation and the manifest stay beside the output by design.
        let kept: Set<String> = [".\(output.lastPathComponent).zeche-generations"]
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: parent.path)
            .filter { $0.hasPrefix(".\(output.lastPathComponent).zeche-") && !kept.contains($0) }
        #expect(leftovers.isEmpty, "left behind: \(leftovers)")

        if site.status == 0 {
            for (path, text) in site.pages.sorted(by: { $0.key < $1.key }) {
                let page = try Data(contentsOf: output.appendingPathComponent(path))
                #expect(text.isEmpty ? page.isEmpty : page.range(of: Data(text.utf8)) != nil, "\(path) does not contain \(text)")
            }
            // The new output is exactly what a build into an empty folder gives.
            let fresh = try TemporaryDirectory(prefix: "zeche-hostile-fresh")
            let again = try ProcessOutcome.zeche(["build", "--quiet", "--output", fresh.url.appendingPathComponent("Output").path], in: root)
            #expect(again.reason == .exit && again.status == 0)
            #expect(try snapshot(output) == snapshot(fresh.url.appendingPathComponent("Output")), "Output/ differs from a fresh build")
        } else {
            #expect(try snapshot(output) == before, "the failed build changed \(site.output)/")
        }
    }

    /// A folder's files with their bytes (or a file's bytes under "."), to compare whole.
    static func snapshot(_ url: URL) throws -> [String: Data] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { return [:] }
        guard isFolder.boolValue else { return [".": try Data(contentsOf: url)] }
        return try SiteCommandHarness.contents(of: url)
    }

    /// About 50 MB of an article as editors write them: paragraphs with emphasis, a heading
    /// every 50 blocks (all with the same text, so their ids count up), quotes, lists with links.
    static func fiftyMegabyteArticle() -> Data {
        let paragraph = Data("""
            Die Digitalisierung verändert, wie wir arbeiten: Prozesse werden schneller, Daten genauer und \
            Entscheidungen besser begründet. Unternehmen im Ruhrgebiet nutzen diese Chancen, um Arbeitsplätze \
            zu sichern und neue zu schaffen. **Wichtig** ist dabei der Austausch.


            """.utf8)
        let heading = Data("## Abschnitt\n\n".utf8)
        let quote = Data("> Ein Zitat über die Zukunft des Ruhrgebiets.\n>\n> — Doreen Müller\n\n".utf8)
        let list = Data("- Erster Punkt mit [Link](https://example.com/)\n- Zweiter Punkt mit *Betonung*\n\n".utf8)
        var data = Data("---\ntitle: Fünfzig Megabyte\ndate: 2026-05-05\nauthor: anna\n---\n".utf8)
        data.reserveCapacity(50_100_000)
        var block = 0
        while data.count < 50_000_000 {
            data.append(block % 50 == 0 ? heading : block % 17 == 0 ? quote : block % 23 == 0 ? list : paragraph)
            block += 1
        }
        data.append(Data("Das Ende.\n".utf8))
        return data
    }
}
