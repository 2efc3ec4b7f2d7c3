import Foundation
import Testing
import ZecheKit
import ZecheTestSupport

/// The build cache is safe: whatever happened to it (cut short, another format or version of
/// Zeche, copied from another site, written for another output folder or other options,
/// deleted, or the output changed behind its back), the next build says why it did not use
/// it and writes exactly what a cold build writes.
@Suite struct BuildCacheTests {
    static let now = Date(timeIntervalSince1970: 1_798_761_600)  // 2027-01-01

    /// The sample newsroom in a sandbox, built into `Output/` with the cache.
    struct Sandbox {
        let folder: TemporaryDirectory
        var root: URL { folder.url.appendingPathComponent("site") }
        var output: OutputFolder { OutputFolder(url: folder.url.appendingPathComponent("Output")) }
        var cacheFile: URL { root.appendingPathComponent(".zeche-cache/build-cache") }

        init() throws {
            folder = try TemporaryDirectory(prefix: "zeche-cache")
            try PackagePaths.copySampleSite(to: root)
        }

        func build(into output: OutputFolder? = nil, tool: String = "test", drafts: Bool = false, cached: Bool = true) -> BuildResult {
            var pipeline = BuildPipeline(root: root, options: BuildOptions(includeDrafts: drafts, now: BuildCacheTests.now))
            if cached { pipeline.buildCache = BuildCache(siteRoot: root, toolIdentity: tool) }
            return pipeline.build(into: output ?? self.output)
        }

        /// What a cold build writes now, from a fresh folder.
        func coldTree(drafts: Bool = false) throws -> [String: [UInt8]] {
            let fresh = OutputFolder(url: folder.url.appendingPathComponent("cold-\(UUID().uuidString)"))
            let result = build(into: fresh, drafts: drafts, cached: false)
            try #require(result.succeeded, "\(result.diagnostics)")
            defer { try? FileManager.default.removeItem(at: fresh.url) }
            return OutputTree.read(fresh.url)
        }

        func expectCold(_ result: BuildResult, note: String, drafts: Bool = false) throws {
            #expect(result.succeeded, "\(result.diagnostics)")
            // The content cache (`.zeche-cache/content`) may say why it is not used too.
            #expect(result.notes.contains { $0.contains(note) } && result.notes.count <= 2, "\(result.notes)")
            #expect(result.renderedPages == result.pageCount)
            #expect(OutputTree.differences(OutputTree.read(output.url), expected: try coldTree(drafts: drafts)) == [])
        }
    }

    @Test("A second build with nothing changed renders nothing and keeps every file")
    func unchangedSiteRendersNothing() throws {
        let sandbox = try Sandbox()
        let first = sandbox.build()
        #expect(first.succeeded && first.notes.isEmpty && first.renderedPages == first.pageCount)
        let second = sandbox.build()
        #expect(second.succeeded && second.notes.isEmpty, "\(second.notes)")
        #expect(second.renderedPages == 0 && second.writtenFiles == 0)
        #expect(OutputTree.differences(OutputTree.read(sandbox.output.url), expected: try sandbox.coldTree()) == [])
    }

