import FrontMatter

/// One content file split into its front matter, parsed, and its Markdown body.
struct ContentDocument: Sendable {
    let path: String
    /// The parsed front matter (positions are lines of the file), or `nil` when there is none
    /// or it could not be read.
    let frontMatter: YAMLNode?
    let hasFrontMatter: Bool
    let body: String
    /// The file line on which the body starts, to turn body positions into file positions.
    let bodyStartLine: Int
    let diagnostics: [Diagnostic]

    /// Where a missing front matter key is reported.
    var start: SourceLocation { SourceLocation(path: path, line: 1, column: 1) }

    init(path: String, text: String) {
        self.path = path
        var diagnostics: [Diagnostic] = []
        var frontMatter: YAMLNode?
        var hasFrontMatter = false
        var body = text
        var bodyStartLine = 1
        do {
            let split = try FrontMatter(splitting: text)
            body = split.body
            bodyStartLine = split.bodyStartLine
            hasFrontMatter = split.yaml != nil
            do {
                frontMatter = try split.parseYAML()
            } catch {
                diagnostics += error.errors.map { Self.diagnostic($0, path: path) }
            }
        } catch {
            diagnostics.append(.error(error.message, at: SourceLocation(path: path, line: error.line, column: error.column),
                                      fix: error.fix))
        }
        self.frontMatter = frontMatter
        self.hasFrontMatter = hasFrontMatter
        self.body = body
        self.bodyStartLine = bodyStartLine
        self.diagnostics = diagnostics
    }

    static func diagnostic(_ error: YAMLError, path: String) -> Diagnostic {
        .error(error.message, at: SourceLocation(path: path, line: error.line, column: error.column),
               fix: error.fix.isEmpty ? nil : error.fix)
    }
}
