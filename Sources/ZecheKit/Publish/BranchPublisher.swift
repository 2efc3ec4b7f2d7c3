public import Foundation

/// Commits a built site as the whole tree of a branch (such as `gh-pages`) and pushes it,
/// without touching the working tree, the index or the checked-out branch.
///
/// The files are hashed into the repository's object store, listed in a temporary index
/// (`GIT_INDEX_FILE`), written as a tree and committed with git's plumbing (`commit-tree`,
/// `update-ref`), so a publish never checks anything out. Each publish adds one commit whose
/// parent is the branch's previous tip, so the branch keeps the history of what was online.
///
/// Runs `git` as a child process, found on the `PATH` of the environment given; methods block
/// until git is done.
public struct BranchPublisher: Sendable {
    /// The commit the site was built from.
    public struct SourceCommit: Sendable, Equatable {
        /// The full hash.
        public let hash: String
        /// The abbreviated hash, as long as the repository needs it to be unique.
        public let shortHash: String
        /// The first line of the commit message.
        public let subject: String
    }

    /// A file added to the published tree that is not in the output folder (`.nojekyll`, `CNAME`).
    public struct ExtraFile: Sendable, Equatable {
        /// The path in the published tree.
        public let path: String
        public let contents: Data

        /// A file at `path` in the published tree; it replaces a file of the output folder there.
        public init(path: String, contents: Data) {
            self.path = path
            self.contents = contents
        }
    }

    /// What one publish did.
    public struct Result: Sendable, Equatable {
        public let branch: String
        /// The hash of the new commit.
        public let commit: String
        /// The branch's previous tip, or `nil` for its first commit.
        public let parent: String?
        /// How many files the published tree holds.
        public let fileCount: Int
        /// Whether the tree is the same as the previous commit's: nothing changed online.
        public let isUnchanged: Bool
    }

    /// A folder inside the repository; git commands run there.
    public let siteRoot: URL
    private let environment: [String: String]
    private let temporaryFolder: URL

    /// A publisher for the repository that contains `siteRoot`. `environment` is passed to git
    /// (its `PATH` finds git; `HOME` and `GIT_*` variables configure it); temporary files go
    /// into `temporaryFolder`.
    public init(siteRoot: URL, environment: [String: String], temporaryFolder: URL) {
        self.siteRoot = siteRoot.standardizedFileURL
        self.environment = environment
        self.temporaryFolder = temporaryFolder
    }

    /// The top folder of the repository; throws when `siteRoot` is not in one.
    public func repositoryRoot() throws(PublishError) -> URL {
        try withGit { git throws(PublishError) in
            let output = try git.run(["rev-parse", "--show-toplevel"])
            guard output.status == 0 else {
                throw PublishError.notARepository(path: siteRoot.path, message: output.standardError)
            }
            return URL(fileURLWithPath: output.text, isDirectory: true)
        }
    }

    /// Changed, added, deleted and untracked files under `paths` (relative to the site's
    /// folder), as `git status --short` shows them: ` M Content/posts/x.md`.
    public func uncommittedChanges(in paths: [String]) throws(PublishError) -> [String] {
        try withGit { git throws(PublishError) in
            let output = try git.check(["status", "--porcelain=v1", "-z", "--untracked-files=all", "--"] + paths)
            var changes: [String] = []
            var fields = output.standardOutput.split(separator: 0, omittingEmptySubsequences: true).makeIterator()
            while let field = fields.next() {
                let entry = String(decoding: field, as: UTF8.self)
                changes.append(entry)
                // A rename or copy is followed by its original path.
                if let code = entry.first, code == "R" || code == "C" { _ = fields.next() }
            }
            return changes
        }
    }

