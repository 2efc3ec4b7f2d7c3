import Foundation
import Testing
import ZecheKit
import ZecheTestSupport

/// The preview equals the build, always: a site of 200 articles takes a seeded random sequence
/// of edits (bodies, titles, dates, tags, authors, related lists, slugs, drafts; articles,
/// authors and images added, deleted and renamed; images changing size under covers and
/// figures; the press kit's albums, their files and the articles that offer them; `site.yml`,
/// a template, a partial and the stylesheet changed; mistakes made and fixed), and after each one the preview's files are
/// compared with those of a fresh full build for the preview's address.
///
/// `ZECHE_DIFFERENTIAL_STEPS` and `ZECHE_DIFFERENTIAL_SEED` set the length and the seed
/// (`make fuzz` runs 10,000 steps with a new seed); a failure prints the seed and the step.
@Suite struct PreviewEqualsBuildTests {
    static let now = Date(timeIntervalSince1970: 1_780_308_000)  // 2026-06-01
    static let previewAddress = BaseURL("http://127.0.0.1:8000/")

    static var steps: Int {
        ProcessInfo.processInfo.environment["ZECHE_DIFFERENTIAL_STEPS"].flatMap(Int.init) ?? 300
    }

    static var seed: UInt64 {
        ProcessInfo.processInfo.environment["ZECHE_DIFFERENTIAL_SEED"].flatMap { UInt64($0) } ?? 20_261_205
    }

    @Test("After every edit, the preview serves exactly what a fresh build writes")
    func previewEqualsBuild() throws {
        let seed = Self.seed
        let folder = try TemporaryDirectory(prefix: "zeche-differential")
        var site = try DifferentialSite(root: folder.url, seed: seed)
        let options = BuildOptions(baseURLOverride: Self.previewAddress, now: Self.now)
        var preview = BuildPipeline(root: folder.url, options: options, fingerprintsAssets: false, updatesSearchIndex: true)
        var served: [String: [UInt8]] = [:]
        var lastGood: [String: [UInt8]]?
        var successes = 0

        for step in 0...Self.steps {
            let changes = step == 0 ? nil : try site.randomEdit()
            // Now and then the watcher loses events: the preview then checks every file.
            let told: Set<String>? = step % 17 == 5 ? nil : changes
            let sink = MemorySink()
            let result = preview.run(changes: told, into: sink)
            if result.succeeded {
                for (path, bytes) in sink.files { served[path] = bytes }
                for path in result.removedOutputs { served[path] = nil }
            }
            let fresh = Self.freshBuild(folder.url, options: options)
            let place = "seed \(seed), step \(step) (changed \(changes.map { $0.sorted().joined(separator: ", ") } ?? "everything"))"
            #expect(result.succeeded == fresh.succeeded,
                    "\(place): the preview \(result.succeeded ? "succeeded" : "failed") but a build \(fresh.succeeded ? "succeeded" : "failed"): \(fresh.errors) \(result.diagnostics.filter(\.isError))")
            if step == 0 { try #require(fresh.succeeded, "the generated site does not build: \(fresh.errors)") }
            // The generator breaks the site only on purpose (`brokenPath`); any other failed
            // build is a mistake of the generator's model or of Zeche, and would hide as a low
            // count of builds that succeeded.
            if !fresh.succeeded, site.brokenPath == nil {
                Issue.record(Comment(rawValue: "\(place): the site should build, but: \(fresh.errors.prefix(5))"))
                return
            }
            if fresh.succeeded {
                lastGood = fresh.files
                successes += 1
            }
            guard let expected = lastGood else { continue }
            let differences = Self.differences(served: served, built: expected)
            if !differences.isEmpty {
                let shown = differences.prefix(10).joined(separator: "\n")
                Issue.record(Comment(rawValue: "\(place): the preview differs from a fresh build:\n\(shown)"))
                return
            }
        }
        // Most edits leave a site that builds; the comparisons are made on those.
        #expect(successes * 3 > Self.steps * 2, "only \(successes) of \(Self.steps) steps built")
    }

    /// What a cold `zeche build --base-url <the preview's address>` writes, in memory, with
    /// the stylesheet's cache-busting hash taken out of the pages (the preview leaves it out).
    static func freshBuild(_ root: URL, options: BuildOptions) -> (succeeded: Bool, files: [String: [UInt8]], errors: [String]) {
        var pipeline = BuildPipeline(root: root, options: options)
        let sink = MemorySink()
        let result = pipeline.run(into: sink)
        var files = sink.files
        for (path, bytes) in files where path.hasSuffix(".html") { files[path] = withoutStylesheetHash(bytes) }
        return (result.succeeded, files, result.diagnostics.filter(\.isError).map(\.description))
    }

    /// `site.css?v=1a2b3c4d"` → `site.css"`.
    static func withoutStylesheetHash(_ bytes: [UInt8]) -> [UInt8] {
        let marker = Array("site.css?v=".utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == marker[0], index + marker.count + 8 <= bytes.count,
               bytes[index..<(index + marker.count)].elementsEqual(marker) {
                output.append(contentsOf: marker.dropLast(3))
                index += marker.count + 8
                continue
            }
            output.append(bytes[index])
            index += 1
        }
        return output
    }

    /// The files that differ, are missing or are extra in what the preview serves.
    static func differences(served: [String: [UInt8]], built: [String: [UInt8]]) -> [String] {
        var problems: [String] = []
        for path in Set(served.keys).union(built.keys).sorted() {
            switch (served[path], built[path]) {
            case (nil, _): problems.append("missing in the preview: \(path)")
            case (_, nil): problems.append("only in the preview: \(path)")
            case (let preview?, let build?) where preview != build:
                problems.append("different: \(path)\n" + (lineDiff(expected: String(decoding: build, as: UTF8.self),
                                                                   actual: String(decoding: preview, as: UTF8.self)) ?? ""))
            default: continue
            }
        }
        return problems
    }
}
