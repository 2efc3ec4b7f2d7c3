import Foundation
import Search
import Testing
@testable import ZecheKit
import ZecheTestSupport

/// The search page of the default theme on the built sample newsroom, in headless Chromium:
/// `Browser/search_page_test.py` types, uses the keyboard and the URL, and holds the results to
/// the Swift reader of the same index. With `scripts/axe/axe.min.js` in the repository (or
/// `ZECHE_AXE` naming one), axe-core checks the page too. Skipped where Chromium, chromedriver
/// or selenium are missing (`apt-get install chromium chromium-driver`, `pip install selenium`).
@Suite struct SearchPageBrowserTests {
    @Test(.enabled(if: BrowserSupport.canRun, "needs chromium, chromedriver and python3 with selenium"))
    func theSampleNewsroomIsSearchedByWordNameAndPartOfAWord() throws {
        let folder = try TemporaryDirectory(prefix: "zeche-search-page")
        try PackagePaths.copySampleSite(to: folder.url)
        let options = BuildOptions(now: Date())
        var pipeline = BuildPipeline(root: folder.url, options: options)
        let output = folder.url.appendingPathComponent("Output")
        let result = pipeline.build(into: OutputFolder(url: output))
        #expect(result.succeeded, "\(result.diagnostics)")
        var loader = BuildPipeline(root: folder.url, options: options)
        let site = loader.loadContent().site

        var files: [SearchIndexFile] = []
        let indexFolder = output.appendingPathComponent("search")
        for path in relativeFiles(in: indexFolder) {
            files.append(SearchIndexFile(path: path, bytes: [UInt8](try Data(contentsOf: indexFolder.appendingPathComponent(path)))))
        }
        let reader = try SearchIndexReader(files: files)
        var queries: [String: Any] = [:]
        for query in ["Digitalisierung", "digitalis", "Cloud", "Meilenstein", "schmiede", "Buschmann"] {
            let hits = try reader.search(query)
            let first = try #require(hits.first, "\(query) finds nothing")
            queries[query] = ["first": try reader.record(first.document).url, "count": hits.count]
        }
        let mueller = site.articles.filter { $0.authorIDs.contains("doreen-mueller") && $0.status.isPublic }.map(\.url).sorted()
        #expect(mueller.count >= 2)
        #expect(try reader.search("Muller").map { try reader.record($0.document).url }.sorted() == mueller)

        let expectations: [String: Any] = ["page": "/suche/", "queries": queries, "mueller": mueller]
        try folder.write(JSONSerialization.data(withJSONObject: expectations, options: [.sortedKeys]), to: "expectations.json")
        let root = PackagePaths.root()
        let axe = ProcessInfo.processInfo.environment["ZECHE_AXE"] ?? root.appendingPathComponent("scripts/axe/axe.min.js").path
        let run = try CommandRun.run(try #require(BrowserSupport.python), [
            root.appendingPathComponent("Tests/ZecheKitTests/Browser/search_page_test.py").path, output.path,
            folder.url.appendingPathComponent("expectations.json").path,
        ] + (FileManager.default.fileExists(atPath: axe) ? [axe] : []))
        #expect(run.status == 0, "\(run)")
    }
}

/// Whether a browser test can run here.
enum BrowserSupport {
    static let python = PackagePaths.executable(named: "python3")
    static let canRun: Bool = {
        guard let python, PackagePaths.executable(named: "chromedriver") != nil,
              PackagePaths.executable(named: "chromium") ?? PackagePaths.executable(named: "chromium-browser") != nil,
              let run = try? CommandRun.run(python, ["-c", "import selenium"]) else { return false }
        return run.status == 0
    }()
}
