import Foundation
import Testing
import ZecheTestSupport

/// Runs the built `zeche` binary, `git` and scripts for the tests of `publish`, `init` and
/// `new`, with git isolated from the user's configuration and given an identity, so the tests
/// behave the same on a fresh CI machine.
enum SiteCommandHarness {
    /// How a program ended and what it printed.
    struct Run: Sendable, CustomStringConvertible {
        let status: Int32
        let output: String
        let errors: String

        var description: String { "exit \(status)\nstdout:\n\(output)\nstderr:\n\(errors)" }
    }

    static let zeche = PackagePaths.zecheExecutable()
    static let packageRoot = PackagePaths.root()

    /// The test process's environment with git's global and system configuration switched off
    /// and a fixed identity for commits.
    static let environment: [String: String] = ProcessInfo.processInfo.environment
        .filter { !$0.key.hasPrefix("GIT_") }
        .merging([
            "GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_AUTHOR_NAME": "Zeche Test", "GIT_AUTHOR_EMAIL": "test@example.com",
            "GIT_COMMITTER_NAME": "Zeche Test", "GIT_COMMITTER_EMAIL": "test@example.com",
            "NO_COLOR": "1",
        ]) { _, new in new }

    /// Runs `zeche arguments…` in `folder`.
    static func zeche(_ arguments: [String], in folder: URL, environment: [String: String] = environment) throws -> Run {
        try run(zeche, arguments, in: folder, environment: environment)
    }

    /// Runs `git arguments…` in `folder`.
    static func git(_ arguments: [String], input: Data? = nil, in folder: URL) throws -> Run {
        guard let git = find("git") else { throw HarnessError("git is not installed") }
        return try run(git, arguments, input: input, in: folder)
    }

    /// The hash git gives `data` as a blob.
    static func blobHash(_ data: Data, in folder: URL) throws -> String {
        try git(["hash-object", "--stdin"], input: data, in: folder).output.trimmingCharacters(in: .newlines)
    }

    /// Runs git and returns its output without the final line break; records an issue when it
    /// fails.
    @discardableResult
    static func gitOutput(_ arguments: [String], in folder: URL, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let result = try git(arguments, in: folder)
        #expect(result.status == 0, "git \(arguments.joined(separator: " ")) failed: \(result)", sourceLocation: sourceLocation)
        return result.output.hasSuffix("\n") ? String(result.output.dropLast()) : result.output
    }

    /// Runs a program with git's configuration isolated.
    static func run(_ executable: URL, _ arguments: [String], input: Data? = nil, in folder: URL,
                    environment: [String: String] = environment) throws -> Run {
        let result = try CommandRun.run(executable, arguments, in: folder, input: input ?? Data(), environment: environment)
        return Run(status: result.status, output: result.standardOutput, errors: result.standardError)
    }

    /// An executable on the `PATH`.
    static func find(_ name: String) -> URL? { PackagePaths.executable(named: name) }

    /// Copies the repository's sample newsroom (`site.yml`, `Content/`, `Templates/`) to `folder`.
    static func copySampleSite(to folder: URL) throws { try PackagePaths.copySampleSite(to: folder) }

    /// The files of a folder with their bytes, by relative path.
    static func contents(of folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in relativeFiles(in: folder) {
            files[path] = try Data(contentsOf: folder.appendingPathComponent(path))
        }
        return files
    }

    struct HarnessError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
