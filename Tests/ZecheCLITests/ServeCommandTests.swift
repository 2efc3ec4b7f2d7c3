import Foundation
#if canImport(Glibc)
import Glibc
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

    /// The body of a GET request, over a plain socket: URLSession keeps libcurl state alive
    /// until the process ends, which LeakSanitizer reports.
    static func get(_ address: String) throws -> String {
        let url = try #require(URLComponents(string: address))
        let port = try #require(url.port)
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var target = sockaddr_in()
        target.sin_family = sa_family_t(AF_INET)
        target.sin_port = in_port_t(UInt16(port).bigEndian)
        target.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &target) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        try #require(connected == 0)
        let request = Array("GET \(url.percentEncodedPath.isEmpty ? "/" : url.percentEncodedPath) HTTP/1.1\r\nHost: 127.0.0.1:\(url.port ?? 80)\r\nConnection: close\r\n\r\n".utf8)
        try #require(send(descriptor, request, request.count, 0) == request.count)
        var response: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while case let count = recv(descriptor, &buffer, buffer.count, 0), count > 0 {
            response += buffer[..<count]
        }
        let text = String(decoding: response, as: UTF8.self)
        return text.range(of: "\r\n\r\n").map { String(text[$0.upperBound...]) } ?? ""
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
