import FrontMatter
import Testing

/// Hostile input ends in errors or data, never in a crash, a stack overflow or a hang.
struct RobustnessTests {
    static let depthError = "the data is nested more than 200 levels deep; flatten the structure; front matter and configuration rarely need more than a few levels"

    static func errors(_ text: String) -> [String] {
        do {
            _ = try YAMLParser().parse(text)
            return []
        } catch {
            return error.errors.map(\.description)
        }
    }

    @Test("10,000 nested flow lists end in a depth error")
    func deepFlowLists() {
        let text = "a: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        // The root mapping is the first level, so the 200th "[" is the 201st.
        #expect(Self.errors(text) == ["1:203: \(Self.depthError)"])
    }

    @Test("A simple key may be 1,024 characters long, counted in characters, not bytes")
    func simpleKeyLengthInCharacters() throws {
        // PyYAML: 1,024 "ä" (2,048 bytes) before ': v' is a key; 1,025 is not.
        for prefix in ["", "["] {
            let closing = prefix.isEmpty ? "" : "]"
            let fits = try YAMLParser().parse(prefix + String(repeating: "ä", count: 1024) + ": v" + closing)
            #expect(fits.jsonText() == (prefix.isEmpty ? "{\"\(String(repeating: "ä", count: 1024))\":\"v\"}"
                                                         : "[{\"\(String(repeating: "ä", count: 1024))\":\"v\"}]"))
            #expect(!Self.errors(prefix + String(repeating: "ä", count: 1025) + ": v" + closing).isEmpty)
        }
    }

    // Fuzz/Regressions/FrontMatterFuzzer/nested-flow-long-line: every token recounted the
    // characters behind every open key, 1.3 s for these 2.7 KB under the fuzzer's sanitizer.
    @Test("Nested flow lists on one long line of umlauts parse")
    func nestedFlowListsOnOneLongLine() throws {
        let items = Array(repeating: "äöü", count: 300)
        let text = "k: " + String(repeating: "[", count: 150) + items.joined(separator: ", ") + String(repeating: "]", count: 150)
        var expected = "[" + items.map { "\"\($0)\"" }.joined(separator: ",") + "]"
        for _ in 1..<150 { expected = "[" + expected + "]" }
        #expect(try YAMLParser().parse(text).jsonText() == "{\"k\":\(expected)}")
    }

    @Test("10,000 nested flow mappings end in a depth error")
    func deepFlowMappings() {
        let text = String(repeating: "{a: ", count: 10_000) + String(repeating: "}", count: 10_000)
        #expect(Self.errors(text) == ["1:801: \(Self.depthError)"])
    }

    @Test("10,000 nested block lists end in a depth error")
    func deepBlockLists() {
        let text = String(repeating: "- ", count: 10_000) + "x\n"
        #expect(Self.errors(text) == ["1:401: \(Self.depthError)"])
    }

    @Test("10,000 nested block mappings end in a depth error")
    func deepBlockMappings() {
        var lines: [String] = []
        for level in 0..<10_000 {
            lines.append(String(repeating: " ", count: level) + "k:")
        }
        #expect(Self.errors(lines.joined(separator: "\n")) == ["201:201: \(Self.depthError)"])
    }

    @Test("A depth of 200 is still allowed")
    func depthLimitIsInclusive() throws {
        let text = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        var node = try YAMLParser().parse(text)
        var depth = 1
        while let inner = node.sequenceValue?.first {
            node = inner
            depth += 1
        }
        #expect(depth == 200)
    }

    @Test("A 1 MB front matter with many keys parses")
    func largeMapping() throws {
        var text = ""
        var count = 0
        while text.utf8.count < 1_000_000 {
            text += "key\(count): \"Wert Nummer \(count) mit Umlauten äöü\" # Kommentar\n"
            count += 1
        }
        let node = try YAMLParser().parse(text)
        #expect(node.mappingValue?.count == count)
        #expect(node["key\(count - 1)"]?.line == count)
    }

    @Test("A 1 MB flow list on a single line parses")
    func longFlowLine() throws {
        let items = Array(repeating: "äpfel", count: 150_000)
        let text = "list: [" + items.joined(separator: ", ") + "]\n"
        let node = try YAMLParser().parse(text)
        #expect(node["list"]?.sequenceValue?.count == items.count)
        #expect(node["list"]?[149_999]?.column == 8 + 149_999 * 7)
    }

    @Test("A 1 MB block scalar and a 1 MB plain scalar parse")
    func largeScalars() throws {
        let line = String(repeating: "Glück auf! ", count: 10)
        let block = "text: |\n" + String(repeating: "  \(line)\n", count: 9_000)
        #expect(try YAMLParser().parse(block)["text"]?.stringValue?.count == 9_000 * (line.count + 1))
        let plain = "text: " + String(repeating: "\(line)\n  ", count: 9_000) + "Ende\n"
        #expect(try YAMLParser().parse(plain)["text"]?.stringValue?.hasSuffix("Ende") == true)
    }

    @Test("NUL bytes and control characters are errors", arguments: [
        ("title: a\u{0}b\n", "1:9: control character U+0000 is not allowed; remove it (write it as '\\0' inside double quotes if you need it)"),
        ("\u{0}", "1:1: control character U+0000 is not allowed; remove it (write it as '\\0' inside double quotes if you need it)"),
        ("a: \"\u{1B}\"\n", "1:5: control character U+001B is not allowed; remove it"),
        ("a: x\u{7F}\n", "1:5: control character U+007F is not allowed; remove it"),
        ("a: \u{85}\n", "1:4: unusual line break U+0085 (next line (NEL)) is not allowed; replace it with a normal line break or a space"),
        ("a: b\u{2029}\n", "1:5: unusual line break U+2029 (paragraph separator) is not allowed; replace it with a normal line break or a space"),
        ("a: \u{FFFF}\n", "1:4: non-character U+FFFF is not allowed; remove it; the file may not be UTF-8 text"),
    ])
    func controlCharacters(_ text: String, _ expected: String) {
        #expect(Self.errors(text) == [expected])
    }

    @Test("Random bytes never crash the parser")
    func randomBytes() {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        let alphabet = Array("ab: -[]{},#&*!|>'\"%@`?\n\n  \t\\0.1~äöü😀".unicodeScalars)
        for _ in 0..<2_000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<40 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                scalars.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            let text = String(scalars)
            do {
                _ = try YAMLParser().parse(text)
            } catch {
                #expect(!error.errors.isEmpty)
            }
        }
    }

    @Test("Text decoded from invalid UTF-8 parses")
    func replacementCharacters() throws {
        let text = String(decoding: [0x61, 0x3A, 0x20, 0xFF, 0xFE, 0x62, 0x0A], as: UTF8.self)
        #expect(try YAMLParser().parse(text)["a"]?.stringValue == "\u{FFFD}\u{FFFD}b")
    }
}