    @Test("After a template changes, only the pages that use it are rendered again")
    func templateChangeRendersItsPages() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.build().succeeded)
        let tags = sandbox.root.appendingPathComponent("Templates/tags.mustache")
        try (String(contentsOf: tags, encoding: .utf8) + "\n").write(to: tags, atomically: false, encoding: .utf8)
        let result = sandbox.build()
        #expect(result.succeeded && result.notes.isEmpty)
        // The sample newsroom is German and English: the tags page of each language.
        #expect(result.renderedPages == 2)
        #expect(OutputTree.differences(OutputTree.read(sandbox.output.url), expected: try sandbox.coldTree()) == [])
    }

    @Test("The sitemaps are kept after an edit of an article's text, and made again when a date or the site's address changes")
    func sitemapsByTheirSignature() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.build().succeeded)
        let sitemaps = ["sitemap.xml", "sitemap-de.xml", "sitemap-en.xml"].map { sandbox.output.url.appendingPathComponent($0).path }
        func stamps() -> [String] {
            sitemaps.map { path in
                var info = stat()
                return stat(path, &info) == 0 ? "\(info.st_ino) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)" : "missing"
            }
        }
        func contents() -> [String] { sitemaps.map { (try? String(contentsOfFile: $0, encoding: .utf8)) ?? "" } }
        let (firstStamps, firstContents) = (stamps(), contents())
        #expect(!firstStamps.contains("missing"))
        let article = sandbox.root.appendingPathComponent("Content/posts/2026-07-21-potenzialstudie-online-kaeufer-schraenken-sich-ein.md")
        let text = try String(contentsOf: article, encoding: .utf8)
        try (text + "\nEin Satz mehr.\n").write(to: article, atomically: false, encoding: .utf8)
        let edited = sandbox.build()
        #expect(edited.succeeded && edited.notes.isEmpty, "\(edited.notes)")
        #expect(stamps() == firstStamps)
        #expect(OutputTree.differences(OutputTree.read(sandbox.output.url), expected: try sandbox.coldTree()) == [])
        try text.replacingOccurrences(of: "date: 2026-07-21T08:00:00", with: "date: 2026-07-22T08:00:00")
            .write(to: article, atomically: false, encoding: .utf8)
        #expect(sandbox.build().succeeded)
        let redated = contents()
        #expect(redated[1] != firstContents[1] && redated[1].contains("2026-07-22"))
        #expect(OutputTree.differences(OutputTree.read(sandbox.output.url), expected: try sandbox.coldTree()) == [])
        let config = sandbox.root.appendingPathComponent("site.yml")
        try String(contentsOf: config, encoding: .utf8).replacingOccurrences(of: "url: https://news.q-one.com/", with: "url: https://presse.q-one.com/")
            .write(to: config, atomically: false, encoding: .utf8)
        #expect(sandbox.build().succeeded)
        #expect(contents().allSatisfy { $0.contains("https://presse.q-one.com/") && !$0.contains("https://news.q-one.com/") })
        #expect(OutputTree.differences(OutputTree.read(sandbox.output.url), expected: try sandbox.coldTree()) == [])
    }

    @Test("A cache cut short gives a cold build that says so")
    func truncatedCache() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.build().succeeded)
        let bytes = try Data(contentsOf: sandbox.cacheFile)
        try bytes.prefix(bytes.count / 2).write(to: sandbox.cacheFile)
        try sandbox.expectCold(sandbox.build(), note: "damaged")
    }

    @Test("A cache with one byte changed gives a cold build that says so")
    func changedCache() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.build().succeeded)
        var bytes = [UInt8](try Data(contentsOf: sandbox.cacheFile))
        bytes[bytes.count / 2] ^= 0x20
        try Data(bytes).write(to: sandbox.cacheFile)
        try sandbox.expectCold(sandbox.build(), note: "damaged")
    }

    @Test("A cache of another format version gives a cold build that says so")
    func otherFormatVersion() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.build().succeeded)
        var bytes = [UInt8](try Data(contentsOf: sandbox.cacheFile)).dropLast(16).map { $0 }
        // After the magic line (its length, then its bytes) comes the format version.
        let versionOffset = 8 + Int(bytes[0])
        bytes[versionOffset] = 99
        try Data(Self.sealed(bytes)).write(to: sandbox.cacheFile)
        try sandbox.expectCold(sandbox.build(), note: "format version 99")
    }

    @Test("A cache written by another version of Zeche gives a cold build that says so")
    func otherZecheVersion() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.build(tool: "zeche 0.9.0").succeeded)
        try sandbox.expectCold(sandbox.build(tool: "zeche 0.9.1"), note: "another version of Zeche")
    }

    @Test("A cache copied from another site gives a cold build that says so")
    func cacheOfAnotherSite() throws {
        let other = try Sandbox()
        #expect(other.build().succeeded)
        let sandbox = try Sandbox()
        #expect(sandbox.build().succeeded)
        try FileManager.default.removeItem(at: sandbox.cacheFile)
        try FileManager.default.copyItem(at: other.cacheFile, to: sandbox.cacheFile)
        try sandbox.expectCold(sandbox.build(), note: "another site")
    }

    @Test("A cache written for another output folder gives a cold build that says so")
    func cacheOfAnotherOutput() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.build().succeeded)
        #expect(sandbox.build(into: OutputFolder(url: sandbox.folder.url.appendingPathComponent("Elsewhere"))).succeeded)
        try sandbox.expectCold(sandbox.build(), note: "another output folder")
    }

    @Test("A cache written for other options gives a cold build that says so")
    func cacheOfOtherOptions() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.build().succeeded)
        try sandbox.expectCold(sandbox.build(drafts: true), note: "other options", drafts: true)
    }

    @Test("Without the cache folder, the build is cold and says so")
    func deletedCache() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.build().succeeded)
        try FileManager.default.removeItem(at: sandbox.root.appendingPathComponent(".zeche-cache"))
        try sandbox.expectCold(sandbox.build(), note: "there is no build cache")
        #expect(FileManager.default.fileExists(atPath: sandbox.cacheFile.path))
    }

    @Test("An output replaced by a build without the cache gives a cold build that says so")
    func outputReplacedBehindTheCache() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.build().succeeded)
        #expect(sandbox.build(cached: false).succeeded)
        try sandbox.expectCold(sandbox.build(), note: "output folder was replaced")
    }

    @Test("A file added to the output folder by hand gives a cold build that says so")
    func outputChangedBehindTheCache() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.build().succeeded)
        try Data("x".utf8).write(to: sandbox.output.url.appendingPathComponent("extra.txt"))
        try sandbox.expectCold(sandbox.build(), note: "output folder was replaced or changed")
    }

    @Test("A page removed from the output by hand is written again")
    func pageRemovedFromOutput() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.build().succeeded)
        // In a folder of its own: a change of the output folder itself makes the build cold.
        try FileManager.default.removeItem(at: sandbox.output.url.appendingPathComponent("impressum/index.html"))
        let result = sandbox.build()
        #expect(result.succeeded && result.notes.isEmpty && result.renderedPages == 1)
        #expect(OutputTree.differences(OutputTree.read(sandbox.output.url), expected: try sandbox.coldTree()) == [])
    }

    @Test("A failed build leaves the cache of the last good one, which the next build uses")
    func failedBuildKeepsCache() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.build().succeeded)
        let site = sandbox.root.appendingPathComponent("site.yml")
        let config = try String(contentsOf: site, encoding: .utf8)
        try (config + "\nunbekannt: [\n").write(to: site, atomically: false, encoding: .utf8)
        #expect(!sandbox.build().succeeded)
        try config.write(to: site, atomically: false, encoding: .utf8)
        let result = sandbox.build()
        #expect(result.succeeded && result.notes.isEmpty, "\(result.notes)")
        #expect(OutputTree.differences(OutputTree.read(sandbox.output.url), expected: try sandbox.coldTree()) == [])
    }

    /// `bytes` with the length and checksum the caches end with (XXH64).
    static func sealed(_ bytes: [UInt8]) -> [UInt8] {
        let hash = bytes.withUnsafeBytes { FileDigest.xxh64($0) }
        var sealed = bytes
        for value in [UInt64(bytes.count), hash] { for shift in stride(from: 0, to: 64, by: 8) { sealed.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) } }
        return sealed
    }
}
