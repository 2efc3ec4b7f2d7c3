import Foundation
import Testing
import ZecheTestSupport

/// `zeche check` loads and validates a whole site without writing anything.
struct CheckCommandTests {
    @Test("zeche check lists every mistake of the invalid site in file order and exits with 1")
    func invalidSite() throws {
        let site = PackagePaths.fixtures("ZecheCLITests").appendingPathComponent("invalid-site")
        let expected = try String(contentsOf: site.appendingPathComponent("expected-diagnostics.txt"), encoding: .utf8)
        let run = try ZecheRun(["check"], in: site)
        let printed = run.standardError + run.standardOutput
        #expect(run.status == 1)
        #expect(printed == expected, "\(lineDiff(expected: expected, actual: printed) ?? "")")
    }

    @Test("zeche check finds nothing wrong in the sample newsroom")
    func sampleSite() throws {
        let run = try ZecheRun(["check"], in: PackagePaths.root())
        #expect(run.status == 0)
        #expect(run.standardError == "")
        #expect(run.standardOutput.hasPrefix("Checked "))
        #expect(run.standardOutput.hasSuffix(" articles): 0 errors, 0 warnings.\n"), "\(run.standardOutput)")
    }

    @Test("zeche check writes nothing, and counts what a build would write")
    func writesNothing() throws {
        let site = try SiteFolder(["Content/posts/a.md": "---\ntitle: A\ndate: 2026-01-05\nauthor: anna\n---\nText.\n"])
        let before = try site.snapshot()
        let run = try site.run("check")
        #expect(run.status == 0)
        #expect(run.standardError == "")
        #expect(run.standardOutput.hasPrefix("Checked "))
        #expect(run.standardOutput.hasSuffix(" pages (1 article): 0 errors, 0 warnings.\n"), "\(run.standardOutput)")
        #expect(try site.snapshot() == before)
    }

    @Test("zeche check leaves drafts and future articles out unless asked", arguments: [
        ([String](), "(1 article)"), (["--drafts"], "(2 articles)"), (["--future"], "(2 articles)"), (["--drafts", "--future"], "(3 articles)"),
    ])
    func draftsAndFuture(_ flags: [String], _ count: String) throws {
        let site = try SiteFolder([
            "Content/posts/a.md": "---\ntitle: A\ndate: 2026-01-05\nauthor: anna\n---\nText.\n",
            "Content/posts/entwurf.md": "---\ntitle: Entwurf\ndate: 2026-01-06\nauthor: anna\ndraft: true\n---\nText.\n",
            "Content/posts/zukunft.md": "---\ntitle: Zukunft\ndate: 2999-01-01\nauthor: anna\n---\nText.\n",
        ])
        let run = try ZecheRun(["check"] + flags, in: site.url)
        #expect(run.status == 0)
        #expect(run.standardOutput.contains(" \(count): 0 errors, 0 warnings.\n"), "\(run.standardOutput)")
    }

    @Test("zeche check --source checks the site in another folder")
    func source() throws {
        let site = try SiteFolder(["Content/posts/a.md": "---\ntitle: 2026\ndate: 2026-01-05\nauthor: anna\n---\n"])
        let run = try ZecheRun(["check", "--source", site.url.path], in: URL(fileURLWithPath: "/"))
        #expect(run.status == 1)
        #expect(run.standardError == """
            Content/posts/a.md:2:8: error: 'title' must be text, not the number '2026'
                title: 2026
                       ^
            fix: put the value in quotes: title: "…"


            """)
        #expect(run.standardOutput == "Check found 1 error, 0 warnings.\n")
    }

    @Test("zeche check with an argument it does not take is a usage error")
    func usage() throws {
        let site = try SiteFolder()
        let run = try site.run("check", "Content/")
        #expect(run.status == 2)
        #expect(run.standardError == """
            error: unexpected argument 'Content/'
            usage: zeche check [--drafts] [--future] [--source DIR]
            Run 'zeche check --help' for more.

            """)
    }
}
