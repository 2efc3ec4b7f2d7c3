@testable import Markdown
import Testing

/// The word counter takes an ASCII byte without a branch on its kind; it counts as the rule
/// says, whatever the pieces the text comes in.
@Suite struct WordCounterTests {
    /// The rule, one scalar at a time: a word is a run without spaces (in ASCII space, tab,
    /// line feed and carriage return; beyond it Unicode's white space) that has a letter or a
    /// digit (beyond ASCII, an alphabetic or numeric scalar; × and ÷ are neither).
    static func expectedCount(_ text: String) -> Int {
        var count = 0
        var hasWordCharacter = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let isSpace = value < 0x80 ? [0x20, 0x09, 0x0A, 0x0D].contains(value) : scalar.properties.isWhitespace
            if isSpace {
                if hasWordCharacter { count += 1 }
                hasWordCharacter = false
                continue
            }
            if value < 0x80 {
                if ("0"..."9").contains(scalar) || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) { hasWordCharacter = true }
            } else if value != 0xD7, value != 0xF7, scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                hasWordCharacter = true
            }
        }
        return count + (hasWordCharacter ? 1 : 0)
    }

    static let alphabet: [Unicode.Scalar] = Array("aZ09 \t\n\r\u{B}\u{C}.,-\"'!äßÄéłŁ×÷–—„“’…\u{2009}\u{202F}\u{A0}\u{3000}漢٣😀\u{301}\u{200B}".unicodeScalars)

    @Test func randomTextsInRandomPiecesCountAsTheRuleSays() {
        var random = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let length = Int.random(in: 0..<80, using: &random)
            var scalars = String.UnicodeScalarView()
            for _ in 0..<length {
                // Mostly letters, so that words are long enough to span pieces.
                scalars.append(Bool.random(using: &random) ? "w" : Self.alphabet.randomElement(using: &random)!)
            }
            let text = String(scalars)
            var counter = WordCounter()
            // Pieces end on scalar boundaries, as the text nodes of a paragraph do.
            var rest = Substring(text)
            while !rest.isEmpty {
                let cut = rest.unicodeScalars.index(rest.startIndex, offsetBy: Int.random(in: 1...rest.unicodeScalars.count, using: &random))
                var piece = String(rest[..<cut])
                piece.withUTF8 { counter.feed($0) }
                rest = rest[cut...]
            }
            counter.boundary()
            #expect(counter.count == Self.expectedCount(text), "\(text.debugDescription)")
        }
    }

    @Test func aBoundaryEndsAWordAndPiecesWithoutOneJoin() {
        var counter = WordCounter()
        for piece in ["Wör", "ter", " – ", "„zwei“"] {
            var text = piece
            text.withUTF8 { counter.feed($0) }
        }
        counter.boundary()
        #expect(counter.count == 2)
        var text = "drei"
        text.withUTF8 { counter.feed($0) }
        counter.boundary()
        text.withUTF8 { counter.feed($0) }
        counter.boundary()
        #expect(counter.count == 4)
    }
}
