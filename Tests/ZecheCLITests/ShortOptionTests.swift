import Foundation
import Testing
import ZecheTestSupport

/// `-q`, `-o`, `-p`, `-D`, `-F`, `-s` and `-h` work like their long forms, alone or in clusters,
/// and each command's `--help` lists the ones it has.
struct ShortOptionTests {
    static let articles = [
        "Content/posts/a.md": "---\ntitle: A\ndate: 2026-01-05\nauthor: anna\n---\nText.\n",
        "Content/posts/entwurf.md": "---\ntitle: Entwurf\ndate: 2026-01-06\nauthor: anna\ndraft: true\n---\nText.\n",
        "Content/posts/zukunft.md": "---\ntitle: Zukunft\ndate: 2999-01-01\nauthor: anna\n---\nText.\n",
    ]

    /// The articles a build wrote, by slug.
    static func builtArticles(in output: URL) -> Set<String> {
        Set(relativeFiles(in: output).compactMap { path -> String? in
            let parts = path.split(separator: "/")
            guard parts.count == 4, parts[0].count == 4, parts[3] == "index.html" else { return nil }
            return String(parts[2])
        })
    }

    @Test("build -q -o DIR -s SITE -D -F builds drafts and future articles into DIR and prints nothing")
    func buildWithShortOptions() throws {
        let site = try SiteFolder(Self.articles)
        let elsewhere = try TemporaryDirectory(prefix: "zeche-short")
        let run = try ZecheRun(["build", "-q", "-o", "Out", "-s", site.url.path, "-D", "-F"], in: elsewhere.url)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput == "")
        #expect(run.standardError == "")
        #expect(Self.builtArticles(in: site.url.appendingPathComponent("Out")) == ["a", "entwurf", "zukunft"])
    }

    @Test("Flags cluster, and a value may follow its letter directly", arguments: [
        (["-qD", "-oOut"], Set(["a", "entwurf"])),
        (["-DFq", "-o", "Out"], Set(["a", "entwurf", "zukunft"])),
        (["-Fqo", "Out"], Set(["a", "zukunft"])),
    ])
    func clusters(_ flags: [String], _ expected: Set<String>) throws {
        let site = try SiteFolder(Self.articles)
        let run = try ZecheRun(["build"] + flags, in: site.url)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput == "")
        #expect(Self.builtArticles(in: site.url.appendingPathComponent("Out")) == expected)
    }

    @Test("Mistakes with short options are usage errors that say what is wrong", arguments: [
        (["build", "-x"], "error: unknown option '-x'\n"),
        (["build", "-qx"], "error: unknown option '-x' in '-qx'\n"),
        (["build", "-quiet"], "error: unknown option '-quiet'; did you mean '--quiet'?\n"),
        (["build", "-output", "Out"], "error: unknown option '-output'; did you mean '--output'?\n"),
        (["build", "-o"], "error: option '-o' needs a value: -o DIR\n"),
        (["check", "-q"], "error: unknown option '-q'\n"),
        (["serve", "-p"], "error: option '-p' needs a value: -p PORT\n"),
    ])
    func mistakes(_ arguments: [String], _ firstLine: String) throws {
        let site = try SiteFolder()
        let run = try ZecheRun(arguments, in: site.url)
        #expect(run.status == 2)
        #expect(run.standardError.hasPrefix(firstLine), "\(run.standardError)")
        #expect(run.standardOutput == "")
    }

    @Test("check -s SITE -D checks the site in another folder with its drafts")
    func checkWithShortOptions() throws {
        let site = try SiteFolder([
            "Content/posts/entwurf.md": "---\ntitle: Entwurf\ndate: 2026-01-06\nauthor: anna\ndraft: true\n---\n[Link](fehlt.md)\n",
        ])
        let run = try ZecheRun(["check", "-s", site.url.path, "-D"], in: URL(fileURLWithPath: "/"))
        #expect(run.status == 1)
        #expect(run.standardError.hasPrefix("Content/posts/entwurf.md:7:"), "\(run.standardError)")
    }

    @Test("Each command's --help lists its short options, and -h shows the same help", arguments: [
        ("build", ["-D, --drafts", "-F, --future", "-o, --output DIR", "    --base-url URL", "-q, --quiet", "-s, --source DIR", "-h, --help"]),
        ("serve", ["-p, --port PORT", "    --host HOST", "-D, --drafts", "-F, --future", "-s, --source DIR", "-h, --help"]),
        ("check", ["-D, --drafts", "-F, --future", "-s, --source DIR", "-h, --help"]),
        ("publish", ["-D, --drafts", "-F, --future", "-o, --output DIR", "-s, --source DIR", "-h, --help"]),
        ("new", ["    --author ID", "-s, --source DIR", "-h, --help"]),
        ("markdown", ["-s, --source DIR", "-h, --help"]),
        ("init", ["    --title TITLE", "-h, --help"]),
        ("inspect", ["    --json", "-h, --help"]),
        ("mustache", ["    --strict", "-h, --help"]),
    ])
    func helpListsShortOptions(_ command: String, _ expectedRows: [String]) throws {
        let long = try ZecheRun([command, "--help"], in: PackagePaths.root())
        let short = try ZecheRun([command, "-h"], in: PackagePaths.root())
        #expect(long.status == 0)
        #expect(short.status == 0)
        #expect(short.standardOutput == long.standardOutput)
        let options = long.standardOutput.components(separatedBy: "\noptions:\n").last ?? ""
        let rows = options.split(separator: "\n").map { String($0.dropFirst(2)) }
        for expected in expectedRows {
            #expect(rows.contains { $0.hasPrefix(expected + "  ") }, "no row '\(expected)' in:\n\(options)")
        }
    }
}
