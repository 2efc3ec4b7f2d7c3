import Markdown

/// Moves a body's headings up so that the first level it uses is 2: the page's title is its
/// only level 1, and a text that starts at `###` (written for a template with its own `##`)
/// would skip a level, which HTML checkers report and screen reader users stumble over.
enum HeadingLevels {
    /// The body with its headings raised, and by how many levels (0 when nothing changed).
    /// `headings` are the text's, when the caller has them.
    static func raise(_ markdown: String, headings known: [Heading]? = nil) -> (text: String, levels: Int) {
        // Only a text with a `###` heading can start below level 2.
        guard markdown.hasPrefix("###") || markdown.contains("\n###") || markdown.contains("\n   ###") else { return (markdown, 0) }
        let headings = known ?? MarkdownParser().parse(markdown).headings
        guard let top = headings.map(\.level).min(), top > 2 else { return (markdown, 0) }
        let levels = top - 2
        var lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for heading in headings where heading.line >= 1 && heading.line <= lines.count {
            let line = lines[heading.line - 1]
            let indent = line.prefix { $0 == " " }
            let rest = line.dropFirst(indent.count)
            guard indent.count <= 3, rest.prefix(while: { $0 == "#" }).count == heading.level else { continue }
            lines[heading.line - 1] = String(indent) + String(rest.dropFirst(levels))
        }
        return (lines.joined(separator: "\n"), levels)
    }

    static let notePrefix = "the headings were moved up"

    static func note(_ levels: Int) -> String {
        notePrefix + " \(levels) level\(levels == 1 ? "" : "s"), so that they start at '##' under the page's title"
    }
}
