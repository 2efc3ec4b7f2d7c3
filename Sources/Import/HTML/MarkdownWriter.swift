import Foundation

/// Turns an HTML fragment into Markdown for what Markdown has: paragraphs, headings, lists,
/// links, images, figures with captions, quotes, code, tables, emphasis and line breaks.
/// What Markdown has not is kept visibly (its text, a link, or an HTML comment in the file)
/// and noted for review; no text is dropped silently.
struct MarkdownWriter {
    struct Options {
        /// Whether a line break in text is a `<br>` and a blank line a new paragraph, as the
        /// classic WordPress editor stores posts (without `<p>` tags).
        var newlinesAreBreaks = false
        /// A link's new destination for its old one.
        var link: (String) -> String = { $0 }
        /// Where an image's file is now; nil keeps it at its old address, as a link.
        var image: (String) -> String? = { $0 }
        /// Whether each image kept at its old address is noted (not when no image could be
        /// at hand, which the summary says once).
        var notesMissingImages = true
        /// Footnote ids (`<sup data-fn="id">`) → their numbers, for `[^1]` references.
        var footnotes: [String: Int] = [:]
        /// Self-closing blocks whose content the caller converts itself (such as `footnotes`).
        var convertedBlocks: Set<String> = []
    }

    let options: Options
    /// Messages for review; the text holds a marker for each at its place.
    private(set) var notes: [String] = []
    /// Kinds of formatting that were dropped, each noted once.
    private var droppedFormatting: Set<String> = []

    init(options: Options) {
        self.options = options
    }

    /// The Markdown of `html` and the notes, by line of the Markdown.
    static func convert(_ html: String, options: Options) -> (markdown: String, notes: [BodyNote]) {
        var writer = MarkdownWriter(options: options)
        let blocks = writer.blocks(HTMLTreeBuilder.parse(html))
        return writer.finish(blocks.joined(separator: "\n\n"))
    }

    // MARK: Notes

    /// A marker for a note at this place of the text.
    mutating func note(_ message: String) -> String {
        notes.append(message)
        return Self.markerStart + String(notes.count - 1) + Self.markerEnd
    }

    mutating func noteDroppedFormatting(_ element: String) -> String {
        guard droppedFormatting.insert(element).inserted else { return "" }
        return note("<\(element)> has no Markdown form: its text is kept without the formatting (first of its kind here)")
    }

    static let markerStart = "\u{E000}"
    static let markerEnd = "\u{E001}"
    /// Stands for a `<br>` until a paragraph is finished.
    static let lineBreak = "\u{E002}"

    /// The text without markers, and each note with the line of its marker.
    private func finish(_ text: String) -> (markdown: String, notes: [BodyNote]) {
        var output = ""
        var found: [BodyNote] = []
        var line = 1
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            if scalar == "\u{E000}" {
                var digits = ""
                while let next = scalars.popFirst(), next != "\u{E001}" { digits.unicodeScalars.append(next) }
                if let index = Int(digits), index < notes.count { found.append(BodyNote(line: line, message: notes[index])) }
                continue
            }
            if scalar == "\n" { line += 1 }
            output.unicodeScalars.append(scalar)
        }
        // A marker alone may leave spaces at a line's end; code keeps its own.
        var inFence = false
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let bare = line.drop(while: { $0 == " " || $0 == ">" })
            if bare.hasPrefix("```") || bare.hasPrefix("~~~") { inFence.toggle() }
            guard !inFence, !line.hasSuffix("\\") else { return String(line) }
            return String(line.reversed().drop(while: { $0 == " " }).reversed())
        }
        var markdown = lines.joined(separator: "\n")
        while markdown.hasSuffix("\n") { markdown.removeLast() }
        return (markdown.isEmpty ? "" : markdown + "\n", found)
    }
}
