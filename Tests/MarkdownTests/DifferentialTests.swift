import Foundation
import Markdown
import Testing
import ZecheTestSupport

/// Compares Zeche's HTML with the cmark-gfm command-line tool's on the same extensions: the
/// two must agree except for the heading ids Zeche adds, and for the links and images with
/// unsafe destinations, which cmark's safe mode empties (`href=""`) and Zeche unwraps.
@Suite struct DifferentialTests {
    static let fixtures = PackagePaths.fixtures("MarkdownTests").appendingPathComponent("differential")
    static let fixtureNames = ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? [])
        .filter { $0.hasSuffix(".md") }.sorted()
    static let cmarkTool = CmarkTool.find()

    @Test func thereAreFixturesToCompare() {
        #expect(Self.fixtureNames.count >= 7)
    }

    @Test(.enabled(if: cmarkTool != nil, "the cmark-gfm command-line tool is not installed (apt-get install cmark-gfm)"),
          arguments: fixtureNames)
    func htmlMatchesTheCmarkTool(name: String) throws {
        let text = try String(contentsOf: Self.fixtures.appendingPathComponent(name), encoding: .utf8)
        for options in [MarkdownOptions(), MarkdownOptions(allowsRawHTML: true)] {
            let ours = withoutHeadingIDs(MarkdownParser(options: options).parse(text).html)
            var theirs = try #require(Self.cmarkTool).render(text, unsafe: options.allowsRawHTML)
            if !options.allowsRawHTML {
                theirs = theirs.replacingOccurrences(of: #"<a href="">(.*?)</a>"#, with: "$1", options: .regularExpression)
                    .replacingOccurrences(of: #"<img src="" alt="([^"]*)" />"#, with: "$1", options: .regularExpression)
            }
            #expect(lineDiff(expected: theirs, actual: ours) == nil, "\(name), unsafe: \(options.allowsRawHTML)")
        }
    }

    @Test(.enabled(if: cmarkTool != nil, "the cmark-gfm command-line tool is not installed"))
    func deepNestingMatchesTheCmarkTool() throws {
        let tool = try #require(Self.cmarkTool)
        for text in [String(repeating: "> ", count: 10_000) + "tief\n", String(repeating: "- ", count: 10_000) + "tief\n"] {
            #expect(MarkdownParser().parse(text).html == tool.render(text, unsafe: false))
        }
    }

    /// Removes ` id="…"` from `<h1>` … `<h6>` start tags.
    private func withoutHeadingIDs(_ html: String) -> String {
        var output = ""
        var rest = Substring(html)
        while let range = rest.range(of: " id=\"") {
            let before = rest[..<range.lowerBound]
            let isHeading = before.count >= 3 && before.suffix(3).hasPrefix("<h") && before.last?.isNumber == true
            guard isHeading, let close = rest[range.upperBound...].firstIndex(of: "\"") else {
                output += rest[..<range.upperBound]
                rest = rest[range.upperBound...]
                continue
            }
            output += before
            rest = rest[rest.index(after: close)...]
        }
        return output + rest
    }
}

/// The cmark-gfm command-line tool, run with the extensions Zeche enables.
struct CmarkTool: Sendable {
    let path: String

    static func find() -> CmarkTool? {
        PackagePaths.executable(named: "cmark-gfm").map { CmarkTool(path: $0.path) }
    }

    func render(_ text: String, unsafe: Bool) -> String {
        let arguments = ["table", "strikethrough", "autolink", "tagfilter", "tasklist", "footnotes"]
            .flatMap { ["--extension", $0] } + ["--table-prefer-style-attributes"] + (unsafe ? ["--unsafe"] : [])
        do {
            return try CommandRun.run(URL(fileURLWithPath: path), arguments, input: Data(text.utf8)).standardOutput
        } catch {
            return "could not run \(path): \(error)"
        }
    }
}
