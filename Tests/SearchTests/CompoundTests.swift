@testable import Search
import Testing

@Suite struct CompoundTests {
    private func tails(_ term: String, vocabulary: Set<String> = []) -> [String] {
        CompoundSplitter.tails(of: term, isTerm: { vocabulary.contains($0) }, language: SearchLanguage("de"))
    }

    @Test(arguments: [
        ("innovationsschmied", ["schmied"]),
        ("digitalisierungsstrategi", ["strategi"]),
        ("sicherheitsluck", ["luck"]),
        ("offentlichkeitsarbeit", ["arbeit"]),
        ("gesellschaftsspiel", ["spiel"]),
        ("universitatsklinik", ["klinik"]),
    ])
    func linkingEndingsSplitWithoutADictionary(term: String, expected: [String]) {
        #expect(tails(term) == expected)
    }

    @Test func theArchivesOwnWordsSplitCompoundsWithoutALinkingEnding() {
        #expect(tails("datenschutz", vocabulary: ["schutz"]) == ["schutz"])
        #expect(tails("datenschutz") == [])
        #expect(tails("kundenservicezentrum", vocabulary: ["zentrum", "servic"]) == ["zentrum"])
    }

    @Test func aWordOfTheArchiveCanSplitWhereNoCompoundIs() {
        #expect(tails("unternehm", vocabulary: ["nehm"]) == ["nehm"])
        #expect(tails("bewerbung", vocabulary: ["werbung"]) == [])
        #expect(tails("ortsamt", vocabulary: ["samt"]) == ["samt"])
    }

    @Test func shortWordsAndShortTailsAreNotSplit() {
        #expect(tails("ortsamt", vocabulary: ["amt"]) == [])
        #expect(tails("zeche", vocabulary: ["che"]) == [])
    }

    @Test func stopWordTailsAreLeftOut() {
        #expect(tails("paradies", vocabulary: ["dies"]) == [])
    }
}
