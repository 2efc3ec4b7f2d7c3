import Foundation
import Testing
import ZecheTestSupport

@Suite("zeche new")
struct NewTests {
    /// A site in a temporary folder: made by `zeche init` (one author, `redaktion`), or the
    /// repository's sample newsroom (two authors).
    struct Site {
        let folder: TemporaryDirectory
        var root: URL { folder.url }

        static func initialized() throws -> Site {
            let folder = try TemporaryDirectory(prefix: "zeche-new")
            let result = try SiteCommandHarness.zeche(["init", "."], in: folder.url)
            #expect(result.status == 0, "\(result)")
            return Site(folder: folder)
        }

        static func sample() throws -> Site {
            let folder = try TemporaryDirectory(prefix: "zeche-new")
            try SiteCommandHarness.copySampleSite(to: folder.url)
            return Site(folder: folder)
        }

        func new(_ arguments: [String]) throws -> SiteCommandHarness.Run {
            try SiteCommandHarness.zeche(["new"] + arguments, in: root)
        }

        /// The front matter of a content file as `zeche inspect --json` reads it.
        func frontMatter(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
            let result = try SiteCommandHarness.zeche(["inspect", "--json", path], in: root)
            #expect(result.status == 0, "\(result)", sourceLocation: sourceLocation)
            let report = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
            return try #require(report?["frontMatter"] as? [String: Any], sourceLocation: sourceLocation)
        }
    }

    /// Today in Berlin, at the start and the end of a test (they differ only around midnight).
    static func berlinDays(_ dates: Date...) -> Set<String> {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Berlin") ?? .current
        return Set(dates.map { date in
            let parts = calendar.dateComponents([.year, .month, .day], from: date)
            return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
        })
    }

    @Test("new writes a draft with title, date, author and tags, and prints its path")
    func createsDraft() throws {
        let site = try Site.initialized()
        let before = Date()
        let result = try site.new(["Neues Produkt für das Revier", "--tags", "Produkte, Ruhrgebiet"])
        let days = Self.berlinDays(before, Date())
        #expect(result.status == 0, "\(result)")
        #expect(result.errors == "")
        let path = result.output.trimmingCharacters(in: .newlines)
        let day = String(path.dropFirst("Content/posts/".count).prefix(10))
        #expect(days.contains(day))
        #expect(path == "Content/posts/\(day)-neues-produkt-fuer-das-revier.md")

        let frontMatter = try site.frontMatter(path)
        #expect(frontMatter["title"] as? String == "Neues Produkt für das Revier")
        #expect(frontMatter["author"] as? String == "redaktion")
        #expect(frontMatter["tags"] as? [String] == ["Produkte", "Ruhrgebiet"])
        #expect(frontMatter["draft"] as? Bool == true)
        let date = try #require(frontMatter["date"] as? String)
        #expect(date.hasPrefix(day + "T"))
        #expect(date.hasSuffix(":00+01:00") || date.hasSuffix(":00+02:00"), "\(date) is in Berlin time, to the minute")
    }

    @Test("titles with YAML's special characters read back exactly", arguments: [
        "Q&A: Was kommt 2027?",
        #"Zitat: "Code ist die neue Kohle""#,
        "#1 im Ruhrgebiet",
        "Förderturm # Symbol",
        #"Backslash \ und 'Apostroph'"#,
        "- Liste, [Klammern] und {Mengen}",
        "yes",
        "2026",
        "null",
        "Titel mit Doppelpunkt:",
        "  Leerzeichen am Rand  ",
        "Tab\tim Titel",
    ])
    func trickyTitles(title: String) throws {
        let site = try Site.initialized()
        let result = try site.new(["--", title])
        #expect(result.status == 0, "\(result)")
        let frontMatter = try site.frontMatter(result.output.trimmingCharacters(in: .newlines))
        #expect(frontMatter["title"] as? String == title.trimmingCharacters(in: .whitespaces))
        #expect(try SiteCommandHarness.zeche(["check", "--drafts"], in: site.root).status == 0)
    }

    @Test("tags with YAML's special characters read back exactly; empty ones are dropped")
    func trickyTags() throws {
        let site = try Site.initialized()
        let result = try site.new(["Tags", "--tags", "Q&A: Fragen, #Hashtag, yes,  , [eckig]"])
        #expect(result.status == 0, "\(result)")
        let frontMatter = try site.frontMatter(result.output.trimmingCharacters(in: .newlines))
        #expect(frontMatter["tags"] as? [String] == ["Q&A: Fragen", "#Hashtag", "yes", "[eckig]"])
    }

    @Test("--bundle makes a folder with index.md")
    func bundle() throws {
        let site = try Site.initialized()
        let result = try site.new(["Bilder aus dem Revier", "--bundle"])
        #expect(result.status == 0, "\(result)")
        let path = result.output.trimmingCharacters(in: .newlines)
        #expect(path.hasPrefix("Content/posts/") && path.hasSuffix("-bilder-aus-dem-revier/index.md"))
        #expect(try site.frontMatter(path)["title"] as? String == "Bilder aus dem Revier")
    }

