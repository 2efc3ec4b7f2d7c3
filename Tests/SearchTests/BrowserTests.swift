import Foundation
@testable import Search
import Testing
import ZecheTestSupport

/// The client `Templates/assets/search.js` in headless Chromium, on the index of 1,000
/// generated articles: `Browser/search_browser_test.py` drives it with selenium and holds its
/// analysis and ranking to the Swift reference. Skipped where Chromium, chromedriver or
/// selenium are missing (`apt-get install chromium chromium-driver`, `pip install selenium`).
@Suite struct BrowserTests {
    static let python = PackagePaths.executable(named: "python3")
    static let canRun: Bool = {
        guard let python, PackagePaths.executable(named: "chromedriver") != nil,
              PackagePaths.executable(named: "chromium") ?? PackagePaths.executable(named: "chromium-browser") != nil,
              let run = try? CommandRun.run(python, ["-c", "import selenium"]) else { return false }
        return run.status == 0
    }()

    @Test(.enabled(if: canRun, "needs chromium, chromedriver and python3 with selenium"))
    func theClientAgreesWithSwiftAndWorksInChromium() throws {
        let site = try TemporaryDirectory(prefix: "zeche-search-browser")
        let generator = ArticleGenerator(count: 1000)
        let documents = generator.documents()
        let files = SearchIndex.build(documents: documents, language: "de")
        for file in files { try site.write(Data(file.bytes), to: "search/\(file.path)") }
        let root = PackagePaths.root()
        try site.write(Data(contentsOf: root.appendingPathComponent("Templates/assets/search.js")), to: "assets/search.js")
        try site.write(Data(contentsOf: PackagePaths.fixtures("SearchTests").appendingPathComponent("search-page.html")), to: "index.html")

        let reader = try SearchIndexReader(files: files)
        let queries: [(String, SearchFilters)] = [
            ("digitalisierung", SearchFilters()), ("digitalis", SearchFilters()), ("Muller", SearchFilters()),
            ("Müller Cloud", SearchFilters()), ("schmiede", SearchFilters()), ("\"Cloud Platform\"", SearchFilters()),
            ("„Innovationsschmiede im Revier“", SearchFilters()), ("releases", SearchFilters()), ("IT-Sicherheit", SearchFilters()),
            ("Kohle Stahl", SearchFilters(section: "Technik")), ("zeche", SearchFilters(category: "Produkt", year: "2023")),
            ("die der das", SearchFilters()), ("wär", SearchFilters()), ("ki", SearchFilters()),
            ("\"Doreen Müller\"", SearchFilters()), ("\"Müller Cloud\"", SearchFilters(year: "2024")),
        ]
        var expectedQueries: [[String: Any]] = []
        for (query, filters) in queries {
            let hits = try reader.search(query, filters: filters)
            var filterObject: [String: String] = [:]
            filterObject["section"] = filters.section
            filterObject["category"] = filters.category
            filterObject["year"] = filters.year
            expectedQueries.append(["q": query, "filters": filterObject, "count": hits.count,
                                    "top": hits.prefix(20).map(\.document), "scores": hits.prefix(20).map(\.score)])
        }
        let innovation = try reader.search("Innovationsschmiede")
        let mueller = (0..<generator.count).filter { ArticleGenerator.author(of: $0) == "Doreen Müller" }
        let technik = try reader.search("Muller", filters: SearchFilters(section: "Technik"))
        let years = Set(documents.map { String($0.date.prefix(4)) }).sorted(by: >)
        let expectations: [String: Any] = [
            "queries": expectedQueries,
            "typing": ["query": "Innovationsschmiede", "firstUrl": ArticleGenerator.url(of: ArticleGenerator.innovationIndex),
                       "count": innovation.count],
            "author": ["query": "Muller", "firstUrl": ArticleGenerator.url(of: mueller[0]), "count": mueller.count],
            "filter": ["query": "Muller", "section": "Technik", "count": technik.count, "years": years],
            "budget": ["queries": ["digitalisierung", "Muller", "cloud sicherheit", "\"Cloud Platform\""], "bytes": 100_000],
        ]
        try site.write(JSONSerialization.data(withJSONObject: expectations, options: [.sortedKeys]), to: "expectations.json")

        let run = try CommandRun.run(try #require(Self.python), [
            root.appendingPathComponent("Tests/SearchTests/Browser/search_browser_test.py").path, site.path,
            site.url.appendingPathComponent("expectations.json").path,
            PackagePaths.fixtures("SearchTests").appendingPathComponent("analysis.tsv").path,
        ])
        #expect(run.status == 0, "\(run)")
    }
}
