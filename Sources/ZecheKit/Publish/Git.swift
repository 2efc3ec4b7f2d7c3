import Foundation

/// Runs `git` in one folder with a given environment and captures what it prints.
///
/// Standard input, output and error go through files in a scratch folder rather than pipes, so
/// a command that prints a lot while it still reads its input cannot fill a pipe and hang.
struct Git: Sendable {
    /// What one run of git printed, and how it ended.
    struct Output: Sendable {
        let status: Int32
        let standardOutput: Data
        let standardError: String

        /// Standard output as text without its final line break.
        var text: String {
            var text = String(decoding: standardOutput, as: UTF8.self)
            while text.hasSuffix("\n") { text.removeLast() }
            return text
        }
    }

    let executable: URL
    let directory: URL
    let environment: [String: String]
    let scratch: URL

    /// A runner for the `git` found on the `PATH` of `environment`.
    init(directory: URL, environment: [String: String], scratch: URL) throws(PublishError) {
        guard let executable = Self.find("git", path: environment["PATH"]) else { throw PublishError.gitNotFound }
        self.executable = executable
        self.directory = directory
        // Variables that would point git at another repository, index or work tree than the
        // one we name; a hook that runs zeche would otherwise leak its own.
        self.environment = environment.filter { !["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"].contains($0.key) }
        self.scratch = scratch
    }

    /// Runs `git arguments…`; the exit status is the caller's to judge.
    func run(_ arguments: [String], input: Data? = nil, extraEnvironment: [String: String] = [:]) throws(PublishError) -> Output {
        let id = UUID().uuidString
        let inputFile = scratch.appendingPathComponent("\(id).in")
        let outputFile = scratch.appendingPathComponent("\(id).out")
        let errorFile = scratch.appendingPathComponent("\(id).err")
        defer {
            for file in [inputFile, outputFile, errorFile] { try? FileManager.default.removeItem(at: file) }
        }
        let fileManager = FileManager.default
        guard fileManager.createFile(atPath: inputFile.path, contents: input ?? Data()),
              fileManager.createFile(atPath: outputFile.path, contents: nil),
              fileManager.createFile(atPath: errorFile.path, contents: nil),
              let standardInput = FileHandle(forReadingAtPath: inputFile.path),
              let standardOutput = FileHandle(forWritingAtPath: outputFile.path),
              let standardError = FileHandle(forWritingAtPath: errorFile.path)
        else {
            throw PublishError.cannotWrite(path: scratch.path, reason: "cannot create temporary files for git")
        }
        defer {
            try? standardInput.close()
            try? standardOutput.close()
            try? standardError.close()
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = environment.merging(extraEnvironment) { _, new in new }
        process.standardInput = standardInput
        process.standardOutput = standardOutput
        process.standardError = standardError
        do {
            try process.run()
        } catch {
            throw PublishError.gitFailed(command: Self.describe(arguments), status: -1, message: "\(error)")
        }
        process.waitUntilExit()
        let output = (try? Data(contentsOf: outputFile)) ?? Data()
        let errors = (try? Data(contentsOf: errorFile)) ?? Data()
        return Output(status: process.terminationStatus, standardOutput: output,
                      standardError: String(decoding: errors, as: UTF8.self))
    }

    /// Runs `git arguments…` and returns its output, or throws with git's message when it
    /// fails.
    @discardableResult
    func check(_ arguments: [String], input: Data? = nil, extraEnvironment: [String: String] = [:]) throws(PublishError) -> Output {
        let output = try run(arguments, input: input, extraEnvironment: extraEnvironment)
        guard output.status == 0 else {
            throw PublishError.gitFailed(command: Self.describe(arguments), status: output.status, message: output.standardError)
        }
        return output
    }

    /// `git commit-tree -p abc…`, as shown in messages.
    static func describe(_ arguments: [String]) -> String {
        (["git"] + arguments.prefix(3)).joined(separator: " ") + (arguments.count > 3 ? " …" : "")
    }

    /// The first executable named `name` in the folders of a `PATH` value.
    static func find(_ name: String, path: String?) -> URL? {
        let folders = (path ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map(String.init)
        for folder in folders where !folder.isEmpty {
            let candidate = URL(fileURLWithPath: folder).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }
}
