public import Foundation

/// The result of running a program to its end.
public struct CommandRun: Sendable {
    public let status: Int32
    public let standardOutput: String
    public let standardError: String

    /// Runs `executable` with `arguments` in `directory`, feeding `input` to its standard
    /// input, and waits for it to exit.
    public static func run(
        _ executable: URL, _ arguments: [String], in directory: URL? = nil, input: Data = Data(),
        environment: [String: String]? = nil
    ) throws -> CommandRun {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if let environment { process.environment = environment }
        let inputPipe = Pipe(), outputPipe = Pipe(), errorPipe = Pipe()
        process.standardInput = inputPipe
        process.standardOutput = outputPipe
        process.standardError = errorPipe
        try process.run()
        // Read and write on separate threads so that no pipe fills up and blocks the other side.
        let writer = Thread {
            inputPipe.fileHandleForWriting.write(input)
            try? inputPipe.fileHandleForWriting.close()
        }
        writer.start()
        let errorData = ErrorCollector(errorPipe.fileHandleForReading)
        let output = outputPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandRun(
            status: process.terminationStatus, standardOutput: String(decoding: output, as: UTF8.self),
            standardError: String(decoding: errorData.wait(), as: UTF8.self))
    }

    /// Runs the built `zeche` with `arguments`.
    public static func zeche(_ arguments: [String], in directory: URL? = nil, input: Data = Data(),
                             environment: [String: String]? = nil) throws -> CommandRun {
        try run(PackagePaths.zecheExecutable(), arguments, in: directory, input: input, environment: environment)
    }
}

/// Reads a pipe to its end on a thread of its own.
private final class ErrorCollector: @unchecked Sendable {
    // @unchecked: `data` is written once by the reading thread before `done` is signalled and
    // read only after waiting for it.
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }.start()
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
