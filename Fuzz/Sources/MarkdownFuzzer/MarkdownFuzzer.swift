// libFuzzer target: the Markdown layer (cmark-gfm with Zeche's heading ids, attributed quotes,
// link positions and footnote labels).
//
// The first byte picks the options; the rest is the article body. In safe mode no raw HTML
// and no script URL may reach the output, and heading ids must be unique: the guarantees of
// SECURITY.md and of the table of contents; each heading carries its id in the HTML. The text
// parsed in parts, cut wherever MarkdownSegmenter may cut, gives the same document (but for
// the places of links that cmark places nowhere or wrongly: those are guesses either way).
@testable import Markdown

func fuzzMarkdown(_ pointer: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data = pointer else { return 0 }
    guard size > 0 else { return 0 }
    let flags = data[0]
    let text = String(decoding: UnsafeBufferPointer(start: data + 1, count: size - 1), as: UTF8.self)
    let options = MarkdownOptions(
        allowsRawHTML: flags & 1 != 0,
        usesSmartPunctuation: flags & 2 != 0,
        footnoteLabels: flags & 4 != 0 ? .init(title: "Fußnoten", back: "Zurück zum Text") : nil
    )
    let parser = MarkdownParser(options: options)
    let rewrite: (LinkReference) -> String? = flags & 8 != 0 ? { $0.destination.hasPrefix("/") ? "/rewritten\($0.destination)" : nil } : { _ in nil }
    let document = parser.parse(text, rewritingLinks: rewrite)
    let inParts = parser.parse(text, rewritingLinks: rewrite, segmentation: .init(wholeTextSize: 0, partSize: 0))
    precondition(inParts.sameContent(as: document), "the text parsed in parts gives another document")

    let ids = document.headings.map(\.id)
    precondition(Set(ids).count == ids.count, "repeated heading ids: \(ids)")
    precondition(ids.allSatisfy { !$0.isEmpty }, "an empty heading id")
    let html = Array(document.html.utf8)
    for heading in document.headings {
        precondition(html.contains(bytes: "<h\(heading.level) id=\"\(heading.id)\">"), "heading '\(heading.id)' lost its id")
    }
    precondition(document.readingMinutes >= 1)
    for link in document.links {
        precondition(link.line >= 1 && link.column >= 1, "link position \(link.line):\(link.column)")
    }
    if !options.allowsRawHTML {
        let lowered = Array(document.html.lowercased().utf8)
        precondition(!lowered.contains(bytes: "<script"), "raw HTML in safe mode")
        precondition(!lowered.contains(bytes: "href=\"javascript:"), "a script link in safe mode")
        precondition(!lowered.contains(bytes: "src=\"javascript:"), "a script source in safe mode")
    }
    _ = document.tableOfContents
    return 0
}

extension Array where Element == UInt8 {
    /// Whether the bytes hold `text`'s UTF-8. Not `String.contains`: that compares grapheme
    /// clusters, and a combining mark after `>` (found by this target) hides the `>`.
    func contains(bytes text: String) -> Bool {
        let needle = Array(text.utf8)
        guard !needle.isEmpty, needle.count <= count else { return needle.isEmpty }
        return (0...(count - needle.count)).contains { start in
            self[start] == needle[0] && self[start..<(start + needle.count)].elementsEqual(needle)
        }
    }
}
