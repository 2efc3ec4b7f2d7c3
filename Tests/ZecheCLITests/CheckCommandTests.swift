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

    @Test("zeche check checks drafts and future articles like published ones; --public only what a build publishes", arguments: [
        ([String](), "(3 articles, of them 1 draft and 1 scheduled)"),
        (["--public"], "(1 article): 0 errors, 0 warnings; left out: 1 draft, 1 scheduled for 2999-01-01 (use --drafts / --future)"),
        (["--public", "--drafts"], "(2 articles, of them 1 draft): 0 errors, 0 warnings; left out: 1 scheduled for 2999-01-01 (use --future)"),
    ])
    func draftsAndFuture(_ flags: [String], _ count: String) throws {
        let site = try SiteFolder([
            "Content/posts/a.md": "---\ntitle: A\ndate: 2026-01-05\nauthor: anna\n---\nText.\n",
            "Content/posts/entwurf.md": "---\ntitle: Entwurf\ndate: 2026-01-06\nauthor: anna\ndraft: true\n---\nText.\n",
            "Content/posts/zukunft.md": "---\ntitle: Zukunft\ndate: 2999-01-01\nauthor: anna\n---\nText.\n",
        ])
        let run = try ZecheRun(["check"] + flags, in: site.url)
        #expect(run.status == 0)
        #expect(run.standardOutput.contains(" \(count)"), "\(run.standardOutput)")
    }

    @Test("A mistake in a draft fails zeche check, with a note that says the article is a draft")
    func mistakeInADraft() throws {
        let site = try SiteFolder([
            "Content/posts/a.md": "---\ntitle: A\ndate: 2026-01-05\nauthor: anna\n---\nText.\n",
            "Content/posts/entwurf.md": "---\ntitle: Entwurf\ndate: 2026-01-06\nauthor: annna\ndraft: true\n---\nZum [Bericht](fehlt.md).\n",
        ])
        let run = try ZecheRun(["check"], in: site.url)
        #expect(run.status == 1)
        #expect(run.standardError.contains("""
            Content/posts/entwurf.md:4:9: error: unknown author 'annna'; did you mean 'anna'?
                author: annna
                        ^
            fix: write author: anna
            note: 'Content/posts/entwurf.md' is a draft: fix this before you publish it
            """), "\(run.standardError)")
        #expect(run.standardError.contains("Content/posts/entwurf.md:7:5: error: the link 'fehlt.md'"), "\(run.standardError)")
        let build = try ZecheRun(["build", "--quiet"], in: site.url)
        #expect(build.status == 0, "a public build leaves the draft out: \(build.standardError)")
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
            usage: zeche check [--public] [--untranslated LANG] [--source DIR]
            Run 'zeche check --help' for more.

            """)
    }
}

/// `zeche check --untranslated LANG` on the sample newsroom, in German and English.
struct UntranslatedCheckTests {
    @Test("zeche check --untranslated en lists the German articles without an English version")
    func sampleSiteUntranslated() throws {
        let run = try ZecheRun(["check", "--untranslated", "en"], in: PackagePaths.root())
        #expect(run.status == 0)
        #expect(run.standardError == "")
        #expect(run.standardOutput.hasPrefix("""
            Untranslated into 'en': 3 of 5 articles
              Content/posts/2026-07-21-potenzialstudie-online-kaeufer-schraenken-sich-ein.md  Potenzialstudie: Online-Käufer schränken sich ein
              Content/posts/2026-09-02-q-one-nutzt-cloudloesung-von-amazon-web-services.md  Q.One nutzt Cloudlösung von Amazon Web Services
              Content/posts/2026-10-15-produktentwicklung-meilenstein-3-ist-geschafft.md  Produktentwicklung: Meilenstein 3 ist geschafft
            Checked
            """), "\(run.standardOutput)")
    }

    @Test("zeche check --untranslated with a language the site does not have is a usage error")
    func unknownLanguage() throws {
        let run = try ZecheRun(["check", "--untranslated", "fr"], in: PackagePaths.root())
        #expect(run.status == 2)
        #expect(run.standardError.contains("--untranslated 'fr': the site's other languages are 'en'"), "\(run.standardError)")
    }
}