    /// The checked-out commit, or `nil` in a repository without commits.
    public func sourceCommit() throws(PublishError) -> SourceCommit? {
        try withGit { git throws(PublishError) in
            guard try git.run(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]).status == 0 else { return nil }
            let fields = try git.check(["log", "-1", "--format=%H%x00%h%x00%s", "HEAD"]).text.split(separator: "\0", omittingEmptySubsequences: false)
            guard fields.count == 3 else { return nil }
            return SourceCommit(hash: String(fields[0]), shortHash: String(fields[1]), subject: String(fields[2]))
        }
    }

    /// `Publish 1a2b3c4 Subject of the source commit`, followed by the full hash. The site is
    /// always built from that commit (see `checkOut(commit:into:)`).
    public static func defaultMessage(for source: SourceCommit) -> String {
        "Publish \(source.shortHash) \(source.subject)\n\nBuilt from \(source.hash).\n"
    }

    /// Commits the files of `folder` (without `excluded` paths, plus `extraFiles`) as the tree
    /// of `branch`, on top of its previous tip, and moves the branch there.
    ///
    /// With a `remote`, the branch's tip there counts too: it is fetched when it is not known
    /// locally (as in a fresh clone in CI), and the new commit follows whichever of the local
    /// and the remote tip is newer. Throws when the two have diverged, or when a working tree
    /// has the branch checked out.
    /// `source`, the commit the site was built from, must not be in the branch's history
    /// (locally or on the remote).
    public func commit(
        folder: URL, to branch: String, message: String, extraFiles: [ExtraFile] = [],
        excluding excluded: Set<String> = [], remote: String? = nil, source: String? = nil
    ) throws(PublishError) -> Result {
        try validate(branch: branch)
        if let remote { try validate(remote: remote) }
        return try withGit { git throws(PublishError) in
            let ref = "refs/heads/\(branch)"
            try refuseIfCheckedOut(ref, branch: branch, git: git)
            let localTip = try tip(of: ref, git: git)
            try refuse(tip: localTip, ofBranch: branch, holding: source, git: git)
            let remoteTip = try remote.flatMap { remote throws(PublishError) in try fetchTip(of: branch, from: remote, git: git) }
            try refuse(tip: remoteTip, ofBranch: branch, holding: source, git: git)
            let index = git.scratch.appendingPathComponent("index")
            let (tree, fileCount) = try writeTree(of: folder, extraFiles: extraFiles, excluding: excluded, index: index, git: git)
            let parent = try choose(local: localTip, remote: remoteTip, branch: branch, remoteName: remote ?? "", git: git)
            let parentTree = try parent.map { parent throws(PublishError) in try git.check(["rev-parse", "\(parent)^{tree}"]).text }
            // Like `git commit`, end the message with one line break; commit-tree keeps it as given.
            let text = message.hasSuffix("\n") ? message : message + "\n"
            let commit = try git.check(["commit-tree", tree] + (parent.map { ["-p", $0] } ?? []) + ["-F", "-"], input: Data(text.utf8)).text
            let subject = message.split(separator: "\n").first.map(String.init) ?? "publish"
            try git.check(["update-ref", "-m", "zeche publish: \(subject)", "--", ref, commit, localTip ?? ""])
            return Result(branch: branch, commit: commit, parent: parent, fileCount: fileCount, isUnchanged: parentTree == tree)
        }
    }

    /// Pushes `branch` to the same name on `remote`.
    public func push(branch: String, to remote: String) throws(PublishError) {
        try validate(branch: branch)
        try validate(remote: remote)
        _ = try withGit { git throws(PublishError) in
            try git.check(["push", "--quiet", "--", remote, "refs/heads/\(branch):refs/heads/\(branch)"])
        }
    }

    /// Runs `body` with a git runner whose scratch folder is removed afterwards.
    func withGit<T>(_ body: (Git) throws(PublishError) -> T) throws(PublishError) -> T {
        let scratch = temporaryFolder.appendingPathComponent("zeche-publish-\(UUID().uuidString)", isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        } catch {
            throw PublishError.cannotWrite(path: scratch.path, reason: "cannot create a temporary folder")
        }
        defer { try? FileManager.default.removeItem(at: scratch) }
        return try body(try Git(directory: siteRoot, environment: environment, scratch: scratch))
    }

    /// Refuses a branch that a working tree has checked out: moving it would make its files
    /// look changed.
    private func refuseIfCheckedOut(_ ref: String, branch: String, git: Git) throws(PublishError) {
        var worktree = ""
        for line in try git.check(["worktree", "list", "--porcelain"]).text.split(separator: "\n") {
            if line.hasPrefix("worktree ") { worktree = String(line.dropFirst("worktree ".count)) }
            if line == "branch \(ref)" { throw PublishError.branchCheckedOut(branch: branch, worktree: worktree) }
        }
    }

    /// The commit `ref` points at, or `nil` when it does not exist.
    private func tip(of ref: String, git: Git) throws(PublishError) -> String? {
        let output = try git.run(["rev-parse", "--verify", "--quiet", "\(ref)^{commit}"])
        return output.status == 0 ? output.text : nil
    }

    /// The tip of `branch` on `remote`, fetched if this repository does not have it yet; `nil`
    /// when the remote has no such branch.
    private func fetchTip(of branch: String, from remote: String, git: Git) throws(PublishError) -> String? {
        let ref = "refs/heads/\(branch)"
        let arguments = ["ls-remote", "--exit-code", "--", remote, ref]
        let listed = try git.run(arguments)
        if listed.status == 2 { return nil }
        guard listed.status == 0 else {
            throw PublishError.gitFailed(command: Git.describe(arguments), status: listed.status, message: listed.standardError)
        }
        let line = listed.text.split(separator: "\n").first { $0.hasSuffix("\t\(ref)") }
        guard let hash = line?.split(separator: "\t").first.map(String.init) else { return nil }
        if try git.run(["cat-file", "-e", "\(hash)^{commit}"]).status != 0 {
            // A shallow clone (as CI makes) needs only the tip, not the whole history.
            let isShallow = try git.check(["rev-parse", "--is-shallow-repository"]).text == "true"
            try git.check(["fetch", "--quiet", "--no-tags"] + (isShallow ? ["--depth=1"] : []) + ["--", remote, ref])
        }
        return hash
    }

    /// The parent of the new commit: the newer of the local and the remote tip.
    private func choose(local: String?, remote: String?, branch: String, remoteName: String, git: Git) throws(PublishError) -> String? {
        guard let local, let remote, local != remote else { return local ?? remote }
        if try git.run(["merge-base", "--is-ancestor", local, remote]).status == 0 { return remote }
        if try git.run(["merge-base", "--is-ancestor", remote, local]).status == 0 { return local }
        throw PublishError.diverged(branch: branch, remote: remoteName)
    }
}
