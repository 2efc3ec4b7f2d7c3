import FrontMatter
import Testing

struct FrontMatterSplitTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let text: String
        let expected: FrontMatter
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "front matter and body",
             text: "---\ntitle: Hallo\n---\nBody\n",
             expected: FrontMatter(yaml: "title: Hallo\n", yamlStartLine: 2, body: "Body\n", bodyStartLine: 4)),
        Case(name: "no front matter",
             text: "# Heading\n\nText\n",
             expected: FrontMatter(yaml: nil, yamlStartLine: 1, body: "# Heading\n\nText\n", bodyStartLine: 1)),
        Case(name: "empty file",
             text: "",
             expected: FrontMatter(yaml: nil, yamlStartLine: 1, body: "", bodyStartLine: 1)),
        Case(name: "byte order mark before the fence",
             text: "\u{FEFF}---\na: 1\n---\nBody",
             expected: FrontMatter(yaml: "a: 1\n", yamlStartLine: 2, body: "Body", bodyStartLine: 4)),
        Case(name: "byte order mark without front matter",
             text: "\u{FEFF}Body\n",
             expected: FrontMatter(yaml: nil, yamlStartLine: 1, body: "Body\n", bodyStartLine: 1)),
        Case(name: "CR LF line ends are kept in both parts",
             text: "---\r\na: 1\r\nb: 2\r\n---\r\nBody\r\n",
             expected: FrontMatter(yaml: "a: 1\r\nb: 2\r\n", yamlStartLine: 2, body: "Body\r\n", bodyStartLine: 5)),
        Case(name: "lone CR line ends",
             text: "---\ra: 1\r---\rBody\r",
             expected: FrontMatter(yaml: "a: 1\r", yamlStartLine: 2, body: "Body\r", bodyStartLine: 4)),
        Case(name: "closing with a document end marker",
             text: "---\na: 1\n...\nBody\n",
             expected: FrontMatter(yaml: "a: 1\n", yamlStartLine: 2, body: "Body\n", bodyStartLine: 4)),
        Case(name: "fences with trailing spaces and tabs",
             text: "---  \na: 1\n--- \t\nBody\n",
             expected: FrontMatter(yaml: "a: 1\n", yamlStartLine: 2, body: "Body\n", bodyStartLine: 4)),
        Case(name: "empty front matter",
             text: "---\n---\nBody\n",
             expected: FrontMatter(yaml: "", yamlStartLine: 2, body: "Body\n", bodyStartLine: 3)),
        Case(name: "closing fence at the end of the file",
             text: "---\na: 1\n---",
             expected: FrontMatter(yaml: "a: 1\n", yamlStartLine: 2, body: "", bodyStartLine: 4)),
        Case(name: "a thematic break in the body stays in the body",
             text: "---\na: 1\n---\nOne\n\n---\n\nTwo\n",
             expected: FrontMatter(yaml: "a: 1\n", yamlStartLine: 2, body: "One\n\n---\n\nTwo\n", bodyStartLine: 4)),
        Case(name: "a fence followed by text opens nothing",
             text: "--- title: x\n---\n",
             expected: FrontMatter(yaml: nil, yamlStartLine: 1, body: "--- title: x\n---\n", bodyStartLine: 1)),
        Case(name: "four dashes open nothing",
             text: "----\na: 1\n----\n",
             expected: FrontMatter(yaml: nil, yamlStartLine: 1, body: "----\na: 1\n----\n", bodyStartLine: 1)),
        Case(name: "an indented fence opens nothing",
             text: " ---\na: 1\n---\n",
             expected: FrontMatter(yaml: nil, yamlStartLine: 1, body: " ---\na: 1\n---\n", bodyStartLine: 1)),
        Case(name: "a fence that is not on the first line opens nothing",
             text: "\n---\na: 1\n---\n",
             expected: FrontMatter(yaml: nil, yamlStartLine: 1, body: "\n---\na: 1\n---\n", bodyStartLine: 1)),
        Case(name: "an indented closing fence does not close",
             text: "---\ntext: |\n  ---\n---\nBody",
             expected: FrontMatter(yaml: "text: |\n  ---\n", yamlStartLine: 2, body: "Body", bodyStartLine: 5)),
        Case(name: "umlauts and emoji in both parts",
             text: "---\ntitel: Grüße 🎉\n---\nÄrger über Öl\n",
             expected: FrontMatter(yaml: "titel: Grüße 🎉\n", yamlStartLine: 2, body: "Ärger über Öl\n", bodyStartLine: 4)),
    ]

    @Test("Splitting gives the YAML, the body and their first lines", arguments: cases)
    func splits(_ testCase: Case) throws {
        #expect(try FrontMatter(splitting: testCase.text) == testCase.expected)
    }

    static let unclosed = FrontMatterError(
        line: 1, column: 1,
        message: "front matter opened at 1:1 is not closed",
        fix: "add a line '---' after the last key")

    @Test("Front matter that is never closed is an error at the opening fence", arguments: [
        "---\ntitle: x\n\nBody\n",
        "---",
        "---\n",
        "---\r\n",
        "\u{FEFF}---\na: 1\n",
        "---\na: 1\n----\n",
        "---\na: 1\n--- x\n",
    ])
    func unclosedFrontMatter(_ text: String) {
        #expect(throws: Self.unclosed) { try FrontMatter(splitting: text) }
    }

    @Test("TOML front matter is an error that says only YAML is read", arguments: [
        "+++\ntitle = \"x\"\n+++\nBody\n",
        "+++\n",
        "\u{FEFF}+++  \r\ntitle = 1\r\n+++\r\n",
    ])
    func tomlFrontMatter(_ text: String) {
        let expected = FrontMatterError(
            line: 1, column: 1,
            message: "TOML front matter ('+++') is not supported, only YAML",
            fix: "write the front matter in YAML between two lines '---'")
        #expect(throws: expected) { try FrontMatter(splitting: text) }
    }

    @Test("An error prints as line, column, message and fix")
    func errorDescription() {
        #expect(Self.unclosed.description == "1:1: front matter opened at 1:1 is not closed; add a line '---' after the last key")
    }

    @Test("Parsing the front matter gives positions in the whole file")
    func parsingUsesFileLines() throws {
        let frontMatter = try FrontMatter(splitting: "---\ntitle: Hallo\ndate: 2026-11-24\n---\nBody\n")
        let node = try #require(try frontMatter.parseYAML())
        #expect(node["date"]?.line == 3)
        #expect(node["date"]?.column == 7)
        #expect(node["date"]?.dateValue == YAMLDate(year: 2026, month: 11, day: 24))
    }

    @Test("Errors in the front matter have positions in the whole file")
    func errorsUseFileLines() throws {
        let frontMatter = try FrontMatter(splitting: "---\ntitle: A\ntitle: B\n---\nBody\n")
        #expect(throws: YAMLErrors([YAMLError(
            line: 3, column: 1, message: "duplicate key 'title'; the first is at 2:1",
            fix: "remove one of them, or rename one")])) {
            try frontMatter.parseYAML()
        }
    }

    @Test("A file without front matter parses to nil")
    func noFrontMatterParsesToNil() throws {
        #expect(try FrontMatter(splitting: "Body").parseYAML() == nil)
    }

    @Test("Empty front matter parses to null")
    func emptyFrontMatterIsNull() throws {
        #expect(try FrontMatter(splitting: "---\n---\n").parseYAML()?.isNull == true)
    }
}
