import Foundation
import Testing
import ZecheTestSupport

/// A git repository holding the sample newsroom, committed on `main` and pushed to a bare
/// repository, its remote `origin`.
struct PublishSandbox {
    let folder: TemporaryDirectory
    let site: URL
    let remote: URL

    init() throws {
        folder = try TemporaryDirectory(prefix: "zeche-publish")
        site = folder.url.appendingPathComponent("site", isDirectory: true)
        remote = folder.url.appendingPathComponent("remote.git", isDirectory: true)
        try SiteCommandHarness.gitOutput(["init", "--quiet", "--bare", "-b", "main", remote.path], in: folder.url)
        try SiteCommandHarness.copySampleSite(to: site)
        try Data("/Output/\n".utf8).write(to: site.appendingPathComponent(".gitignore"))
        try git(["init", "--quiet", "-b", "main"])
        try commitAll("Sample newsroom")
        try git(["remote", "add", "origin", remote.path])
        try git(["push", "--quiet", "origin", "main"])
    }

    @discardableResult
    func git(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try SiteCommandHarness.gitOutput(arguments, in: site, sourceLocation: sourceLocation)
    }

    func commitAll(_ message: String) throws {
        try git(["add", "--all"])
        try git(["commit", "--quiet", "-m", message])
    }

    func publish(_ arguments: [String] = []) throws -> SiteCommandHarness.Run {
        try SiteCommandHarness.zeche(["publish"] + arguments, in: site)
    }

    /// The commit a ref points at in the bare remote, or `nil`.
    func remoteTip(_ branch: String = "gh-pages") throws -> String? {
        let result = try SiteCommandHarness.git(["rev-parse", "--verify", "--quiet", "refs/heads/\(branch)"], in: remote)
        return result.status == 0 ? result.output.trimmingCharacters(in: .newlines) : nil
    }

    /// Appends a line to the first article.
    func editArticle(_ line: String) throws {
        let article = site.appendingPathComponent("Content/posts/2026-07-21-potenzialstudie-online-kaeufer-schraenken-sich-ein.md")
        let text = try String(contentsOf: article, encoding: .utf8)
        try Data((text + "\n" + line + "\n").utf8).write(to: article)
    }
}

/// The published tree must be exactly the built site: every file of `Output/` with the same
/// bytes, without the `.zeche-output` marker, plus `.nojekyll` (and `CNAME` when expected).
func expectBranchHoldsSite(_ sandbox: PublishSandbox, branch: String = "gh-pages", extra: [String: String] = [".nojekyll": ""],
                           sourceLocation: SourceLocation = #_sourceLocation) throws {
    let output = sandbox.site.appendingPathComponent("Output")
    var expected = try SiteCommandHarness.contents(of: output)
    expected[".zeche-output"] = nil
    for (path, text) in extra { expected[path] = Data(text.utf8) }

    var published: [String: String] = [:]
    for line in try sandbox.git(["ls-tree", "-r", "--full-tree", branch]).split(separator: "\n") {
        let parts = line.split(separator: "\t", maxSplits: 1)
        let fields = parts[0].split(separator: " ")
        published[String(parts[1])] = String(fields[2])
    }
    #expect(published.keys.sorted() == expected.keys.sorted(), sourceLocation: sourceLocation)
    for (path, data) in expected.sorted(by: { $0.key < $1.key }) {
        let hash = try SiteCommandHarness.blobHash(data, in: sandbox.site)
        #expect(published[path] == hash, "\(path) differs from the built file", sourceLocation: sourceLocation)
    }
}

@Suite("zeche publish")
struct PublishTests {
    @Test("publishing commits exactly the built site to gh-pages and pushes it")
    func publishesTheBuiltSite() throws {
        let sandbox = try PublishSandbox()
        let result = try sandbox.publish()
        #expect(result.status == 0, "\(result)")
        try expectBranchHoldsSite(sandbox)
        let tip = try sandbox.git(["rev-parse", "gh-pages"])
        #expect(try sandbox.remoteTip() == tip)
        #expect(result.output.hasPrefix("Committed "))
        #expect(result.output.hasSuffix("Pushed 'gh-pages' to 'origin'.\n"))
    }

    @Test("the commit message names the source commit")
    func messageNamesTheSourceCommit() throws {
        let sandbox = try PublishSandbox()
        #expect(try sandbox.publish().status == 0)
        let short = try sandbox.git(["rev-parse", "--short", "HEAD"])
        let full = try sandbox.git(["rev-parse", "HEAD"])
        #expect(try sandbox.git(["log", "-1", "--format=%B", "gh-pages"]) == "Publish \(short) Sample newsroom\n\nBuilt from \(full).\n")
    }

