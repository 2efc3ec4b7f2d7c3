public import Foundation

/// The result of running a program to its end.
public struct CommandRun: Sendable, CustomStringConvertible {
    public let status: Int32
    public let standardOutput: String
    public let standardError: String

    public var description: String { "exit \(status)\nstdout:\n\(standardOutput)\nstderr:\n\(standardError)" }

    /// Runs `executable` with `arguments` in `directory`, feeding `input` to its standard
    /// input, and waits for it to exit. Output goes through files, so no pipe can fill up and
    /// block either side. `environment` replaces the test process's when given.
    public static func run(
        _ executable: URL, _ arguments: [String], in directory: URL? = nil, input: Data = Data(),
        environment: [String: String]? = nil
    ) throws -> CommandRun {
        let capture = try TemporaryDirectory(prefix: "zeche-run")
        let files = ["in", "out", "err"].map { capture.url.appendingPathComponent($0) }
        _ = FileManager.default.createFile(atPath: files[0].path, contents: input)
        _ = FileManager.default.createFile(atPath: files[1].path, contents: nil)
        _ = FileManager.default.createFile(atPath: files[2].path, contents: nil)
        let standardInput = try FileHandle(forReadingFrom: files[0])
        let output = try FileHandle(forWritingTo: files[1])
        let errors = try FileHandle(forWritingTo: files[2])
        defer {
            try? standardInput.close()
            try? output.close()
            try? errors.close()
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if let environment { process.environment = environment }
        process.standardInput = standardInput
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        return CommandRun(
            status: process.terminationStatus,
            standardOutput: (try? String(contentsOf: files[1], encoding: .utf8)) ?? "",
            standardError: (try? String(contentsOf: files[2], encoding: .utf8)) ?? "")
    }

    /// Runs the built `zeche` with `arguments`.
    public static func zeche(_ arguments: [String], in directory: URL? = nil, input: Data = Data(),
                             environment: [String: String]? = nil) throws -> CommandRun {
        try run(PackagePaths.zecheExecutable(), arguments, in: directory, input: input, environment: environment)
    }
}
