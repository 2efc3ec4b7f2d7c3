import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
import ZecheTestSupport

/// `zeche serve` in a folder that is not a site ends at once with one line that says what is
/// missing, instead of serving nothing until it is stopped.
@Suite struct ServeOutsideASiteTests {
    /// How a `zeche serve` that ended by itself ended.
    struct Outcome {
        let status: Int32
        let standardOutput: String
        let standardError: String
    }

    /// Runs `zeche serve` and gives it `limit` to end by itself; a process still running then
    /// is stopped and reported as `nil`.
    static func serve(_ arguments: [String], in folder: URL, limit: Duration = .seconds(20)) throws -> Outcome? {
        let capture = try TemporaryDirectory(prefix: "zeche-serve-capture")
        let outputURL = try capture.write("", to: "out")
        let errorURL = try capture.write("", to: "err")
        let output = try FileHandle(forWritingTo: outputURL)
        let errors = try FileHandle(forWritingTo: errorURL)
        defer {
            try? output.close()
            try? errors.close()
        }
        let process = Process()
        process.executableURL = PackagePaths.zecheExecutable()
        process.arguments = ["serve"] + arguments
        process.currentDirectoryURL = folder
        process.environment = ["PATH": "/usr/bin:/bin", "NO_COLOR": "1", "LANG": "C.UTF-8"].merging(ZecheRun.sanitizerOptions) { first, _ in first }
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let deadline = ContinuousClock.now.advanced(by: limit)
        while process.isRunning, ContinuousClock.now < deadline { usleep(10_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return nil
        }
        return Outcome(
            status: process.terminationStatus,
            standardOutput: try String(contentsOf: outputURL, encoding: .utf8),
            standardError: try String(contentsOf: errorURL, encoding: .utf8))
    }

    /// A listening socket on a free port of 127.0.0.1, so that a `zeche serve` that tried to
    /// bind it would fail with "port in use".
    final class TakenPort {
        let descriptor: Int32
        let port: Int

        init() throws {
            let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            try #require(listener >= 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, length) }
            }
            _ = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
            }
            descriptor = listener
            port = Int(UInt16(bigEndian: address.sin_port))
            try #require(bound == 0 && listen(listener, 1) == 0)
        }

        deinit { close(descriptor) }
    }

    @Test("In an empty folder, serve exits with 1 and one line naming site.yml and Content/, before binding the port")
    func emptyFolder() throws {
        let folder = try TemporaryDirectory(prefix: "zeche-not-a-site")
        let taken = try TakenPort()
        let run = try #require(try Self.serve(["--port", String(taken.port)], in: folder.url), "zeche serve kept running")
        #expect(run.status == 1)
        #expect(run.standardOutput == "")
        #expect(run.standardError == """
            error: this folder (\(folder.url.path)) is not a Zeche site: it has no site.yml and no Content/ folder; \
            run 'zeche serve' in your site's folder or pass --source DIR, or start a new site with 'zeche init DIR'

            """)
    }

    @Test("With --source naming a folder with Content/ but no site.yml, serve exits with 1 and names site.yml")
    func contentWithoutConfiguration() throws {
        let folder = try TemporaryDirectory(prefix: "zeche-not-a-site")
        try folder.write("---\ntitle: A\n---\n", to: "site/Content/posts/a.md")
        let run = try #require(try Self.serve(["--port", "0", "--source", "site"], in: folder.url), "zeche serve kept running")
        #expect(run.status == 1)
        #expect(run.standardOutput == "")
        #expect(run.standardError.hasPrefix("error: 'site' is not a Zeche site: it has no site.yml; "))
        #expect(run.standardError.filter { $0 == "\n" }.count == 1)
    }
}
