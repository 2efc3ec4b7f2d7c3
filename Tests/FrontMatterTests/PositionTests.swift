import FrontMatter
import Testing

/// Nodes remember where they start: 1-based lines, and columns that count Unicode scalars.
struct PositionTests {
    static func position(_ node: YAMLNode?) -> String {
        guard let node else { return "missing" }
        return "\(node.line):\(node.column)"
    }

    @Test("Scalars, keys and collections start where they are written")
    func blockPositions() throws {
        let node = try YAMLParser().parse("""
            title: Hallo
            tags:
              - a
              - b
            author:
              name: Anna
            """)
        #expect(Self.position(node) == "1:1")
        #expect(Self.position(node["title"]) == "1:8")
        #expect(node.mappingValue?.map { Self.position($0.key) } == ["1:1", "2:1", "5:1"])
        #expect(Self.position(node["tags"]) == "3:3")
        #expect(Self.position(node["tags"]?[1]) == "4:5")
        #expect(Self.position(node["author"]) == "6:3")
        #expect(Self.position(node["author"]?["name"]) == "6:9")
    }

    @Test("Columns count Unicode scalars, not bytes")
    func unicodeColumns() throws {
        let node = try YAMLParser().parse("ä: 😀x\nwörter: [Grüße, Öl, 🎉]\n")
        #expect(Self.position(node["ä"]) == "1:4")
        #expect(Self.position(node["wörter"]) == "2:9")
        #expect(node["wörter"]?.sequenceValue?.map { Self.position($0) } == ["2:10", "2:17", "2:21"])
    }

    @Test("An empty value starts right after its colon")
    func emptyValuePosition() throws {
        let node = try YAMLParser().parse("a:\nb: 1\n")
        #expect(Self.position(node["a"]) == "1:3")
        #expect(node["a"]?.isNull == true)
    }

    @Test("Lines count from the first line the parser is given")
    func firstLineOffset() throws {
        let node = try YAMLParser().parse("a: 1\nb: 2\n", firstLine: 7)
        #expect(Self.position(node["b"]) == "8:4")
    }

    @Test("CR LF and lone CR each end one line")
    func lineEnds() throws {
        #expect(Self.position(try YAMLParser().parse("a: 1\r\nb: 2\r\n")["b"]) == "2:4")
        #expect(Self.position(try YAMLParser().parse("a: 1\rb: 2\r")["b"]) == "2:4")
    }

    @Test("A byte order mark takes no column")
    func byteOrderMark() throws {
        let node = try YAMLParser().parse("\u{FEFF}a: 1\nb: 2\n")
        #expect(node.mappingValue?.map { Self.position($0.key) } == ["1:1", "2:1"])
        #expect(Self.position(node["a"]) == "1:4")
    }

    @Test("Block scalars start at their indicator, flow collections at their bracket")
    func indicatorPositions() throws {
        let node = try YAMLParser().parse("text: |\n  x\nmap: {a: [1]}\n")
        #expect(Self.position(node["text"]) == "1:7")
        #expect(Self.position(node["map"]) == "3:6")
        #expect(Self.position(node["map"]?["a"]) == "3:10")
    }

    @Test("An empty document is null at its first line")
    func emptyDocument() throws {
        let node = try YAMLParser().parse("# nur ein Kommentar\n", firstLine: 2)
        #expect(node == YAMLNode(.null, line: 2, column: 1))
    }
}
