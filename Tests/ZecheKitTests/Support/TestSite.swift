import Foundation
import ZecheKit
import ZecheTestSupport

/// A small site that a test writes into a temporary folder and loads with a fixed clock.
///
/// Unless a test says otherwise, the site has a minimal `site.yml` and one author, `anna`, so
/// that a test only writes the files its behaviour is about.
struct TestSite {
    /// 2026-06-01 10:00 UTC (12:00 in Berlin): what "now" is for every load.
    static let now = Date(timeIntervalSince1970: 1_780_308_000)

    static let minimalConfig = """
        title: Testnewsroom
        url: https://news.example.com/

        """

    /// A drawing of 120×63 pixels: an image whose size Zeche reads.
    static let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 120 63\"/>\n"

    static let annaAuthor = """
        ---
        name: Anna Berg
        ---
        Anna schreibt über Technik.

        """

    let folder: TemporaryDirectory

    /// A site with `files` (site-relative path → text) over the defaults; a file given as
    /// `nil` is left out (`["site.yml": nil]` makes a site without configuration).
    init(_ files: [String: String?] = [:]) throws {
        folder = try TemporaryDirectory(prefix: "zeche-kit")
        var all: [String: String?] = ["site.yml": Self.minimalConfig, "Content/authors/anna.md": Self.annaAuthor]
        all.merge(files) { _, new in new }
        for (path, text) in all.sorted(by: { $0.key < $1.key }) {
            if let text { try folder.write(text, to: path) }
        }
    }

    /// The site's folder.
    var root: URL { folder.url }

    func write(_ text: String, to path: String) throws {
        try folder.write(text, to: path)
    }

    func write(_ data: Data, to path: String) throws {
        try folder.write(data, to: path)
    }

    /// What the content stage of the pipeline made of the site.
    struct Loaded {
        /// The site, or `nil` when any diagnostic is an error.
        let site: Site?
        /// The site with whatever could be resolved.
        let partialSite: Site
        let diagnostics: [Diagnostic]
    }

    func load(drafts: Bool = false, future: Bool = false, now: Date = TestSite.now) -> Loaded {
        var pipeline = BuildPipeline(root: folder.url, options: BuildOptions(includeDrafts: drafts, includeFuture: future, now: now))
        let (site, diagnostics) = pipeline.loadContent()
        return Loaded(site: diagnostics.containsErrors ? nil : site, partialSite: site, diagnostics: diagnostics)
    }

    /// Each diagnostic of a load as the compiler-style text without the source line: the
    /// headline, then `fix:` and `note:` lines.
    func diagnostics(drafts: Bool = false, future: Bool = false) -> [String] {
        load(drafts: drafts, future: future).diagnostics.map(\.description)
    }

    /// The site of a load that must succeed.
    func site(drafts: Bool = false, future: Bool = false) throws -> Site {
        let result = load(drafts: drafts, future: future)
        guard let site = result.site else {
            throw TestSiteError(diagnostics: result.diagnostics.map(\.description))
        }
        return site
    }

    /// An article file with the three required keys and whatever `extra` front matter lines
    /// follow them (each ending in a line break); the first extra line is line 5 of the file.
    static func article(
        title: String = "Ein Artikel", date: String = "2026-05-04", author: String = "anna", _ extra: String = "",
        body: String = "Der erste Absatz.\n"
    ) -> String {
        "---\ntitle: \(title)\ndate: \(date)\nauthor: \(author)\n\(extra)---\n\(body)"
    }
}

/// A load that was meant to succeed reported errors.
struct TestSiteError: Error, CustomStringConvertible {
    let diagnostics: [String]
    var description: String { "the site did not load:\n" + diagnostics.joined(separator: "\n") }
}
