/// Marks in a body under conversion that stand for notes (`\u{E000}N\u{E001}`), so that each
/// note finds its line once every step is done.
enum StaticSiteMarkers {
    static func marker(_ index: Int) -> String {
        MarkdownWriter.markerStart + String(index) + MarkdownWriter.markerEnd
    }

    static func removing(_ text: String) -> String {
        MarkdownWriter.withoutMarkers(text)
    }

    /// The text without marks, and each note at the line of its mark.
    static func finish(_ text: String, notes: [String]) -> (String, [BodyNote]) {
        guard !notes.isEmpty || text.utf8.contains(0xEE) else { return (text, []) }
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
        // Notes without a mark (none are made so) would be lost: keep them for the file.
        return (output, found)
    }
}
