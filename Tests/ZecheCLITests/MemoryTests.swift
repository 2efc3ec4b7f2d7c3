import Foundation
import Testing
import ZecheTestSupport

/// A long article below the size limit takes memory in proportion to its size, at most ten
/// times it: the Markdown is parsed in parts, and the feeds carry it as a summary.
struct MemoryTests {
    static let time = URL(fileURLWithPath: "/usr/bin/time")

    @Test("Building a 9.5 MB article peaks below ten times its size",
          .enabled(if: FileManager.default.isExecutableFile(atPath: time.path), "GNU time (/usr/bin/time) is not installed"))
    func longArticle() throws {
        let folder = try TemporaryDirectory(prefix: "zeche-memory")
        try HostileSiteTests.copyBase(to: folder.url)
        var article = HostileSiteTests.fiftyMegabyteArticle()
        article.removeSubrange(9_500_000...)
        article.append(Data("\n\nDas Ende.\n".utf8))
        try folder.url.write(article, to: "Content/posts/2026-05-05-riesig.md")
        let outcome = try ProcessOutcome.run(Self.time, ["-f", "peak %M KB", PackagePaths.zecheExecutable().path, "build", "--quiet"], in: folder.url)
        #expect(outcome.status == 0, "\(outcome)")
        let kilobytes = outcome.standardError.split(separator: "\n").last { $0.hasPrefix("peak ") }
            .flatMap { Int($0.dropFirst(5).prefix { $0.isNumber }) }
        let peak = try #require(kilobytes) * 1_024
        print("MemoryTests: a \(article.count / 1_000_000) MB article peaked at \(peak >> 20) MB")
        #expect(peak < 10 * article.count, "peak \(peak >> 20) MB for \(article.count >> 20) MB")
    }
}
