import Foundation
@testable import Import
import Testing
import ZecheTestSupport

/// Real post bodies of WordPress's theme test exports (classic and block editor), converted
/// to Markdown and compared with golden files: `NAME.html` → `NAME.md`, and the notes for
/// review in `NAME.notes` (one `line: message` per line). `ZECHE_RECORD=1` rewrites them and
/// fails.
struct HTMLConversionGoldenTests {
    static let names: [String] = {
        let folder = ImportFixtures.url("wxr-bodies")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".html") }.map { String($0.dropLast(5)) }.sorted()
    }()

    @Test("There are golden bodies of both editors")
    func fixturesExist() {
        #expect(Self.names.filter { $0.hasPrefix("classic-") }.count >= 5)
        #expect(Self.names.filter { $0.hasPrefix("block-") }.count >= 5)
    }

    @Test("A real WXR body converts to its golden Markdown and notes", arguments: names)
    func golden(_ name: String) throws {
        let html = try ImportFixtures.text("wxr-bodies/\(name).html")
        let (markdown, notes) = ImportFixtures.convertWordPressBody(html)
        let noteText = notes.map { "\($0.line): \($0.message)\n" }.joined()
        if ImportFixtures.isRecording {
            try Data(markdown.utf8).write(to: ImportFixtures.url("wxr-bodies/\(name).md"))
            try Data(noteText.utf8).write(to: ImportFixtures.url("wxr-bodies/\(name).notes"))
            Issue.record("recorded \(name); run again without ZECHE_RECORD")
            return
        }
        let expected = try ImportFixtures.text("wxr-bodies/\(name).md")
        #expect(markdown == expected, "\(lineDiff(expected: expected, actual: markdown) ?? "")")
        let expectedNotes = try ImportFixtures.text("wxr-bodies/\(name).notes")
        #expect(noteText == expectedNotes, "\(lineDiff(expected: expectedNotes, actual: noteText) ?? "")")
    }

    @Test("No text of a golden body is lost: every word of the HTML's text is in the Markdown", arguments: names)
    func noTextLost(_ name: String) throws {
        let html = try ImportFixtures.text("wxr-bodies/\(name).html")
        let markdown = ImportFixtures.convertWordPressBody(html).markdown.replacingOccurrences(of: "\\", with: "")
        // The words of every text node, with shortcodes replaced by what they enclose.
        let expanded = ShortcodeExpander.expand(html) { $0.content ?? "" }
        func words(_ node: HTMLNode) -> [Substring] {
            if case .text(let text) = node.kind { return text.split(whereSeparator: { $0.isWhitespace }) }
            return node.children.flatMap(words)
        }
        for word in HTMLTreeBuilder.parse(expanded).flatMap(words) {
            let bare = word.trimmingCharacters(in: .punctuationCharacters.union(.symbols))
            guard bare.count > 3 else { continue }
            #expect(markdown.contains(bare), "'\(bare)' of \(name) is missing")
        }
    }
}
