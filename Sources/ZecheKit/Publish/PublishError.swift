/// Why a site could not be committed to its branch or pushed.
public enum PublishError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No `git` on the `PATH`.
    case gitNotFound
    /// The site's folder is not in a git repository; `message` is git's.
    case notARepository(path: String, message: String)
    /// A git command failed; `message` is what git printed on standard error.
    case gitFailed(command: String, status: Int32, message: String)
    /// The name may not be a target branch: git does not accept it, or it names something
    /// else (`HEAD`, `@`, a remote's branch such as `origin/main`); `reason` says which.
    case invalidBranchName(String, reason: String)
    /// The `--remote` value is not a remote of the repository (or could be read as an option).
    case invalidRemote(String, reason: String)
    /// The target branch holds the commit the site is built from: publishing would put the
    /// built site on top of the source's own history.
    case branchHoldsSource(branch: String, commit: String)
    /// The repository has no commit to build the site from.
    case noCommit
    /// A working tree has the branch checked out, so moving it would change that tree's files.
    case branchCheckedOut(branch: String, worktree: String)
    /// The local branch and the remote's each have commits the other lacks.
    case diverged(branch: String, remote: String)
    /// The output folder holds something git cannot publish as a file (a link, a device).
    case unsupportedFile(path: String, reason: String)
    /// A temporary file could not be written.
    case cannotWrite(path: String, reason: String)

    /// What went wrong, in one sentence, with git's own message indented below it.
    public var description: String {
        switch self {
        case .gitNotFound:
            "git is not installed, or not on the PATH"
        case .notARepository(let path, let message):
            "'\(path)' is not inside a git repository\(Self.indented(message))"
        case .gitFailed(let command, let status, let message):
            "'\(command)' failed with exit status \(status)\(Self.indented(message))"
        case .invalidBranchName(let name, let reason):
            "'\(name)' cannot be the branch of the published site: \(reason)"
        case .invalidRemote(let name, let reason):
            "'\(name)' cannot be the remote to push to: \(reason)"
        case .branchHoldsSource(let branch, let commit):
            "the branch '\(branch)' holds the commit the site is built from (\(commit.prefix(7))); publishing would replace its files with the built site"
        case .noCommit:
            "the repository has no commit yet, and zeche publish builds the site from the last commit"
        case .branchCheckedOut(let branch, let worktree):
            "the branch '\(branch)' is checked out in '\(worktree)'; publishing would change the files there"
        case .diverged(let branch, let remote):
            "the local branch '\(branch)' and '\(branch)' on '\(remote)' have diverged"
        case .unsupportedFile(let path, let reason):
            "cannot publish '\(path)': \(reason)"
        case .cannotWrite(let path, let reason):
            "cannot write '\(path)': \(reason)"
        }
    }

    /// What to do about it.
    public var fix: String {
        switch self {
        case .gitNotFound:
            "install git (apt-get install git, or brew install git)"
        case .notARepository:
            "run 'git init' and commit the site, or pass --source with the site's folder in a repository"
        case .gitFailed(let command, _, let message):
            Self.fix(command: command, message: message)
        case .invalidBranchName:
            "choose a name such as gh-pages or pages"
        case .invalidRemote:
            "name a remote of this repository (see 'git remote -v'), e.g. --remote origin"
        case .branchHoldsSource:
            "publish to a branch of its own, such as --branch gh-pages"
        case .noCommit:
            "commit the site first: git add site.yml Content Templates && git commit"
        case .branchCheckedOut:
            "publish to a branch that no working tree has checked out, e.g. --branch gh-pages"
        case .diverged(let branch, let remote):
            "to keep what '\(remote)' has, delete the local branch ('git branch -D \(branch)') and publish again: the new commit then follows the remote's"
        case .unsupportedFile:
            "the output folder should hold only regular files; rebuild it with 'zeche build'"
        case .cannotWrite:
            "check free disk space and the permissions of the temporary folder"
        }
    }

    private static func fix(command: String, message: String) -> String {
        if message.contains("Please tell me who you are") || message.contains("empty ident") {
            return "tell git who commits: git config user.name 'Newsroom' && git config user.email 'newsroom@example.com' (or set GIT_AUTHOR_NAME, GIT_AUTHOR_EMAIL, GIT_COMMITTER_NAME and GIT_COMMITTER_EMAIL)"
        }
        if command.hasPrefix("git push") || command.hasPrefix("git ls-remote") || command.hasPrefix("git fetch") {
            return "check the remote's name and address (git remote -v), your network and your permission to push; or publish with --no-push and push later"
        }
        return "see git's message above"
    }

    private static func indented(_ message: String) -> String {
        let lines = message.split(separator: "\n", omittingEmptySubsequences: true)
        return lines.isEmpty ? "" : ":\n" + lines.map { "  " + $0 }.joined(separator: "\n")
    }
}
