import Foundation
import ZecheKit

/// Times the preview's incremental rebuild after one article changes: a first full build into
/// memory, then `runs` edits of one article (a sentence appended), each followed by a rebuild.
/// Prints min, median and max in milliseconds; the article gets its bytes back at the end.
func runRebuildBenchmark(site: URL, runs: Int = 9, watched: Bool = true) {
    let posts = (try? FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("Content/posts").path))?.sorted() ?? []
    guard !posts.isEmpty else {
        print("rebuild: no articles in \(site.path)/Content/posts")
        return
    }
    let article = site.appendingPathComponent("Content/posts/" + posts[posts.count / 2])
    guard let original = FileManager.default.contents(atPath: article.path) else { return }
    defer { try? original.write(to: article) }

    // As the preview runs it: the search index kept between runs.
    var pipeline = BuildPipeline(root: site, options: BuildOptions(includeFuture: true, now: Date()), fingerprintsAssets: false,
                                 updatesSearchIndex: true)
    let clock = ContinuousClock()
    var first: BuildResult?
    let full = clock.measure { first = pipeline.run(into: MemorySink()) }
    guard let first, first.succeeded else {
        print("rebuild: the site does not build:\n" + (first?.diagnostics.map(\.description).joined(separator: "\n") ?? ""))
        return
    }
    print(String(format: "rebuild: %d articles, %d pages; full build into memory %.0f ms", posts.count, first.pageCount, milliseconds(full)))
    var times: [Double] = []
    var rendered: [Int] = []
    var written: [Int] = []
    for run in 1...runs {
        var edited = original
        edited.append(contentsOf: Data("\nEin neuer Satz, Nummer \(run), für den Benchmark.\n".utf8))
        try? edited.write(to: article)
        var result: BuildResult?
        let changed: Set<String> = ["Content/posts/" + posts[posts.count / 2]]
        let elapsed = clock.measure { result = pipeline.run(changes: watched ? changed : nil, into: MemorySink()) }
        times.append(milliseconds(elapsed))
        rendered.append(result?.renderedPages ?? 0)
        written.append(result?.writtenFiles ?? 0)
    }
    times.sort()
    print(String(format: "rebuild after editing one article (%@): median %.1f ms, min %.1f ms, max %.1f ms (%d runs; %d pages re-rendered, %d files written)",
                 watched ? "changed path known, as from the watcher" : "every file checked", times[times.count / 2], times[0], times[times.count - 1], runs,
                 rendered.sorted()[rendered.count / 2], written.sorted()[written.count / 2]))
}

private func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}
