import Foundation
import Testing
@testable import ZecheKit
import ZecheTestSupport

#if canImport(Glibc)
import Glibc
#endif

/// Writing only what changed: unchanged files keep their inode and modification time across
/// rebuilds (cold ones and those that keep files), the previous generation beside the output
/// is updated in place and exchanged, a tree touched by a killed build is not trusted, and
/// files added or removed by hand do not survive.
@Suite struct OutputGenerationTests {
    /// A file of the output: its bytes, inode and modification time.
    struct FileState: Equatable {
        let bytes: Data
        let inode: UInt64
        let modified: Int64
    }

    static func files(_ folder: URL) throws -> [String: FileState] {
        var files: [String: FileState] = [:]
        for path in relativeFiles(in: folder) where path != OutputFolder.markerName {
            var info = stat()
            #expect(lstat(folder.appendingPathComponent(path).path, &info) == 0)
            files[path] = FileState(bytes: try Data(contentsOf: folder.appendingPathComponent(path)), inode: UInt64(info.st_ino),
                                    modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
        }
        return files
    }

    static func build(_ site: TemporaryDirectory, into output: OutputFolder) -> BuildResult {
        var pipeline = BuildPipeline(root: site.url, options: SiteBuildTests.options)
        return pipeline.build(into: output)
    }

    /// The files a build into an empty folder gives.
    static func fresh(_ site: TemporaryDirectory) throws -> [String: Data] {
        let folder = try TemporaryDirectory(prefix: "zeche-fresh")
        let output = folder.url.appendingPathComponent("Output")
        #expect(build(site, into: OutputFolder(url: output)).succeeded)
        return try files(output).mapValues(\.bytes)
    }

    static let article = "Content/posts/2026-02-01-messe.md"

    /// Builds and checks that the output is what a fresh build gives, that every file with
    /// the bytes it had before is the same file, every other one a new file, and that the
    /// summary counts them.
    @discardableResult
    static func rebuild(_ site: TemporaryDirectory, into output: OutputFolder, _ label: String) throws -> OutputSummary? {
        let before = try files(output.url)
        let report = build(site, into: output)
        #expect(report.succeeded, "\(label): \(report.diagnostics)")
        let after = try files(output.url)
        #expect(after.mapValues(\.bytes) == (try fresh(site)), "\(label): the output differs from a fresh build")
        var written = 0, unchanged = 0
        for (path, state) in after {
            if let old = before[path], old.bytes == state.bytes {
                unchanged += 1
                #expect(old == state, "\(label): '\(path)' did not change but is another file now")
            } else {
                written += 1
                #expect(before[path].map { $0.inode != state.inode } ?? true, "\(label): '\(path)' changed in place")
            }
        }
        let removed = Set(before.keys).subtracting(after.keys).count
        #expect(report.output == OutputSummary(written: written, bytesWritten: report.output?.bytesWritten ?? -1, unchanged: unchanged, removed: removed),
                "\(label)")
        return report.output
    }