    @Test("--message replaces the commit message")
    func messageOption() throws {
        let sandbox = try PublishSandbox()
        #expect(try sandbox.publish(["--message", "Relaunch des Newsrooms"]).status == 0)
        #expect(try sandbox.git(["log", "-1", "--format=%B", "gh-pages"]) == "Relaunch des Newsrooms\n")
    }

    @Test("a second publish adds exactly one commit on top of the first")
    func secondPublishAddsOneCommit() throws {
        let sandbox = try PublishSandbox()
        #expect(try sandbox.publish().status == 0)
        let first = try sandbox.git(["rev-parse", "gh-pages"])
        try sandbox.editArticle("Ein neuer Absatz.")
        try sandbox.commitAll("Absatz ergänzt")
        let result = try sandbox.publish()
        #expect(result.status == 0, "\(result)")
        #expect(try sandbox.git(["rev-list", "--count", "gh-pages"]) == "2")
        #expect(try sandbox.git(["rev-parse", "gh-pages^"]) == first)
        #expect(try sandbox.git(["log", "-1", "--format=%s", "gh-pages"]).hasSuffix(" Absatz ergänzt"))
        #expect(try sandbox.remoteTip() == sandbox.git(["rev-parse", "gh-pages"]))
        try expectBranchHoldsSite(sandbox)
    }

    @Test("publishing leaves the working tree, the index and the checked-out branch as they were")
    func workingTreeIsUntouched() throws {
        let sandbox = try PublishSandbox()
        // Changes outside the site's inputs, staged and not, which publish must leave alone.
        try Data("Notizen\n".utf8).write(to: sandbox.site.appendingPathComponent("notes.txt"))
        try sandbox.git(["add", "notes.txt"])
        try Data("Entwurf\n".utf8).write(to: sandbox.site.appendingPathComponent("draft.txt"))
        try Data("/Output/\n*.log\n".utf8).write(to: sandbox.site.appendingPathComponent(".gitignore"))
        let state = { () throws -> [String] in
            [try sandbox.git(["status", "--porcelain", "--untracked-files=all"]), try sandbox.git(["diff", "--cached"]),
             try sandbox.git(["diff"]), try sandbox.git(["symbolic-ref", "HEAD"]), try sandbox.git(["rev-parse", "HEAD"])]
        }
        let before = try state()
        #expect(try sandbox.publish().status == 0)
        #expect(try sandbox.publish().status == 0)
        #expect(try state() == before)
        #expect(try sandbox.git(["rev-list", "--count", "gh-pages"]) == "2")
    }