    @Test("--source writes into another folder and prints the path from here")
    func sourceOption() throws {
        let site = try Site.initialized()
        let parent = site.root.deletingLastPathComponent()
        let name = site.root.lastPathComponent
        let result = try SiteCommandHarness.zeche(["new", "Von außen", "--source", name], in: parent)
        #expect(result.status == 0, "\(result)")
        let path = result.output.trimmingCharacters(in: .newlines)
        #expect(path.hasPrefix(name + "/Content/posts/"))
        #expect(FileManager.default.fileExists(atPath: parent.appendingPathComponent(path).path))
    }

    @Test("new never overwrites an article, as a file or as a bundle")
    func refusesToOverwrite() throws {
        let site = try Site.initialized()
        let first = try site.new(["Zweimal derselbe Titel"])
        #expect(first.status == 0, "\(first)")
        let path = first.output.trimmingCharacters(in: .newlines)
        try Data("edited\n".utf8).write(to: site.root.appendingPathComponent(path))

        for options in [[], ["--bundle"]] {
            let again = try site.new(["Zweimal derselbe Titel"] + options)
            #expect(again.status == 1)
            #expect(again.errors == "\(path): error: '\(path)' already exists\nfix: choose another title, or edit the existing article\n\n")
            #expect(again.output == "")
        }
        #expect(try String(contentsOf: site.root.appendingPathComponent(path), encoding: .utf8) == "edited\n")
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent(String(path.dropLast(3))).path))
    }

    @Test("an unknown author is an error that lists the known ones")
    func unknownAuthor() throws {
        let site = try Site.sample()
        let result = try site.new(["Hallo", "--author", "max"])
        #expect(result.status == 2)
        #expect(result.errors == """
            error: unknown author 'max'; known authors: doreen-mueller, redaktion
            usage: zeche new TITLE [--section ID] [--author ID] [--tags A,B] [--bundle] [--source DIR]
            Run 'zeche new --help' for more.

            """)
        // The sample's four files, its bundle's drawing and the bundle's English translation: nothing new.
        #expect(relativeFiles(in: site.root.appendingPathComponent("Content/posts")).count == 6)
    }

    @Test("a misspelt author gets a suggestion")
    func misspeltAuthor() throws {
        let site = try Site.sample()
        let result = try site.new(["Hallo", "--author", "redaktoin"])
        #expect(result.status == 2)
        #expect(result.errors.hasPrefix(
            "error: unknown author 'redaktoin'; did you mean 'redaktion'? Known authors: doreen-mueller, redaktion\n"))
    }

    @Test("with several authors, --author is needed")
    func severalAuthors() throws {
        let site = try Site.sample()
        let result = try site.new(["Hallo"])
        #expect(result.status == 2)
        #expect(result.errors.hasPrefix("error: the site has several authors; choose one with --author: doreen-mueller, redaktion\n"))
        let chosen = try site.new(["Hallo", "--author", "doreen-mueller"])
        #expect(chosen.status == 0, "\(chosen)")
        #expect(try site.frontMatter(chosen.output.trimmingCharacters(in: .newlines))["author"] as? String == "doreen-mueller")
    }

    @Test("a site without authors is an error")
    func noAuthors() throws {
        let site = try Site.initialized()
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("Content/authors"))
        let result = try site.new(["Hallo"])
        #expect(result.status == 1)
        #expect(result.errors == """
            Content/authors/: error: the site has no authors in Content/authors/
            fix: add an author as Content/authors/ID.md with 'name:' in its front matter


            """)
    }

    @Test("a title without letters or digits is a usage error")
    func emptySlug() throws {
        let site = try Site.initialized()
        let result = try site.new(["--", "???"])
        #expect(result.status == 2)
        #expect(result.errors.hasPrefix("error: the title '???' has no letters or digits for the file name\n"))
    }

    @Test("the new draft is left out of a build, and built with --drafts")
    func draftIsLeftOut() throws {
        let site = try Site.initialized()
        let result = try site.new(["Noch geheim"])
        #expect(result.status == 0, "\(result)")
        let path = result.output.trimmingCharacters(in: .newlines)
        let day = String(path.dropFirst("Content/posts/".count).prefix(10))
        let page = "Output/\(day.prefix(4))/\(day.dropFirst(5).prefix(2))/noch-geheim/index.html"
        #expect(try SiteCommandHarness.zeche(["build", "--quiet"], in: site.root).status == 0)
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent(page).path))
        #expect(try SiteCommandHarness.zeche(["build", "--quiet", "--drafts"], in: site.root).status == 0)
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent(page).path))
    }

    @Test("new --help explains the command")
    func help() throws {
        let result = try SiteCommandHarness.zeche(["new", "--help"], in: SiteCommandHarness.packageRoot)
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("usage: zeche new TITLE [--section ID] [--author ID] [--tags A,B] [--bundle] [--source DIR]\n"))
    }
}
