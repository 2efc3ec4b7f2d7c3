import Testing
import TextCore

@Suite("JSON writer") struct JSONWriterTests {
    @Test("Values, nested, compact and in member order")
    func compact() {
        let value: JSONValue = .object([
            ("b", .array([.int(1), .number("2.5"), .bool(true), .null])),
            ("a", .string("x")),
        ])
        #expect(JSONWriter().text(value) == #"{"b":[1,2.5,true,null],"a":"x"}"#)
        #expect(JSONWriter(sortsKeys: true).text(value) == #"{"a":"x","b":[1,2.5,true,null]}"#)
    }

    @Test("Pretty text indents as Python's json.dumps(indent=2)")
    func pretty() {
        let value: JSONValue = .object([("a", .array([.int(1)])), ("b", .object([])), ("c", .array([]))])
        #expect(JSONWriter(isPretty: true).text(value) == "{\n  \"a\": [\n    1\n  ],\n  \"b\": {},\n  \"c\": []\n}")
    }

    @Test("Control characters are escaped; other text stays as it is")
    func escapes() {
        #expect(JSONWriter().quoted("\"\\\n\r\t\u{8}\u{C}\u{1}é<") == #""\"\\\n\r\t\b\f\u0001é<""#)
    }

    @Test("For HTML, everything that could end a script element or a JavaScript line is escaped", arguments: [
        ("plain", #""plain""#),
        ("</script>", #""\u003c/script\u003e""#),
        ("a\"b\\c\nd\te\u{1}", #""a\"b\\c\nd\te\u0001""#),
        ("<!-- & -->", #""\u003c!-- \u0026 --\u003e""#),
        ("\u{2028}\u{2029}\u{7F}", #""\u2028\u2029\u007f""#),
        ("Ärger ✓", #""Ärger ✓""#),
        ("a\u{0}b", #""a\u0000b""#),
    ])
    func htmlSafe(text: String, expected: String) {
        #expect(JSONWriter(escapesForHTML: true).quoted(text) == expected)
    }

    @Test("A long text with few escapes comes out whole")
    func longText() {
        let text = String(repeating: "Glück auf! ", count: 100_000) + "\n"
        let quoted = JSONWriter().quoted(text)
        #expect(quoted.utf8.count == text.utf8.count + 3)
        #expect(quoted.hasSuffix("Glück auf! \\n\""))
    }

    @Test("Bytes are quoted as the same text given as a string", arguments: [false, true])
    func bytes(forHTML: Bool) {
        let writer = JSONWriter(escapesForHTML: forHTML)
        let texts = ["", "plain", "</script> & <!--", "a\"b\\c\nd\te\u{1}\u{7F}", "\u{2028}\u{2029}", "Ärger ✓ \u{E2}",
                     "a\u{0}b\u{0}", String(repeating: "Glück auf! ", count: 3_000) + "\u{1F600}\n"]
        for text in texts {
            var fromString: [UInt8] = [], fromBytes: [UInt8] = []
            writer.appendQuoted(text, to: &fromString)
            Array(text.utf8).withUnsafeBufferPointer { writer.appendQuoted(utf8: $0, to: &fromBytes) }
            #expect(fromBytes == fromString, "\(text.prefix(20))")
        }
    }
}
