extension BranchPublisher {
    /// Throws unless `branch` may hold the published site: a name git accepts for a branch,
    /// that no option could be read from, and that names no other ref (`HEAD`, `@`,
    /// `FETCH_HEAD`, `refs/…`, or a remote's branch such as `origin/main`).
    public func validate(branch: String) throws(PublishError) {
        func refuse(_ reason: String) -> PublishError { .invalidBranchName(branch, reason: reason) }
        guard !branch.isEmpty else { throw refuse("the name is empty") }
        guard !branch.hasPrefix("-") else { throw refuse("it starts with '-', so git would read it as an option") }
        if branch == "@" || branch == "HEAD" || (branch.hasSuffix("HEAD") && branch.allSatisfy { $0.isUppercase || $0 == "_" }) {
            throw refuse("it names what is checked out, not a branch")
        }
        guard !branch.hasPrefix("refs/") else { throw refuse("write the branch's short name, without 'refs/'") }
        try withGit { git throws(PublishError) in
            guard try git.run(["check-ref-format", "refs/heads/\(branch)"]).status == 0 else {
                throw refuse("git does not accept it as a branch name")
            }
            let remotes = try git.check(["remote"]).text.split(separator: "\n").map(String.init)
            if let first = branch.split(separator: "/").first, remotes.contains(String(first)) {
                throw refuse("it looks like the branch '\(branch.dropFirst(first.count + 1))' of the remote '\(first)'")
            }
        }
    }

    /// Throws unless `remote` is a remote of the repository: a value starting with `-`
    /// would reach git as an option (`--upload-pack=…` runs a program).
    public func validate(remote: String) throws(PublishError) {
        guard !remote.isEmpty, !remote.hasPrefix("-"), remote.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F }) else {
            throw PublishError.invalidRemote(remote, reason: remote.hasPrefix("-") ? "it starts with '-', so git would read it as an option"
                                                 : "it is empty or has spaces or control characters")
        }
        try withGit { git throws(PublishError) in
            let remotes = try git.check(["remote"]).text.split(separator: "\n").map(String.init)
            guard remotes.contains(remote) else {
                throw PublishError.invalidRemote(remote, reason: remotes.isEmpty ? "the repository has no remotes"
                                                     : "the repository's remotes are \(remotes.map { "'\($0)'" }.joined(separator: ", "))")
            }
        }
    }

    /// Throws when `tip` (a tip of the target branch) has `source` in its history: in a
    /// detached checkout of `main`, `--branch main` would otherwise put the built site on top
    /// of `main`.
    func refuse(tip: String?, ofBranch branch: String, holding source: String?, git: Git) throws(PublishError) {
        guard let tip, let source else { return }
        var holds = tip == source
        if !holds { holds = try git.run(["merge-base", "--is-ancestor", source, tip]).status == 0 }
        if holds {
            throw PublishError.branchHoldsSource(branch: branch, commit: source)
        }
    }
}
