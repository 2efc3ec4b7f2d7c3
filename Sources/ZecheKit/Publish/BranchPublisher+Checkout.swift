public import Foundation

extension BranchPublisher {
    /// Writes the site's files as committed in `commit` into `folder` and returns the site's
    /// folder there (the same place relative to the repository as `siteRoot`).
    ///
    /// What is published is then exactly that commit: files that `.gitignore` or
    /// `.git/info/exclude` hide, and edits hidden with `--skip-worktree` or
    /// `--assume-unchanged`, are in the working tree but not in the commit. The files come
    /// from a temporary index (`read-tree`, `checkout-index`), so the repository's own index
    /// and working tree are not touched.
    public func checkOut(commit: String, into folder: URL) throws(PublishError) -> URL {
        try withGit { git throws(PublishError) in
            let prefix = try git.check(["rev-parse", "--show-prefix"]).text
            let environment = ["GIT_INDEX_FILE": git.scratch.appendingPathComponent("checkout-index").path]
            try git.check(["read-tree", "\(commit)^{tree}"], extraEnvironment: environment)
            // Run in the site's folder, ls-files lists the files below it, relative to it, and
            // checkout-index writes each at its full path below the prefix.
            let files = try git.check(["ls-files", "-z"], extraEnvironment: environment)
            let target = folder.path.hasSuffix("/") ? folder.path : folder.path + "/"
            try git.check(["checkout-index", "--force", "-z", "--stdin", "--prefix=\(target)"], input: files.standardOutput,
                          extraEnvironment: environment)
            let site = prefix.isEmpty ? folder : folder.appendingPathComponent(prefix, isDirectory: true)
            try? FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
            return site
        }
    }
}
