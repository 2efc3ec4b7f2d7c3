import Foundation
import Testing
import ZecheTestSupport

/// What `zeche publish` publishes is exactly the checked-out commit, to a branch of its own,
/// and no value from the command line or site.yml reaches git or `CNAME` unchecked.
@Suite("zeche publish, hardened")
struct PublishHardeningTests {
    static let article = "Content/posts/2026-07-21-potenzialstudie-online-kaeufer-schraenken-sich-ein.md"

    /// Whether the published branch holds `text` anywhere.
    static func published(_ text: String, in sandbox: PublishSandbox, branch: String = "gh-pages") throws -> Bool {
        try SiteCommandHarness.git(["grep", "-q", "--fixed-strings", text, branch], in: sandbox.site).status == 0
    }

    @Test("A file that .gitignore or .git/info/exclude hides is not published", arguments: [".gitignore", ".git/info/exclude"])
    func ignoredFiles(_ rules: String) throws {
        let sandbox = try PublishSandbox()
        let path = sandbox.site.appendingPathComponent(rules)
        try Data(((try? String(contentsOf: path, encoding: .utf8)) ?? "") .appending("Content/posts/2026-12-01-versteckt.md\n").utf8).write(to: path)
        if rules == ".gitignore" { try sandbox.commitAll("Ignorieren") }
        try Data("---\ntitle: Versteckter Entwurf\ndate: 2026-07-01\nauthor: redaktion\n---\nGeheimer Inhalt.\n".utf8)
            .write(to: sandbox.site.appendingPathComponent("Content/posts/2026-12-01-versteckt.md"))
        #expect(try sandbox.git(["status", "--porcelain"]) == "", "git shows the file")
        let result = try sandbox.publish()
        #expect(result.status == 0, "\(result)")
        #expect(try !Self.published("Geheimer Inhalt", in: sandbox))
        #expect(try !Self.published("Versteckter Entwurf", in: sandbox))
        try expectBranchHoldsSite(sandbox)
    }

    @Test("An edit hidden with --skip-worktree or --assume-unchanged is not published", arguments: ["--skip-worktree", "--assume-unchanged"])
    func hiddenEdits(_ flag: String) throws {
        let sandbox = try PublishSandbox()
        try sandbox.git(["update-index", flag, Self.article])
        try sandbox.editArticle("Heimlich geändert.")
        #expect(try sandbox.git(["status", "--porcelain"]) == "", "git shows the edit")
        let result = try sandbox.publish()
        #expect(result.status == 0, "\(result)")
        #expect(try !Self.published("Heimlich geändert", in: sandbox))
        #expect(try sandbox.git(["log", "-1", "--format=%b", "gh-pages"]) == "Built from \(try sandbox.git(["rev-parse", "HEAD"])).\n")
    }

