@testable import Search
import Testing

@Suite struct RankingTests {
    @Test func titleRanksBeforeSubtitleBeforeTagsBeforeBody() throws {
        // The body match is the newest: the field still decides.
        let fixture = try SearchFixture([
            .fixture("body", body: "Ein Wort zur Energiewende.", date: "2024-04-01"),
            .fixture("tag", tags: ["Energiewende"], date: "2024-03-01"),
            .fixture("subtitle", subtitle: "Die Energiewende im Revier", date: "2024-02-01"),
            .fixture("title", title: "Energiewende jetzt", date: "2024-01-01"),
        ])
        #expect(try fixture.ids("energiewende") == ["title", "subtitle", "tag", "body"])
    }

    @Test func newerRanksBeforeOlderOnTies() throws {
        let fixture = try SearchFixture([
            .fixture("old", body: "Kohle", date: "2023-05-01"),
            .fixture("new", body: "Kohle", date: "2024-05-01T10:00:00+02:00"),
            .fixture("newer-same-day", body: "Kohle", date: "2024-05-01T09:00:00Z"),
        ])
        #expect(try fixture.ids("Kohle") == ["newer-same-day", "new", "old"])
    }

    @Test func aWordInSeveralFieldsRanksBeforeTheSameBestFieldAlone() throws {
        let fixture = try SearchFixture([
            .fixture("title-only", title: "Cloud", date: "2024-02-01"),
            .fixture("title-and-body", title: "Cloud", body: "Mehr zur Cloud.", date: "2024-01-01"),
        ])
        #expect(try fixture.ids("cloud") == ["title-and-body", "title-only"])
    }

    @Test func everyWordMustMatch() throws {
        let fixture = try SearchFixture([
            .fixture("both", body: "Cloud und Sicherheit"),
            .fixture("cloud", body: "Cloud"),
            .fixture("sicherheit", body: "Sicherheit"),
        ])
        #expect(try fixture.ids("Cloud Sicherheit") == ["both"])
    }

    @Test func aPhraseNeedsItsWordsInOrderAndAdjacent() throws {
        let fixture = try SearchFixture([
            .fixture("phrase", body: "Austausch zu den Chancen der Digitalisierung", date: "2024-01-01"),
            .fixture("apart", body: "Die Digitalisierung bietet Chancen", date: "2024-02-01"),
            .fixture("across-fields", title: "Chancen", body: "Digitalisierung", date: "2024-03-01"),
        ])
        #expect(try fixture.ids("\"Chancen der Digitalisierung\"") == ["phrase"])
        #expect(try fixture.ids("„Chancen der Digitalisierung“") == ["phrase"])
        #expect(Set(try fixture.ids("Chancen Digitalisierung")) == ["phrase", "apart", "across-fields"])
    }

    @Test func aPhraseDoesNotRunFromOneTagIntoTheNext() throws {
        let fixture = try SearchFixture([
            .fixture("tags", tags: ["Kohle", "Stahl"]),
            .fixture("text", body: "Kohle Stahl"),
        ])
        #expect(try fixture.ids("\"Kohle Stahl\"") == ["text"])
        #expect(Set(try fixture.ids("Kohle Stahl")) == ["tags", "text"])
    }

    @Test func otherLanguagesAreFoldedButNotStemmed() throws {
        let fixture = try SearchFixture([.fixture("fr", body: "Les écoles publiques", language: "fr")], language: "fr")
        #expect(try fixture.ids("ecoles") == ["fr"])
        #expect(try fixture.ids("\"écoles publiques\"") == ["fr"])
        #expect(try fixture.ids("publique") == ["fr"])
        #expect(try fixture.ids("publiques") == ["fr"])
        #expect(fixture.reader.manifest.languages["fr"]?.stemmer == "none")
    }

    @Test func aStopWordInAPhraseKeepsItsPlace() throws {
        let fixture = try SearchFixture([
            .fixture("gap", body: "Chancen der Digitalisierung"),
            .fixture("adjacent", body: "Chancen Digitalisierung"),
        ])
        #expect(try fixture.ids("\"Chancen die Digitalisierung\"") == ["gap"])
    }

    @Test func aPrefixFindsLongerWordsAndTheExactWordRanksFirst() throws {
        let fixture = try SearchFixture([
            .fixture("longer", body: "Digitalisierung", date: "2024-02-01"),
            .fixture("exact", body: "digital", date: "2024-01-01"),
        ])
        #expect(try fixture.ids("digitalis") == ["longer"])
        #expect(try fixture.ids("digital") == ["exact", "longer"])
    }

