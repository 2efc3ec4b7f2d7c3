@testable import Search
import Testing

/// A build hands the index its body texts as bytes read from its body store, so that no string
/// of them is made; the index made of them is the one made of the same texts as strings.
@Suite struct TextBytesTests {
    /// `documents` whose texts come as bytes (`reads` counts the strings asked for instead).
    static func asBytes(_ documents: [SearchDocument], reads: ReadCounter) -> [SearchDocument] {
        documents.map { document in
            var document = document
            let text = document.bodyText
            document.body = SearchText(reading: {
                reads.count()
                return text
            }, appendingUTF8: { $0.append(contentsOf: text.utf8) }, identity: IndexSnapshotTests.hash(text))
            return document
        }
    }

    @Test(arguments: [20_000, 300])
    func textsGivenAsBytesMakeTheSameIndexAsStrings(textLength: Int) throws {
        var documents = ArticleGenerator(count: 60).documents()
        // Escapes, a NUL, the line separator JavaScript ends a line at, and texts over the limit
        // (cut on a word, the one case that makes a string of the bytes).
        documents[0].bodyText = "Zitat: \"Hallo\"\tTab\u{0}Null \\ Pfad \u{2028} Ende <b>&</b>"
        documents[1].bodyText = String(repeating: "Größenordnung und Straße ", count: 40)
        let options = SearchIndexOptions(textLength: textLength, workers: 2)
        let strings = ServedFiles()
        _ = SearchIndex.write(documents: documents, language: "de", options: options) { strings.put($0) }
        let reads = ReadCounter()
        let bytes = ServedFiles()
        _ = SearchIndex.write(documents: Self.asBytes(documents, reads: reads), language: "de", options: options) { bytes.put($0) }
        #expect(bytes.files == strings.files)
        #expect(bytes.files.keys.contains { $0.hasPrefix("text/") })
        // The summary's excerpt reads the string of a document without a summary; nothing else does.
        let withoutSummary = documents.filter(\.summary.isEmpty).count
        #expect(reads.value == withoutSummary)
    }

    @Test func aTextReadsIntoTheScratchBufferItIsGivenAndKeepsItsCapacity() {
        let text = SearchText(reading: { "nie gelesen" }, appendingUTF8: { $0.append(contentsOf: "Bytes äöü".utf8) }, identity: 1)
        var scratch: [UInt8] = Array(repeating: 7, count: 100)
        let read = text.withUTF8(scratch: &scratch) { Array($0) }
        #expect(read == Array("Bytes äöü".utf8))
        #expect(scratch.capacity >= 100)
        let plain = SearchText("als Text")
        #expect(plain.withUTF8(scratch: &scratch) { Array($0) } == Array("als Text".utf8))
    }
}
