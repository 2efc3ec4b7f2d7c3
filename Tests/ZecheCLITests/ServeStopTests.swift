import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
import ZecheTestSupport

/// Ctrl-C and SIGTERM end `zeche serve` at once, even while it builds a large site: the
/// preview writes nothing to disk, so nothing is left half done.
@Suite struct ServeStopTests {
    /// The sample newsroom with `count` more articles, enough that a debug build takes seconds.
    static func largeSite(articles count: Int) throws -> TemporaryDirectory {
        let site = try TemporaryDirectory(prefix: "zeche-serve-stop")
        try PackagePaths.copySampleSite(to: site.url)
        let paragraph = "Ein Absatz mit **fettem** Text, einem [Link](https://example.com/) und `Code`. "
        let body = Array(repeating: String(repeating: paragraph, count: 4), count: 12).joined(separator: "\n\n")
        for number in 1...count {
            try site.write("""
                ---
                title: Artikel \(number)
                date: 2026-01-01T08:00:00
                author: redaktion
                tags: [Thema \(number % 40), Ruhrgebiet]
                ---

                \(body)

                """, to: "Content/posts/2026-01-01-artikel-\(number).md")
        }
        return site
    }

    /// Whether the process has a handler for `signal` (`SigCgt` in /proc/PID/status).
    static func catches(_ signal: Int32, process: Int32) -> Bool {
        guard let status = try? String(contentsOfFile: "/proc/\(process)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("SigCgt:") }),
              let mask = UInt64(line.dropFirst("SigCgt:".count).trimmingCharacters(in: .whitespaces), radix: 16)
        else { return false }
        return mask & (1 << UInt64(signal - 1)) != 0
    }

    @Test("The first SIGTERM or Ctrl-C ends zeche serve within a second, even during the first build of a large site",
          arguments: [SIGTERM, SIGINT])
    func stopsDuringTheFirstBuild(_ signal: Int32) throws {
        let site = try Self.largeSite(articles: 800)
        let process = Process()
        process.executableURL = PackagePaths.zecheExecutable()
        process.arguments = ["serve", "--port", "0"]
        process.currentDirectoryURL = site.url
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"].merging(ZecheRun.sanitizerOptions) { first, _ in first }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }

        // Once the handler is in place the first build runs: it takes seconds for this site.
        let armed = ContinuousClock.now.advanced(by: .seconds(30))
        while !Self.catches(signal, process: process.processIdentifier), process.isRunning, ContinuousClock.now < armed {
            usleep(1_000)
        }
        try #require(Self.catches(signal, process: process.processIdentifier), "zeche serve never caught the signal")
        kill(process.processIdentifier, signal)
        // A generous bound: the goal is 200 ms; before, the build ran to its end first.
        let deadline = ContinuousClock.now.advanced(by: .seconds(1))
        while process.isRunning, ContinuousClock.now < deadline { usleep(5_000) }
        #expect(!process.isRunning, "zeche serve was still running a second after the signal")
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
        #expect(!FileManager.default.fileExists(atPath: site.url.appendingPathComponent("Output").path))
    }
}
