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

    static let zeche = findZeche()
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

    /// Runs a program; standard output and error go through files, so nothing can block.
    static func run(_ executable: URL, _ arguments: [String], input: Data? = nil, in folder: URL,
                    environment: [String: String] = environment) throws -> Run {
        let capture = try TemporaryDirectory(prefix: "zeche-run")
        let inputFile = capture.url.appendingPathComponent("in")
        let outputFile = capture.url.appendingPathComponent("out")
        let errorFile = capture.url.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: inputFile.path, contents: input ?? Data())
        _ = FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        let standardInput = try FileHandle(forReadingFrom: inputFile)
        let output = try FileHandle(forWritingTo: outputFile)
        let errors = try FileHandle(forWritingTo: errorFile)
        defer {
            try? standardInput.close()
            try? output.close()
            try? errors.close()
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = environment
        process.standardInput = standardInput
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        return Run(status: process.terminationStatus,
                   output: (try? String(contentsOf: outputFile, encoding: .utf8)) ?? "",
                   errors: (try? String(contentsOf: errorFile, encoding: .utf8)) ?? "")
    }

    /// The `zeche` built beside the test binary, wherever the build folder is (`swift test
    /// --scratch-path` moves it); `PackagePaths` is the fallback.
    private static func findZeche() -> URL {
        let testBinaries = [URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath(), Bundle.main.executableURL]
        for binary in testBinaries.compactMap({ $0 }) {
            var folder = binary.deletingLastPathComponent()
            // On macOS the test binary sits inside a bundle: X.xctest/Contents/MacOS/X.
            while folder.path != "/" {
                let candidate = folder.appendingPathComponent("zeche")
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
                if !folder.path.contains(".xctest") { break }
                folder.deleteLastPathComponent()
            }
        }
        return PackagePaths.zecheExecutable()
    }

    /// An executable on the `PATH`.
    static func find(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// Copies the repository's sample newsroom (`site.yml`, `Content/`, `Templates/`) to `folder`.
    static func copySampleSite(to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for item in ["site.yml", "Content", "Templates"] {
            try FileManager.default.copyItem(at: packageRoot.appendingPathComponent(item), to: folder.appendingPathComponent(item))
        }
    }

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
