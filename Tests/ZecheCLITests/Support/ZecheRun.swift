import Foundation
import ZecheTestSupport

/// One run of the built `zeche` executable: its exit status and what it printed.
struct ZecheRun: Sendable {
    let status: Int32
    let standardOutput: String
    let standardError: String

    /// The `zeche` built with the tests. On Linux, `Bundle.main.bundleURL` is the products
    /// folder itself, and `PackagePaths.zecheExecutable()` looks one folder above it before
    /// falling back to `.build/debug/zeche`, which misses a build with `--scratch-path`; so
    /// the products folder is asked first.
    static let executable: URL = {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("zeche"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("zeche"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? PackagePaths.zecheExecutable()
    }()

    /// The sanitizers' settings of this process (`make sanitize` sets them: suppression files
    /// for leaks in Foundation and XCTest), for the `zeche` it starts, which is built with the
    /// same sanitizer.
    static let sanitizerOptions: [String: String] = ProcessInfo.processInfo.environment.filter {
        ["ASAN_OPTIONS", "LSAN_OPTIONS", "TSAN_OPTIONS", "UBSAN_OPTIONS"].contains($0.key)
    }

    /// Runs `zeche` with `arguments` in `directory` and waits for it to exit.
    init(_ arguments: [String], in directory: URL) throws {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ["PATH": "/usr/bin:/bin", "NO_COLOR": "1", "LANG": "C.UTF-8"].merging(Self.sanitizerOptions) { first, _ in first }
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read standard error on another thread, so that neither pipe fills up and blocks.
        let errorReader = PipeReader(errors.fileHandleForReading)
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        status = process.terminationStatus
        standardOutput = String(decoding: outputData, as: UTF8.self)
        standardError = String(decoding: errorReader.wait(), as: UTF8.self)
    }
}

/// Reads a pipe to its end on a thread of its own.
private final class PipeReader: @unchecked Sendable {
    // @unchecked: `data` is written once by the thread before `done` is signalled, and read
    // only after waiting for that.
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
