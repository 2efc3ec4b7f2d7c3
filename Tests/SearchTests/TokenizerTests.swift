@testable import Search
import Testing

@Suite struct TokenizerTests {
    private func words(_ text: String) -> [[String]] {
        var words: [[String]] = []
        Tokenizer.forEachWord(in: text) { token in
            words.append(token.parts.map { String(decoding: $0, as: UTF8.self) })
        }
        return words
    }

    @Test func lettersAndDigitsOfAnyScriptMakeWords() {
        #expect(words("Zeche Zollverein, 2024 — Москва; 東京タワー.") == [["Zeche"], ["Zollverein"], ["2024"], ["Москва"], ["東京タワー"]])
    }

    @Test func aHyphenBetweenLettersJoinsPartsOfOneWord() {
        #expect(words("IT-Sicherheit und Ende-zu-Ende") == [["IT", "Sicherheit"], ["und"], ["Ende", "zu", "Ende"]])
    }

    @Test func otherHyphenCharactersJoinAsWell() {
        #expect(words("E\u{2010}Mail E\u{2011}Bike") == [["E", "Mail"], ["E", "Bike"]])
    }

    @Test func aHyphenOrApostropheNotBetweenLettersSeparates() {
        #expect(words("Kunden- und Partnerservice -neu 'zitiert' a--b") == [["Kunden"], ["und"], ["Partnerservice"], ["neu"], ["zitiert"], ["a"], ["b"]])
    }

    @Test func apostrophesInsideWordsAreDropped() {
        #expect(words("geht's don’t") == [["gehts"], ["dont"]])
    }

    @Test func softHyphensAreDroppedAndDoNotSplit() {
        #expect(words("Digi\u{AD}tali\u{AD}sierung") == [["Digitalisierung"]])
    }

    @Test func combiningMarksStayInTheirWord() {
        #expect(words("Mu\u{308}ller") == [["Mu\u{308}ller"]])
    }

    @Test func punctuationAndSymbolsSeparate() {
        #expect(words("Q.One/AWS: 3,5 % (+12 €) #tag @name") == [["Q"], ["One"], ["AWS"], ["3"], ["5"], ["12"], ["tag"], ["name"]])
    }

    @Test func textWithoutLettersHasNoWords() {
        #expect(words(" … — !? ") == [])
        #expect(words("") == [])
    }
}