    @Test func twoLetterWordsMatchOnlyExactly() throws {
        let fixture = try SearchFixture([.fixture("ki", body: "KI im Alltag"), .fixture("kind", body: "Kinder")])
        #expect(try fixture.ids("KI") == ["ki"])
    }

    @Test func aCompoundIsFoundByItsTailBelowTheWholeWord() throws {
        let fixture = try SearchFixture([
            .fixture("compound", title: "Die Innovationsschmiede", date: "2024-02-01"),
            .fixture("word", title: "Die Schmiede", date: "2024-01-01"),
        ])
        #expect(try fixture.ids("Schmiede") == ["word", "compound"])
        #expect(try fixture.ids("innovation") == ["compound"])
    }

    @Test func aTailThatIsAWordOfTheArchiveSplitsWithoutALinkingEnding() throws {
        let withWord = try SearchFixture([.fixture("compound", body: "Datenschutz"), .fixture("word", body: "Schutz")])
        #expect(try withWord.ids("schutz") == ["word", "compound"])
        let withoutWord = try SearchFixture([.fixture("compound", body: "Datenschutz")])
        #expect(try withoutWord.ids("schutz") == [])
    }

    @Test(arguments: ["Müller", "Mueller", "Muller", "MÜLLER", "müller"])
    func everySpellingOfAnUmlautFindsTheAuthor(query: String) throws {
        let fixture = try SearchFixture([
            .fixture("mueller", authors: ["Doreen Müller"]),
            .fixture("other", authors: ["Carsten Weiß"]),
        ])
        #expect(try fixture.ids(query) == ["mueller"])
    }

    @Test func stopWordsAreDroppedFromQueries() throws {
        let fixture = try SearchFixture([.fixture("a", body: "Die Digitalisierung"), .fixture("b", body: "Cloud")])
        #expect(try fixture.ids("die Digitalisierung") == ["a"])
        #expect(try fixture.ids("die der das") == [])
    }

    @Test func englishDocumentsUseEnglishRulesInAGermanIndex() throws {
        let fixture = try SearchFixture([
            .fixture("english", body: "The platform was released today.", language: "en"),
            .fixture("german", body: "Die Plattform ist da."),
        ])
        #expect(try fixture.ids("releases") == ["english"])
        // "the" is an English stop word: dropped, though German text would index it.
        #expect(try fixture.ids("the platform") == ["english"])
    }

    @Test func hyphenatedWordsAreFoundWholeAndByTheirParts() throws {
        let fixture = try SearchFixture([
            .fixture("hyphen", body: "Neues zur IT-Sicherheit", date: "2024-02-01"),
            .fixture("spaced", body: "Neues zur IT Sicherheit", date: "2024-01-01"),
        ])
        #expect(try fixture.ids("IT-Sicherheit") == ["hyphen"])
        #expect(try fixture.ids("Sicherheit") == ["hyphen", "spaced"])
        #expect(try fixture.ids("\"IT Sicherheit\"") == ["hyphen", "spaced"])
        #expect(try fixture.ids("\"IT-Sicherheit\"") == ["hyphen", "spaced"])
    }

    @Test func filtersRestrictBySectionCategoryAndYear() throws {
        let fixture = try SearchFixture([
            .fixture("a", body: "Kohle", categories: ["Produkt"], section: "Presse", date: "2024-03-01"),
            .fixture("b", body: "Kohle", categories: ["Personal", "Produkt"], section: "Karriere", date: "2023-03-01"),
            .fixture("c", body: "Kohle", section: "Presse", date: "2023-02-01"),
        ])
        #expect(try fixture.ids("Kohle", filters: SearchFilters(section: "Presse")) == ["a", "c"])
        #expect(try fixture.ids("Kohle", filters: SearchFilters(category: "Produkt")) == ["a", "b"])
        #expect(try fixture.ids("Kohle", filters: SearchFilters(year: "2023")) == ["b", "c"])
        #expect(try fixture.ids("Kohle", filters: SearchFilters(section: "Presse", year: "2023")) == ["c"])
        #expect(try fixture.ids("Kohle", filters: SearchFilters(section: "Unbekannt")) == [])
    }
}