    @Test("uncommitted changes to the site's inputs are refused")
    func dirtyInputsAreRefused() throws {
        let sandbox = try PublishSandbox()
        try sandbox.editArticle("Noch nicht committet.")
        try Data("---\ntitle: Neu\n---\n".utf8).write(to: sandbox.site.appendingPathComponent("Content/pages/neu.md"))
        let result = try sandbox.publish()
        #expect(result.status == 1)
        #expect(result.errors == """
            error: the site has uncommitted changes, which would not be published (the site is built from the last commit):
               M Content/posts/2026-07-21-potenzialstudie-online-kaeufer-schraenken-sich-ein.md
              ?? Content/pages/neu.md
            fix: commit them first (git add site.yml Content Templates && git commit), or pass --allow-dirty to publish the last commit without them

            """)
        #expect(result.output == "")
        #expect(try SiteCommandHarness.git(["rev-parse", "--verify", "--quiet", "refs/heads/gh-pages"], in: sandbox.site).status == 1)
        #expect(try sandbox.remoteTip() == nil)
    }

    @Test("--allow-dirty publishes the last commit, without the uncommitted changes")
    func allowDirty() throws {
        let sandbox = try PublishSandbox()
        try sandbox.editArticle("Noch nicht committet.")
        let result = try sandbox.publish(["--allow-dirty"])
        #expect(result.status == 0, "\(result)")
        #expect(try sandbox.git(["log", "-1", "--format=%b", "gh-pages"]) == "Built from \(try sandbox.git(["rev-parse", "HEAD"])).\n")
        #expect(try SiteCommandHarness.git(["grep", "-q", "Noch nicht committet", "gh-pages"], in: sandbox.site).status == 1)
        try expectBranchHoldsSite(sandbox)
    }

    @Test("CNAME holds the domain named in site.yml")
    func cnameFromDomain() throws {
        let sandbox = try PublishSandbox()
        let config = sandbox.site.appendingPathComponent("site.yml")
        try Data((try String(contentsOf: config, encoding: .utf8) + "domain: news.q-one.example\n").utf8).write(to: config)
        try sandbox.commitAll("Eigene Domain")
        #expect(try sandbox.publish().status == 0)
        #expect(try sandbox.git(["show", "gh-pages:CNAME"]) == "news.q-one.example")
        try expectBranchHoldsSite(sandbox, extra: [".nojekyll": "", "CNAME": "news.q-one.example\n"])
    }

    @Test("--no-push commits only to the local branch")
    func noPush() throws {
        let sandbox = try PublishSandbox()
        let result = try sandbox.publish(["--no-push", "--branch", "pages"])
        #expect(result.status == 0, "\(result)")
        #expect(!result.output.contains("Pushed"))
        try expectBranchHoldsSite(sandbox, branch: "pages")
        #expect(try sandbox.remoteTip("pages") == nil)
    }

    @Test("a fresh shallow clone publishes on top of the branch on the remote")
    func freshCloneBuildsOnRemoteBranch() throws {
        let sandbox = try PublishSandbox()
        #expect(try sandbox.publish().status == 0)
        let first = try #require(try sandbox.remoteTip())
        try sandbox.editArticle("Aus dem CI.")
        try sandbox.commitAll("Absatz aus dem CI")
        try sandbox.git(["push", "--quiet", "origin", "main"])

        let clone = sandbox.folder.url.appendingPathComponent("clone")
        try SiteCommandHarness.gitOutput(["clone", "--quiet", "--depth", "1", "file://" + sandbox.remote.path, clone.path],
                                         in: sandbox.folder.url)
        let result = try SiteCommandHarness.zeche(["publish"], in: clone)
        #expect(result.status == 0, "\(result)")
        let second = try #require(try sandbox.remoteTip())
        #expect(try SiteCommandHarness.gitOutput(["rev-parse", "\(second)^"], in: sandbox.remote) == first)
        #expect(try SiteCommandHarness.gitOutput(["log", "-1", "--format=%s", second], in: sandbox.remote).hasSuffix(" Absatz aus dem CI"))
    }

    @Test("a local branch that diverged from the remote's is refused")
    func divergedBranchIsRefused() throws {
        let sandbox = try PublishSandbox()
        #expect(try sandbox.publish().status == 0)
        let clone = sandbox.folder.url.appendingPathComponent("clone")
        try SiteCommandHarness.gitOutput(["clone", "--quiet", sandbox.remote.path, clone.path], in: sandbox.folder.url)
        #expect(try SiteCommandHarness.zeche(["publish", "--message", "Aus dem Klon"], in: clone).status == 0)
        #expect(try sandbox.publish(["--no-push", "--message", "Nur lokal"]).status == 0)

        let result = try sandbox.publish()
        #expect(result.status == 1)
        #expect(result.errors.hasPrefix("error: the local branch 'gh-pages' and 'gh-pages' on 'origin' have diverged\n"))
        #expect(try SiteCommandHarness.gitOutput(["log", "-1", "--format=%s", "gh-pages"], in: sandbox.remote) == "Aus dem Klon")
    }

    @Test("the checked-out branch is refused")
    func checkedOutBranchIsRefused() throws {
        let sandbox = try PublishSandbox()
        let head = try sandbox.git(["rev-parse", "HEAD"])
        let result = try sandbox.publish(["--branch", "main", "--no-push"])
        #expect(result.status == 1)
        #expect(result.errors.hasPrefix("error: the branch 'main' is checked out in '"))
        #expect(try sandbox.git(["rev-parse", "HEAD"]) == head)
    }

    @Test("an invalid branch name is refused before building")
    func invalidBranchName() throws {
        let sandbox = try PublishSandbox()
        let result = try sandbox.publish(["--branch", "gh..pages"])
        #expect(result.status == 1)
        #expect(result.errors == "error: 'gh..pages' cannot be the branch of the published site: git does not accept it as a branch name\n"
            + "fix: choose a name such as gh-pages or pages\n")
        #expect(!FileManager.default.fileExists(atPath: sandbox.site.appendingPathComponent("Output").path))
    }

    @Test("a site outside a git repository is an error")
    func outsideRepository() throws {
        let folder = try TemporaryDirectory(prefix: "zeche-publish-norepo")
        try SiteCommandHarness.copySampleSite(to: folder.url)
        let result = try SiteCommandHarness.zeche(["publish"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.errors.contains("' is not inside a git repository"))
        #expect(result.errors.contains("fix: run 'git init' and commit the site"))
    }

    @Test("publish --help explains the command")
    func help() throws {
        let result = try SiteCommandHarness.zeche(["publish", "--help"], in: SiteCommandHarness.packageRoot)
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("usage: zeche publish [--branch NAME] [--remote NAME] [--message TEXT] [--no-push] [--allow-dirty]"))
        for option in ["--branch NAME", "--remote NAME", "--message TEXT", "--no-push", "--allow-dirty", "--base-url URL", "--drafts"] {
            #expect(result.output.contains(" " + option), "\(option)")
        }
    }
}
