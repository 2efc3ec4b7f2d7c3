import Foundation
import Markdown
import Testing

/// The shapes that cmark-gfm 0.29.0.gfm.6 parses in quadratic time are refused before parsing;
/// every other text is parsed. Each hostile input is 1 MB: with the old code, each of the
/// refused ones kept the parser busy for minutes (measured with the `cmark-gfm` tool: more than
/// 20 s already at 250 KB for most of them). These tests assert results, never times.
struct QuadraticShapeTests {
    static let megabyte = 1_000_000

    static func repeated(_ piece: String, toFill size: Int = megabyte) -> String {
        String(repeating: piece, count: size / piece.utf8.count)
    }

    /// 1 MB of each shape, and the problem's shape, line and column.
    static let hostile: [(name: String, text: String, shape: MarkdownShapeProblem.Shape, line: Int, column: Int)] = [
        ("![[]() repeated (GHSA-r572-jvj2-3m8p)", repeated("![[]()"), .brackets, 1, 1),
        ("open images, then links", repeated("![ ", toFill: megabyte / 2) + repeated("[x](y) ", toFill: megabyte / 2), .brackets, 1, 1),
        ("images with a ']' hidden in code spans, then links", repeated("![`]`[]() "), .brackets, 1, 1),
        ("a table row of 500,000 cells", "|a|b|\n|-|-|\n" + repeated("|x"), .tableCells, 3, 1),
        ("a header row of 250,000 columns", "|" + repeated("a|", toFill: megabyte / 2) + "\n|" + repeated("-|", toFill: megabyte / 2) + "\n", .tableCells, 1, 1),
        ("pipes in code spans", "a|b\n-|-\n" + repeated("`|"), .tableCells, 3, 1),
        ("1,000 columns and one-cell rows (CVE-2023-37463)",
         "|" + String(repeating: "a|", count: 1_000) + "\n|" + String(repeating: "-|", count: 1_000) + "\n" + repeated("a\n"), .addedCells, 2, 1),
        ("<? repeated", "x" + repeated("<?"), .rawHTMLOpeners, 1, 2),
        ("@ repeated in one line", repeated("a.b@"), .emailAutolinks, 1, 4),
        ("<![CDATA[ repeated", "x" + repeated("<![CDATA["), .rawHTMLOpeners, 1, 2),
    ]

    @Test("1 MB of a shape that cmark-gfm 0.29 parses in quadratic time is refused at once, with where and why",
          arguments: hostile.indices)
    func refused(_ index: Int) {
        let shape = Self.hostile[index]
        let problem = MarkdownParser.shapeProblem(in: shape.text)
        #expect(problem?.shape == shape.shape, "\(shape.name)")
        #expect(problem.map { ($0.line, $0.column) } ?? (0, 0) == (shape.line, shape.column), "\(shape.name): \(problem?.description ?? "")")
        #expect(problem?.message.contains("the limit is 1,000,000 steps plus 64 per byte") == true || shape.shape == .addedCells)
        // parse() refuses too, so no caller can make the parser hang.
        let document = MarkdownParser().parse(shape.text)
        #expect(document.shapeProblem == problem)
        #expect(document.html.isEmpty)
    }

    @Test("The messages say what was found, the limit, and what to do")
    func messages() {
        let brackets = MarkdownParser.shapeProblem(in: "Text\n\n" + Self.repeated("![[]()", toFill: 200_000))
        #expect(brackets?.description == "3:1: too many open images in one paragraph (5,254 '![' and 5,254 ']' so far): "
            + "the Markdown parser's time grows with their product, and this text would take it minutes "
            + "(the limit is 1,000,000 steps plus 64 per byte, 13,800,256 for this text)")
        #expect(brackets?.fix == "split the paragraph with blank lines, or write brackets that are not images or links as \\[ and \\]")
        let added = MarkdownParser.shapeProblem(in: "|" + String(repeating: "a|", count: 1_000) + "\n|" + String(repeating: "-|", count: 1_000) + "\n"
                                                    + String(repeating: "a\n", count: 10_000))
        #expect(added?.description == "2:1: a table with 1,002 columns whose short rows would make the Markdown parser add "
            + "more than 100,000 empty cells to the article's tables")
    }

    static let quarter = megabyte / 4

    /// Long but harmless shapes: cmark-gfm 0.29 parses each in linear time, so none is refused
    /// (a quarter of a megabyte each: the budget grows with the size, so more would prove no more).
    static let linear: [(name: String, text: String)] = [
        ("unclosed [ repeated", repeated("[", toFill: quarter)),
        ("[[[…a]]] nested 125,000 deep", String(repeating: "[", count: 125_000) + "a" + String(repeating: "]", count: 125_000)),
        ("open brackets, then links", repeated("[ ", toFill: quarter / 2) + repeated("[x](y) ", toFill: quarter / 2)),
        ("unclosed ![[ repeated", repeated("![[", toFill: quarter)),
        ("escaped brackets", repeated("\\[\\]", toFill: quarter)),
        ("nested block quotes", repeated(">", toFill: quarter) + "a"),
        ("emphasis openers and closers", repeated("*a **a ", toFill: quarter) + "b"),
        ("<!-- repeated", "a" + repeated("<!--", toFill: quarter)),
        ("e-mail addresses, one per line", repeated("presse@q-one.example\n", toFill: quarter)),
        ("a paragraph of 200 e-mail addresses", (0..<200).map { "redaktion\($0)@q-one.example" }.joined(separator: ", ")),
        ("a link list of 20,000 items", (0..<20_000).map { "- [Artikel \($0)](https://example.com/\($0)/)\n" }.joined()),
        ("a 20-column table of 5,000 rows", "|" + String(repeating: " Kopf |", count: 20) + "\n|" + String(repeating: "---|", count: 20) + "\n"
            + String(repeating: "|" + String(repeating: " [Zelle](x.md) |", count: 20) + "\n", count: 5_000)),
        ("a paragraph of 1,000 links", (0..<1_000).map { "[Link \($0)](https://example.com/)" }.joined(separator: " ")),
        ("closed <? ?> repeated", repeated("<?php ?>", toFill: quarter)),
        // cmark places no https:// autolink, and reads NUL as U+FFFD: each was looked for to
        // the paragraph's end (29 s for these 250 KB in a release build).
        ("autolinks with a NUL each", repeated("https://a\u{0} ", toFill: quarter)),
        ("www. autolinks with a NUL each", repeated("www.a\u{0} ", toFill: quarter)),
    ]

    @Test("Long texts of harmless shapes are parsed, not refused", arguments: linear.indices)
    func parsed(_ index: Int) {
        let shape = Self.linear[index]
        #expect(MarkdownParser.shapeProblem(in: shape.text) == nil, "\(shape.name)")
        let document = MarkdownParser().parse(shape.text)
        #expect(document.shapeProblem == nil)
        #expect(!document.html.isEmpty)
    }

    @Test("Ordinary articles are never refused")
    func ordinaryArticles() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
        let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".md") } ?? []
        #expect(!files.isEmpty)
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            #expect(MarkdownParser.shapeProblem(in: text) == nil, "\(file)")
        }
    }
}