    @Test("In a detached checkout, the branch it came from is refused: the site would land on top of the sources")
    func detachedSourceBranch() throws {
        let sandbox = try PublishSandbox()
        try sandbox.git(["checkout", "--quiet", "--detach"])
        let main = try sandbox.git(["rev-parse", "main"])
        for arguments in [["--branch", "main", "--no-push"], ["--branch", "main"]] {
            let result = try sandbox.publish(arguments)
            #expect(result.status == 1, "\(result)")
            #expect(result.errors == "error: the branch 'main' holds the commit the site is built from (\(main.prefix(7))); "
                + "publishing would replace its files with the built site\nfix: publish to a branch of its own, such as --branch gh-pages\n")
        }
        #expect(try sandbox.git(["rev-parse", "main"]) == main)
        #expect(try sandbox.remoteTip("main") == main)
    }

    @Test("Names that are not branches of their own are refused before anything runs", arguments: [
        ("HEAD", "it names what is checked out, not a branch"),
        ("@", "it names what is checked out, not a branch"),
        ("FETCH_HEAD", "it names what is checked out, not a branch"),
        ("origin/main", "it looks like the branch 'main' of the remote 'origin'"),
        ("refs/heads/gh-pages", "write the branch's short name, without 'refs/'"),
        ("--orphan", "it starts with '-', so git would read it as an option"),
        ("gh pages", "git does not accept it as a branch name"),
    ])
    func refusedBranches(_ branch: String, _ reason: String) throws {
        let sandbox = try PublishSandbox()
        let refs = try sandbox.git(["for-each-ref"])
        let result = try sandbox.publish(["--branch", branch])
        #expect(result.status == 1)
        #expect(result.errors == "error: '\(branch)' cannot be the branch of the published site: \(reason)\nfix: choose a name such as gh-pages or pages\n")
        #expect(try sandbox.git(["for-each-ref"]) == refs)
        #expect(!FileManager.default.fileExists(atPath: sandbox.site.appendingPathComponent("Output").path))
    }

    @Test("A --remote that git would read as an option never reaches git", arguments: [
        "--upload-pack=touch PWNED", "--receive-pack=touch PWNED", "-oProxyCommand=touch PWNED",
    ])
    func remoteAsOption(_ remote: String) throws {
        let sandbox = try PublishSandbox()
        let result = try sandbox.publish(["--remote", remote])
        #expect(result.status == 1)
        #expect(result.errors == "error: '\(remote)' cannot be the remote to push to: it starts with '-', so git would read it as an option\n"
            + "fix: name a remote of this repository (see 'git remote -v'), e.g. --remote origin\n")
        #expect(!FileManager.default.fileExists(atPath: sandbox.site.appendingPathComponent("PWNED").path))
        #expect(try sandbox.remoteTip() == nil)
    }

    @Test("A --remote that the repository does not have is refused before building")
    func unknownRemote() throws {
        let sandbox = try PublishSandbox()
        let result = try sandbox.publish(["--remote", "upstream"])
        #expect(result.status == 1)
        #expect(result.errors.hasPrefix("error: 'upstream' cannot be the remote to push to: the repository's remotes are 'origin'\n"))
    }

    @Test("A domain that is not a host name is an error at its place in site.yml, and no CNAME is written", arguments: [
        "\"news.q-one.example\\nevil.example\"", "https://news.q-one.example/", "news", "news..q-one.example", "nëws.q-one.example",
    ])
    func invalidDomain(_ domain: String) throws {
        let sandbox = try PublishSandbox()
        let config = sandbox.site.appendingPathComponent("site.yml")
        let text = try String(contentsOf: config, encoding: .utf8)
        try Data((text + "domain: \(domain)\n").utf8).write(to: config)
        try sandbox.commitAll("Domain")
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).count
        let result = try sandbox.publish()
        #expect(result.status == 1)
        #expect(result.errors.hasPrefix("site.yml:\(line):9: error: 'domain' must be a host name such as news.q-one.com, but "), "\(result.errors)")
        #expect(try sandbox.remoteTip() == nil)
        #expect(try SiteCommandHarness.git(["rev-parse", "--verify", "--quiet", "refs/heads/gh-pages"], in: sandbox.site).status == 1)
    }

    @Test("A repository without commits is refused: there is no commit to build")
    func noCommits() throws {
        let folder = try TemporaryDirectory(prefix: "zeche-publish-empty")
        try SiteCommandHarness.copySampleSite(to: folder.url)
        try SiteCommandHarness.gitOutput(["init", "--quiet", "-b", "main"], in: folder.url)
        let result = try SiteCommandHarness.zeche(["publish", "--no-push"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.errors.hasPrefix("error: the repository has no commit yet, and zeche publish builds the site from the last commit\n"))
    }

    @Test("A site in a folder of the repository is built from that folder of the commit")
    func siteInSubfolder() throws {
        let folder = try TemporaryDirectory(prefix: "zeche-publish-sub")
        let site = folder.url.appendingPathComponent("newsroom")
        try SiteCommandHarness.copySampleSite(to: site)
        try SiteCommandHarness.gitOutput(["init", "--quiet", "-b", "main"], in: folder.url)
        try Data("/newsroom/Output/\n".utf8).write(to: folder.url.appendingPathComponent(".gitignore"))
        try SiteCommandHarness.gitOutput(["add", "--all"], in: folder.url)
        try SiteCommandHarness.gitOutput(["commit", "--quiet", "-m", "Newsroom"], in: folder.url)
        let result = try SiteCommandHarness.zeche(["publish", "--no-push", "--source", "newsroom"], in: folder.url)
        #expect(result.status == 0, "\(result)")
        #expect(try SiteCommandHarness.gitOutput(["ls-tree", "--name-only", "gh-pages"], in: folder.url).contains("index.html"))
    }
}