    @Test("Cold rebuilds keep unchanged files as they were, write changed ones as new files and remove pages that are gone")
    func coldRebuilds() throws {
        let site = try SiteBuildTests.site("golden-site")
        let output = OutputFolder(url: site.url.appendingPathComponent("Output"))
        let first = try #require(Self.build(site, into: output).output)
        let count = try Self.files(output.url).count
        #expect(first.unchanged == 0 && first.removed == 0 && first.written == count)
        // The first rebuild stages a fresh folder with links; the next ones update the
        // previous generation in place.
        let added = "Content/posts/2026-04-01-neuheit.md"
        for round in 1...3 {
            try site.write(try site.read(Self.article) + "\nNachtrag \(round).\n", to: Self.article)
            if round == 1 {
                try site.write("---\ntitle: Neuheit\ndate: 2026-04-01\nauthor: anna\ntags: [Neuheit]\n---\nNeu.\n", to: added)
            }
            let summary = try Self.rebuild(site, into: output, "round \(round)")
            // The new article (round 1) changes the lists of every page; an edited text only a few.
            #expect((summary?.written ?? 0) > 0 && (round == 1 || (summary?.unchanged ?? 0) > 2 * (summary?.written ?? 0)),
                    "round \(round): \(String(describing: summary))")
            #expect(FileManager.default.fileExists(atPath: output.previousURL.path), "round \(round): no previous generation was kept")
        }
        try FileManager.default.removeItem(at: site.url.appendingPathComponent(added))
        let summary = try Self.rebuild(site, into: output, "article removed")
        #expect((summary?.removed ?? 0) > 0)
        for folder in ["2026/04/neuheit", "2026/04", "tags/neuheit"] {
            #expect(!FileManager.default.fileExists(atPath: output.url.appendingPathComponent(folder).path), "the empty folder '\(folder)' stayed")
        }
        // Nothing changed: nothing is written, and the output stays as it is.
        #expect(try Self.rebuild(site, into: output, "unchanged")?.written == 0)
    }

    /// Writes `text` through the sink.
    static func write(_ text: String, to path: String, in staging: StagingFolder) throws {
        try Data(text.utf8).withUnsafeBytes { try staging.write($0, to: path) }
    }

    /// One build through the sink: `body` writes and keeps, then the folder is published.
    static func generation(_ output: OutputFolder, inPlace: Bool, _ body: (StagingFolder) throws -> Void) throws -> OutputSummary {
        let staging = try output.prepareStaging()
        #expect(staging.previous.updatesInPlace == inPlace)
        #expect(!inPlace || staging.url == output.previousURL)
        try body(staging)
        return try output.publish(staging)
    }

    /// Keeps `paths` one by one, or all at once as the pipeline does (`keep(all:)`), which
    /// must say which it could not keep.
    static func keep(_ paths: [String], in staging: StagingFolder, together: Bool, missing: [String] = []) throws {
        guard together else {
            for path in paths { try staging.keep(path) }
            for path in missing { #expect(throws: OutputError.self) { try staging.keep(path) } }
            return
        }
        let all = paths + missing
        #expect(staging.keep(all: all) == Array(paths.count..<all.count))
    }

    @Test("A kept file stays the published file, whether the build stages a fresh folder or updates the previous generation, kept one by one or all at once",
          arguments: [false, true])
    func keptFiles(together: Bool) throws {
        let folder = try TemporaryDirectory(prefix: "zeche-keep")
        let output = OutputFolder(url: folder.url.appendingPathComponent("Output"))
        func texts() throws -> [String: String] { try Self.files(output.url).mapValues { String(decoding: $0.bytes, as: UTF8.self) } }
        _ = try Self.generation(output, inPlace: false) { staging in
            for (path, text) in [("a.html", "A"), ("b/b.html", "B"), ("c/c.html", "C")] { try Self.write(text, to: path, in: staging) }
        }
        let first = try Self.files(output.url)

        // A fresh staging folder (no previous generation yet): a link to the published file.
        #expect(try Self.generation(output, inPlace: false) { staging in
            try Self.keep(["a.html"], in: staging, together: together, missing: ["gone.html"])
            try Self.write("B2", to: "b/b.html", in: staging)
            try Self.write("D", to: "d.html", in: staging)
        } == OutputSummary(written: 2, bytesWritten: 3, unchanged: 1, removed: 1))
        let second = try Self.files(output.url)
        #expect(try texts() == ["a.html": "A", "b/b.html": "B2", "d.html": "D"])
        #expect(second["a.html"] == first["a.html"])
        #expect(!FileManager.default.fileExists(atPath: output.url.appendingPathComponent("c").path))

        // The previous generation, updated in place: kept files are already there.
        #expect(try Self.generation(output, inPlace: true) { staging in
            try Self.keep(["a.html", "d.html"], in: staging, together: together, missing: ["gone.html"])
            try Self.write("B2", to: "b/b.html", in: staging)
            try Self.write("C3", to: "c/c.html", in: staging)
        } == OutputSummary(written: 1, bytesWritten: 2, unchanged: 3, removed: 0))
        let third = try Self.files(output.url)
        #expect(try texts() == ["a.html": "A", "b/b.html": "B2", "c/c.html": "C3", "d.html": "D"])
        #expect(third["a.html"] == first["a.html"] && third["d.html"] == second["d.html"] && third["b/b.html"] == second["b/b.html"])

        // Once more in place: the paths the last build changed are brought up to date too.
        #expect(try Self.generation(output, inPlace: true) { staging in
            try Self.keep(["a.html", "b/b.html", "c/c.html"], in: staging, together: together)
        } == OutputSummary(written: 0, bytesWritten: 0, unchanged: 3, removed: 1))
        let fourth = try Self.files(output.url)
        #expect(try texts() == ["a.html": "A", "b/b.html": "B2", "c/c.html": "C3"])
        #expect(fourth["c/c.html"] == third["c/c.html"] && fourth["a.html"] == first["a.html"])
    }

    @Test("A file kept and then written again in one build is a new file: the published one is not changed through the link")
    func keptThenWritten() throws {
        let folder = try TemporaryDirectory(prefix: "zeche-keep-write")
        let output = OutputFolder(url: folder.url.appendingPathComponent("Output"))
        _ = try Self.generation(output, inPlace: false) { staging in try Self.write("old", to: "search/a.json", in: staging) }
        let published = try Self.files(output.url)["search/a.json"]
        // What the pipeline does when a kept search index turns out incomplete: it makes it anew.
        var publishedWhileStaging: String?
        _ = try Self.generation(output, inPlace: false) { staging in
            try staging.keep("search/a.json")
            try Self.write("new", to: "search/a.json", in: staging)
            publishedWhileStaging = try String(contentsOf: output.url.appendingPathComponent("search/a.json"), encoding: .utf8)
        }
        #expect(publishedWhileStaging == "old", "the published file changed before the swap")
        let after = try Self.files(output.url)["search/a.json"]
        #expect(after.map { String(decoding: $0.bytes, as: UTF8.self) } == "new")
        #expect(after?.inode != published?.inode)
    }

    @Test("Files added to or removed from the output by hand are gone, or back, after the next build, and stay so")
    func handChanges() throws {
        let site = try SiteBuildTests.site("golden-site")
        let output = OutputFolder(url: site.url.appendingPathComponent("Output"))
        for _ in 0..<2 { #expect(Self.build(site, into: output).succeeded) }
        try site.write("hand", to: "Output/hand.html")
        try site.write("hand", to: "Output/tags/hand.html")
        try FileManager.default.removeItem(at: output.url.appendingPathComponent("impressum/index.html"))
        for round in 1...3 {
            try site.write(try site.read(Self.article) + "\nNachtrag \(round).\n", to: Self.article)
            #expect(Self.build(site, into: output).succeeded)
            #expect(try Self.files(output.url).mapValues(\.bytes) == (try Self.fresh(site)), "round \(round)")
        }
        // Deeper down nothing is looked for (docs/performance.md); removing the folder of the
        // previous generation is the way out: the next builds write a fresh tree.
        try site.write("hand", to: "Output/2026/02/messe/hand.html")
        try FileManager.default.removeItem(at: output.generationsURL)
        for round in 4...6 {
            try site.write(try site.read(Self.article) + "\nNachtrag \(round).\n", to: Self.article)
            #expect(Self.build(site, into: output).succeeded)
            #expect(try Self.files(output.url).mapValues(\.bytes) == (try Self.fresh(site)), "round \(round)")
        }
    }

    @Test("A build killed while it updated the previous generation leaves a tree the next build does not trust")
    func killedWhileUpdating() throws {
        let site = try SiteBuildTests.site("golden-site")
        let output = OutputFolder(url: site.url.appendingPathComponent("Output"))
        for _ in 0..<2 { #expect(Self.build(site, into: output).succeeded) }
        do {
            let staging = try output.prepareStaging()
            #expect(staging.previous.updatesInPlace)
            try Self.write("halb", to: "2026/02/messe/index.html", in: staging)
            try Self.write("halb", to: "halb.html", in: staging)
            // Killed here: never published; the lock goes with the staging folder.
        }
        #expect(!output.readGenerations().previousIsClean)
        try site.write(try site.read(Self.article) + "\nNachtrag.\n", to: Self.article)
        try Self.rebuild(site, into: output, "after the killed build")
        // The generation after is updated in place again.
        #expect(output.readGenerations().previousIsClean)
        try site.write(try site.read(Self.article) + "\nNoch einer.\n", to: Self.article)
        try Self.rebuild(site, into: output, "in place again")
    }

    @Test("A damaged manifest means a build that writes every file, correctly", arguments: ["truncated", "empty", "other version"])
    func damagedManifest(damage: String) throws {
        let site = try SiteBuildTests.site("golden-site")
        let output = OutputFolder(url: site.url.appendingPathComponent("Output"))
        for _ in 0..<2 { #expect(Self.build(site, into: output).succeeded) }
        let manifest = try Data(contentsOf: URL(fileURLWithPath: output.manifestPath))
        let damaged = switch damage {
        case "truncated": manifest.prefix(manifest.count - 30)
        case "empty": Data()
        default: Data("zeche-output-manifest 2".utf8) + manifest.dropFirst(23)
        }
        try damaged.write(to: URL(fileURLWithPath: output.manifestPath))
        #expect(OutputManifest.read(output.manifestPath) == nil)
        let report = Self.build(site, into: output)
        let count = try Self.files(output.url).count
        #expect(report.output?.unchanged == 0 && report.output?.written == count)
        #expect(try Self.files(output.url).mapValues(\.bytes) == (try Self.fresh(site)))
        try Self.rebuild(site, into: output, "after the damaged manifest")
    }

    @Test("Without an atomic exchange, unchanged files are still kept, and the previous output is removed as before")
    func withoutExchange() throws {
        let site = try SiteBuildTests.site("golden-site")
        var output = OutputFolder(url: site.url.appendingPathComponent("Output"))
        output.usesExchange = false
        #expect(Self.build(site, into: output).succeeded)
        for round in 1...2 {
            try site.write(try site.read(Self.article) + "\nNachtrag \(round).\n", to: Self.article)
            try Self.rebuild(site, into: output, "round \(round)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: output.generationsURL.path).sorted() == [".gitignore", "manifest"], "round \(round)")
        }
    }
}
