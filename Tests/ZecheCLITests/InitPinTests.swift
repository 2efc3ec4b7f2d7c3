import Foundation
import Testing
import ZecheTestSupport

/// The Zeche release that `zeche init` pins in a new site's workflows, and `zeche --version`.
@Suite("zeche init pins a release")
struct InitPinTests {
    static let hash = String(repeating: "0123456789ABCDEF", count: 4)

    static func workflows(of site: URL) throws -> [String] {
        try ["publish.yml", "check.yml"].map {
            try String(contentsOf: site.appendingPathComponent(".github/workflows/\($0)"), encoding: .utf8)
        }
    }

    @Test("the workflows download the pinned release and check its SHA-256, with no Swift and no second checkout")
    func pinnedWorkflows() throws {
        let created = try InitTests.initSite(["--zeche-version", "1.2.3", "--zeche-sha256", Self.hash])
        #expect(created.result.status == 0, "\(created.result)")
        #expect(created.result.errors == "")
        #expect(created.result.output.contains("publish with zeche 1.2.3 once the site is on GitHub"))
        for workflow in try Self.workflows(of: created.site) {
            #expect(workflow.contains("""
                env:
                  ZECHE_VERSION: "1.2.3"
                  ZECHE_SHA256: "\(Self.hash.lowercased())"
                  ZECHE_RELEASES: "https://github.com/q-one/zeche/releases/download"

                """))
            #expect(workflow.contains(#"tar -xzOf "$RUNNER_TEMP/zeche.tar.gz" "$archive/zeche""#))
            #expect(workflow.contains(#"echo "$ZECHE_SHA256  $RUNNER_TEMP/zeche-bin/zeche" | sha256sum --check --strict"#))
            #expect(workflow.components(separatedBy: "uses: actions/checkout@").count == 2, "one checkout")
            for gone in ["swift", "ZECHE_REPOSITORY", "container:", "vars."] {
                #expect(!workflow.contains(gone), "\(gone)")
            }
        }
        let readme = try String(contentsOf: created.site.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("Die Workflows laden Zeche 1.2.3 von seiner Release-Seite"))
        #expect(readme.contains("## Zeche aktualisieren"))
    }

    @Test("--release-url replaces where the workflows download from")
    func releaseURL() throws {
        let created = try InitTests.initSite(["--language", "en", "--zeche-version", "2.0.0-rc.1", "--zeche-sha256", Self.hash,
                                              "--release-url", "https://downloads.example.com/zeche/"])
        #expect(created.result.status == 0, "\(created.result)")
        for workflow in try Self.workflows(of: created.site) {
            #expect(workflow.contains(#"ZECHE_RELEASES: "https://downloads.example.com/zeche""#))
            #expect(workflow.contains(#"ZECHE_VERSION: "2.0.0-rc.1""#))
        }
        let readme = try String(contentsOf: created.site.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("## Upgrading Zeche"))
    }

    @Test("a pin that is not valid is a usage error, and nothing is written", arguments: [
        (["--zeche-version", "1.2.3"], "error: give --zeche-version and --zeche-sha256 together: a release and the SHA-256 of its linux-x86_64 binary"),
        (["--zeche-version", "1.2", "--zeche-sha256", hash], "error: '1.2' is not a Zeche version such as 0.9.0"),
        (["--zeche-version", "1.2.3", "--zeche-sha256", "abc"], "error: 'abc' is not a SHA-256: 64 hexadecimal digits"),
        (["--release-url", "http://example.com/\"x\""], #"error: 'http://example.com/"x"' is not an https:// URL without quotes, spaces or '$'"#),
    ])
    func invalidPin(options: [String], message: String) throws {
        let folder = try TemporaryDirectory(prefix: "zeche-init")
        let result = try SiteCommandHarness.zeche(["init", "site"] + options, in: folder.url)
        #expect(result.status == 2)
        #expect(result.errors.hasPrefix(message + "\nusage: zeche init DIR"), "\(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("site").path))
    }

    @Test("a zeche that is not a release writes its version and warns that there is nothing to download")
    func developmentBuildWarns() throws {
        let created = try InitTests.initSite()
        #expect(created.result.status == 0, "\(created.result)")
        #expect(created.result.errors.hasPrefix("warning: this zeche (dev) is not a release, so there is nothing to download"))
        #expect(created.result.errors.contains("\nfix: run zeche init with --zeche-version VERSION --zeche-sha256 HASH"))
        for workflow in try Self.workflows(of: created.site) {
            #expect(workflow.contains(#"ZECHE_VERSION: "dev""#))
        }
    }

    @Test("zeche --version of a plain swift build says dev and that it knows no commit")
    func versionOfPlainBuild() throws {
        let result = try SiteCommandHarness.zeche(["--version"], in: SiteCommandHarness.packageRoot)
        #expect(result.status == 0)
        #expect(result.output == """
            zeche dev
            source commit unknown (a plain 'swift build'; 'make binary' records the version and commit from git)

            """)
    }
}
