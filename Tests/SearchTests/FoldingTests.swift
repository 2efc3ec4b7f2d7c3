@testable import Search
import Testing

@Suite struct FoldingTests {
    private func expand(_ text: String) -> String {
        String(decoding: TextFolding.expand(Array(text.utf8)), as: UTF8.self)
    }

    private func contract(_ text: String) -> String {
        String(decoding: TextFolding.contract(Array(text.utf8)), as: UTF8.self)
    }

    @Test(arguments: [
        ("Müller", "mueller"), ("ÄÖÜ äöü", "aeoeue aeoeue"), ("Straße", "strasse"), ("STRAẞE", "strasse"),
        ("Crème brûlée", "creme brulee"), ("Łódź", "lodz"), ("Øresund", "oresund"), ("İstanbul", "istanbul"),
        ("ΟΔΟΣ", "οδοσ"), ("Œuvre", "oeuvre"), ("Þór", "thor"), ("Mu\u{308}ller", "mueller"), ("ASCII 42", "ascii 42"),
    ])
    func expandLowercasesAndWritesUmlautsAsTwoLetters(text: String, expanded: String) {
        #expect(expand(text) == expanded)
    }

    @Test(arguments: [
        ("mueller", "muller"), ("muller", "muller"), ("haeuser", "hauser"), ("oeffentlich", "offentlich"),
        ("queue", "quu"), ("aee", "ae"), ("blue", "blu"), ("", ""),
    ])
    func contractWritesAeOeUeAsOneLetterFromLeftToRight(text: String, contracted: String) {
        #expect(contract(text) == contracted)
    }

    @Test func allThreeSpellingsOfAnUmlautMeet() {
        let maker = TermMaker(language: SearchLanguage("de"))
        let terms = ["Müller", "Mueller", "Muller", "MÜLLER", "mu\u{308}ller"].map { maker.term(Array($0.utf8)) }
        #expect(Set(terms) == ["mull"])
    }

    @Test func contractingMakesWordsWithAGenuineUeMeetTheirTwins() {
        let maker = TermMaker(language: SearchLanguage("de"))
        #expect(maker.term(Array("Poet".utf8)) == maker.term(Array("Pot".utf8)))
        #expect(maker.term(Array("Michael".utf8)) == maker.term(Array("Michal".utf8)))
    }

    @Test func languageTagsAreReducedToTheirPrimarySubtag() {
        #expect(SearchLanguage("de-AT").code == "de")
        #expect(SearchLanguage("EN_gb").code == "en")
        #expect(SearchLanguage("").code == "und")
        #expect(SearchLanguage("fr").stemmerName == "none")
    }

    @Test func stopWordsAreStoredFoldedAndSorted() {
        let german = SearchLanguage("de").stopWords
        #expect(german.contains("uber"))
        #expect(german.contains("fur"))
        #expect(!german.contains("über"))
        #expect(german == german.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        #expect(SearchLanguage("fr").stopWords.isEmpty)
    }
}
