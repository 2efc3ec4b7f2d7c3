import Mustache
import Testing
import ZecheTestSupport

/// HTML escaping tests eight bytes at a time and copies the runs between the bytes it replaces;
/// whatever the text and wherever its special bytes fall, the result is the escape of each
/// character in turn.
@Suite("HTML escaping")
struct EscapingTests {
    static let entities: [Unicode.Scalar: String] = ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"]

    static func escapedOneByOne(_ text: String) -> String {
        text.unicodeScalars.map { entities[$0] ?? String($0) }.joined()
    }

    @Test("Random texts escape as each character escaped in turn", arguments: 0..<8)
    func randomTexts(seed: Int) throws {
        let library = try TemplateLibrary(sources: ["t": "[{{x}}]", "raw": "[{{{x}}}]"])
        var generator = SeededRandom(seed: UInt64(seed))
        let alphabet: [String] = ["a", "Z", " ", "&", "<", ">", "\"", "'", "ä", "€", "😀", "!", "=", "\n", "\u{1}"]
        for _ in 0..<300 {
            let length = generator.int(0...39)
            let text = (0..<length).map { _ in generator.pick(alphabet) }.joined()
            #expect(try library.render("t", ["x": .string(text)]) == "[\(Self.escapedOneByOne(text))]", "\(text.debugDescription)")
            #expect(try library.render("raw", ["x": .string(text)]) == "[\(text)]")
        }
    }

    @Test("A special byte is found in each of the eight places of a word, and in the tail",
          arguments: ["&", "<", ">", "\"", "'"])
    func everyPlace(special: String) throws {
        let library = try TemplateLibrary(sources: ["t": "{{x}}"])
        for length in 1...24 {
            for place in 0..<length {
                let text = String(repeating: "a", count: place) + special + String(repeating: "b", count: length - place - 1)
                #expect(try library.render("t", ["x": .string(text)]) == Self.escapedOneByOne(text))
            }
        }
    }
}
