import Foundation
import Search
import Testing
import ZecheTestSupport

/// The shared word list `Fixtures/analysis.tsv`: the browser test checks the same lines
/// against `search.js`, so Swift and JavaScript file every word under the same term.
@Suite struct AnalysisTests {
    struct Line: CustomTestStringConvertible, Sendable {
        let language: String
        let text: String
        let terms: [String]
        let lineNumber: Int
        var testDescription: String { "\(language) \(text)" }
    }

    static let lines: [Line] = {
        let url = PackagePaths.fixtures("SearchTests").appendingPathComponent("analysis.tsv")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { number, line in
            guard !line.hasPrefix("#"), !line.isEmpty else { return nil }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count == 3 else { return Line(language: "", text: String(line), terms: ["malformed"], lineNumber: number + 1) }
            return Line(language: String(columns[0]), text: String(columns[1]),
                        terms: columns[2].split(separator: " ").map(String.init), lineNumber: number + 1)
        }
    }()

    @Test func theWordListHasEnoughLinesInBothLanguages() {
        #expect(Self.lines.filter { $0.language == "de" }.count >= 30)
        #expect(Self.lines.filter { $0.language == "en" }.count >= 10)
    }

    @Test("Each line of the word list gives its terms", arguments: lines)
    func lineGivesItsTerms(line: Line) {
        let maker = TermMaker(language: SearchLanguage(line.language))
        #expect(maker.terms(in: line.text) == line.terms, "analysis.tsv:\(line.lineNumber)")
    }
}
