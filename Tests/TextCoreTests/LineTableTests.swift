import Testing
import TextCore

@Suite("Line table") struct LineTableTests {
    static func position(_ offset: Int, in text: String) -> (Int, Int) {
        let bytes = Array(text.utf8)
        let table = LineTable(bytes)
        return bytes.withUnsafeBufferPointer { table.position(of: offset, in: $0) }
    }

    @Test("LF, CR LF and a lone CR each end a line", arguments: [
        ("a\nb\nc", 4, 3, 1),
        ("a\r\nb\r\nc", 6, 3, 1),
        ("a\rb\rc", 4, 3, 1),
        ("a\r\n\rb", 4, 3, 1),
    ])
    func lineEnds(_ text: String, _ offset: Int, _ line: Int, _ column: Int) {
        let (foundLine, foundColumn) = Self.position(offset, in: text)
        #expect(foundLine == line)
        #expect(foundColumn == column)
    }

    @Test("Columns count Unicode scalars, not bytes")
    func columnsCountScalars() {
        // "Grüße x": 'x' is the 7th scalar, at byte 8.
        #expect(Self.position(8, in: "Grüße x") == (1, 7))
    }

    @Test("A table made from an offset starts its first line there, after a byte order mark")
    func startOffset() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a\nb".utf8)
        let table = LineTable(bytes, from: 3)
        #expect(table.starts == [3, 5])
        #expect(bytes.withUnsafeBufferPointer { table.position(of: 5, in: $0) } == (2, 1))
    }

    @Test("A line's bytes come without its line break")
    func lineBytes() {
        let bytes = Array("eins\r\nzwei\n".utf8)
        let table = LineTable(bytes)
        #expect(table.count == 3)
        let second = bytes.withUnsafeBufferPointer { String(decoding: table.line(1, in: $0), as: UTF8.self) }
        #expect(second == "zwei")
        let first = bytes.withUnsafeBufferPointer { String(decoding: table.line(0, in: $0), as: UTF8.self) }
        #expect(first == "eins")
    }
}
