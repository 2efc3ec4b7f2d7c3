import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import ZecheTestSupport

/// `zeche serve` as a program: it prints its address, serves, and stops cleanly on SIGTERM.
@Suite struct ServeCommandTests {
    /// Starts `zeche serve` and returns the process, its output pipe and the URL it printed.
    static func start(_ arguments: [String], in folder: URL) throws -> (Process, Pipe, String?) {
        let process = Process()
        process.executableURL = PackagePaths.zecheExecutable()
        process.arguments = ["serve"] + arguments
        process.currentDirectoryURL = folder
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line += chunk
        }
        let text = String(decoding: line, as: UTF8.self)
        let url = text.split(separator: " ").first { $0.hasPrefix("http://") }.map(String.init)
        return (process, output, url)
    }

    /// The body of a GET request.
    static func get(_ address: String) throws -> String {
        let url = try #require(URL(string: address))
        let done = DispatchSemaphore(value: 0)
        let body = LockedData()
        URLSession.shared.dataTask(with: url) { data, _, _ in
            body.set(data ?? Data())
            done.signal()
        }.resume()
        _ = done.wait(timeout: .now() + 10)
        return String(decoding: body.get(), as: UTF8.self)
    }

    @Test func servesTheSiteAndStopsCleanlyOnSIGTERM() throws {
        let site = try TemporaryDirectory(prefix: "zeche-serve-cli")
        try PackagePaths.copySampleSite(to: site.url)
        let (process, output, url) = try Self.start(["--port", "0", "--future"], in: site.url)
        let address = try #require(url)
        #expect(address.hasPrefix("http://127.0.0.1:"))
        let page = try Self.get(address + "2026/11/austausch-zu-den-chancen-der-digitalisierung/")
        #expect(page.contains("Code ist die neue Kohle."))
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
        _ = output
        // Nothing was written into the site's folder.
        #expect(!FileManager.default.fileExists(atPath: site.url.appendingPathComponent("Output").path))
    }

    @Test func aPortInUseIsAClearErrorWithExitStatusOne() throws {
        let site = try TemporaryDirectory(prefix: "zeche-serve-cli")
        try PackagePaths.copySampleSite(to: site.url)
        let (first, _, url) = try Self.start(["--port", "0"], in: site.url)
        defer { kill(first.processIdentifier, SIGTERM); first.waitUntilExit() }
        let port = try #require(url.flatMap { URLComponents(string: $0)?.port })
        let run = try CommandRun.zeche(["serve", "--port", String(port)], in: site.url)
        #expect(run.status == 1)
        #expect(run.standardError.contains("error: port \(port) on 127.0.0.1 is in use; stop the other server or pass --port 0 to pick a free one"))
    }
}

/// Bytes handed from a completion handler to the waiting test.
private final class LockedData: @unchecked Sendable {
    // @unchecked: guarded by `lock`.
    private let lock = NSLock()
    private var data = Data()
    func set(_ value: Data) { lock.withLock { data = value } }
    func get() -> Data { lock.withLock { data } }
}
