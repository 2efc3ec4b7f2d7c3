import Foundation
import Testing
@testable import ZecheKit
import ZecheTestSupport

/// Whole builds: the output of a small site byte for byte, determinism, and what a failed
/// build leaves behind.
@Suite struct SiteBuildTests {
    static let now = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-19
    static let options = BuildOptions(now: now)

    /// A fixture site with the repository's default theme, in a temporary folder.
    static func site(_ name: String) throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory(prefix: "zeche-build")
        let root = PackagePaths.root()
        let fixture = PackagePaths.fixtures("ZecheKitTests").appendingPathComponent(name)
        for item in try FileManager.default.contentsOfDirectory(atPath: fixture.path) {
            try FileManager.default.copyItem(at: fixture.appendingPathComponent(item), to: folder.url.appendingPathComponent(item))
        }
        try FileManager.default.copyItem(at: root.appendingPathComponent("Templates"), to: folder.url.appendingPathComponent("Templates"))
        return folder
    }

    static func build(_ site: TemporaryDirectory, into output: String = "Output") -> BuildResult {
        var pipeline = BuildPipeline(root: site.url, options: options)
        return pipeline.build(into: OutputFolder(url: site.url.appendingPathComponent(output)))
    }

    @Test func theGoldenSiteBuildsExactlyAsRecorded() throws {
        let site = try Self.site("golden-site")
        let report = Self.build(site)
        #expect(report.succeeded, "\(report.diagnostics)")
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let golden = PackagePaths.root().appendingPathComponent("Tests/ZecheKitTests/Golden/golden-site")
        let problems = compareWithGolden(actual: site.url.appendingPathComponent("Output"), golden: golden)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n\n"))")
    }

    @Test func buildingTwiceGivesIdenticalFolders() throws {
        let site = try Self.site("golden-site")
        #expect(Self.build(site, into: "First").succeeded)
        #expect(Self.build(site, into: "Second").succeeded)
        let problems = compareWithGolden(actual: site.url.appendingPathComponent("Second"), golden: site.url.appendingPathComponent("First"))
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func serialAndParallelBuildsWriteTheSameBytes() throws {
        let site = try Self.site("golden-site")
        #expect(Self.build(site, into: "Parallel").succeeded)
        let serial = Parallel.$workerLimit.withValue(1) { Self.build(site, into: "Serial") }
        #expect(serial.succeeded)
        let problems = compareWithGolden(actual: site.url.appendingPathComponent("Serial"), golden: site.url.appendingPathComponent("Parallel"))
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func aTemplateErrorLeavesThePreviousOutputUntouched() throws {
        let site = try Self.site("golden-site")
        #expect(Self.build(site).succeeded)
        let before = try snapshot(site.url.appendingPathComponent("Output"))
        try site.write("{{<layout}}{{$main}}{{#article}}<h1>{{title}}</h1>{{/main}}{{/layout}}\n", to: "Templates/article.mustache")
        let report = Self.build(site)
        #expect(!report.succeeded)
        #expect(report.diagnostics.filter(\.isError).map(\.headline) == [
            "Templates/article.mustache:1:51: error: unclosed section 'article' opened at 1:21; add {{/article}} before '{{/main}}'",
        ])
        #expect(try snapshot(site.url.appendingPathComponent("Output")) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.path).filter { $0.contains("zeche-staging") }
        #expect(leftovers.isEmpty)
    }

    @Test func aFolderZecheDidNotMakeIsNotReplaced() throws {
        let site = try Self.site("golden-site")
        try site.write("wichtig\n", to: "Output/notizen.txt")
        let report = Self.build(site)
        #expect(report.diagnostics.map(\.description) == [
            "Output/: error: 'Output/' is not empty and was not made by Zeche, so it is not replaced\nfix: move its contents away, or pass another folder with --output",
        ])
        #expect(try site.read("Output/notizen.txt") == "wichtig\n")
    }

    /// Every file of a folder with its bytes.
    private func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in relativeFiles(in: folder) { files[path] = try Data(contentsOf: folder.appendingPathComponent(path)) }
        return files
    }
}
