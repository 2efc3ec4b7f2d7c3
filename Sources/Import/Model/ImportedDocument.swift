/// A Markdown file the import writes: front matter and body, and the places in the body that
/// need a human.
public struct ImportedDocument: Sendable, Hashable {
    /// Site-relative: `Content/posts/2026-11-24-slug.md`, `Content/pages/about.md`.
    public var path: String
    public var fields: [FrontMatterField]
    public var body: String
    /// What to review, with lines counted in `body` (1-based); line 0 is about the file.
    public var bodyNotes: [BodyNote]
    /// YAML comment lines after the fields (without `# `), such as a cover image to fetch.
    public var frontMatterComments: [String] = []

    public init(path: String, fields: [FrontMatterField], body: String, bodyNotes: [BodyNote] = []) {
        self.path = path
        self.fields = fields
        self.body = body
        self.bodyNotes = bodyNotes
    }

    /// The line of the file where the body starts: after the front matter and a blank line.
    public var bodyStartLine: Int {
        frontMatter.utf8.count(where: { $0 == UInt8(ascii: "\n") }) + 4
    }

    private var frontMatter: String {
        YAMLWriter.lines(fields) + frontMatterComments.map { "# " + $0 + "\n" }.joined()
    }

    /// The file's text.
    public var text: String {
        "---\n" + frontMatter + "---\n" + (body.isEmpty ? "" : "\n" + body + (body.hasSuffix("\n") ? "" : "\n"))
    }

    /// The notes with the lines of the file.
    public var reviewNotes: [ReviewNote] {
        let offset = bodyStartLine - 1
        return bodyNotes.map { ReviewNote(path: path, line: $0.line == 0 ? 0 : $0.line + offset, message: $0.message) }
    }
}

/// A place in a converted body that needs a human, by body line.
public struct BodyNote: Sendable, Hashable {
    public var line: Int
    public var message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }
}

/// A place in an imported file that needs a human: `path:line: message`.
public struct ReviewNote: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var path: String
    /// 1-based; 0 when the note is about the whole file.
    public var line: Int
    public var message: String

    public init(path: String, line: Int, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String {
        line > 0 ? "\(path):\(line): \(message)" : "\(path): \(message)"
    }

    public static func < (lhs: ReviewNote, rhs: ReviewNote) -> Bool {
        (lhs.path, lhs.line, lhs.message) < (rhs.path, rhs.line, rhs.message)
    }
}
