import Foundation
import Markdown
import Testing

@Suite struct BadInputTests {
    let parser = MarkdownParser()

    @Test func emptyInputGivesAnEmptyDocument() {
        let document = parser.parse("")
        #expect(document.html == "")
        #expect(document.headings.isEmpty && document.links.isEmpty && document.quotes.isEmpty)
        #expect(document.summary == "" && document.wordCount == 0 && document.readingMinutes == 1)
    }

    @Test func nulBytesBecomeReplacementCharacters() {
        let document = parser.parse("a\u{0}b\n\n## x\u{0}y\n")
        #expect(document.html == "<p>a\u{FFFD}b</p>\n<h2 id=\"x-y\">x\u{FFFD}y</h2>\n")
    }

    @Test func invalidUTF8DecodedWithReplacementCharactersParses() {
        let bytes: [UInt8] = Array("Gr".utf8) + [0xC3, 0x28, 0xFF] + Array(" Text\n".utf8)
        let document = parser.parse(String(decoding: bytes, as: UTF8.self))
        #expect(document.html == "<p>Gr\u{FFFD}(\u{FFFD} Text</p>\n")
    }

    @Test func aTenMegabyteBodyParses() {
        let paragraph = "Ein Absatz mit **fett** und [Link](x.md) und ~~weg~~.\n\n"
        let text = String(repeating: paragraph, count: 10_000_000 / paragraph.utf8.count + 1)
        let document = parser.parse(text)
        #expect(document.links.count == 10_000_000 / paragraph.utf8.count + 1)
        #expect(document.html.hasPrefix("<p>Ein Absatz mit <strong>fett</strong> und <a href=\"x.md\">Link</a> und <del>weg</del>.</p>\n"))
    }

    @Test func tenThousandNestedBlockquotesParse() {
        let document = parser.parse(String(repeating: "> ", count: 10_000) + "tief\n")
        #expect(document.html.hasSuffix("<p>tief</p>\n" + String(repeating: "</blockquote>\n", count: 10_000)))
    }

    @Test func tenThousandNestedListsParse() {
        let document = parser.parse(String(repeating: "- ", count: 10_000) + "tief\n")
        #expect(document.html.contains("tief"))
        #expect(document.wordCount == 1)
    }

    @Test func tenThousandNestedAttributedQuotesParse() {
        let inner = "Zitat\n\n— Quelle\n"
        var text = inner
        for _ in 0..<200 { text = text.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + $0 }.joined(separator: "\n") }
        let document = parser.parse(text)
        #expect(document.quotes.count == 1)
    }

    @Test func concurrentParsesGiveTheSameResultsAsSerialOnes() async {
        // Strikethrough, autolinks and tables depend on cmark's shared inline tables.
        let texts = (0..<64).map { index in
            "Text \(index) ~~weg~~ www.example.com/\(index) und a~b~c.\n\n| a | b |\n|---|---|\n| x\(index) | ~~y~~ |\n"
        }
        let serial = texts.map { parser.parse($0).html }
        for _ in 0..<20 {
            let parallel = await withTaskGroup(of: (Int, String).self) { group in
                for (index, text) in texts.enumerated() {
                    group.addTask { [parser] in (index, parser.parse(text).html) }
                }
                var results = Array(repeating: "", count: texts.count)
                for await (index, html) in group { results[index] = html }
                return results
            }
            let differing = zip(parallel, serial).filter { $0 != $1 }.count
            #expect(differing == 0, "\(differing) of \(texts.count) documents differ from a serial parse")
        }
    }
}
