import Foundation
@testable import Search
import Synchronization
import Testing

@Suite struct IndexFormatTests {
    @Test func theSameDocumentsInAnyOrderGiveTheSameBytes() {
        let documents = ArticleGenerator(count: 120).documents()
        var random = SplitMix(seed: 7)
        var shuffled = documents
        for index in shuffled.indices.reversed() { shuffled.swapAt(index, random.int(0...index)) }
        #expect(shuffled != documents)
        #expect(SearchIndex.build(documents: shuffled, language: "de") == SearchIndex.build(documents: documents, language: "de"))
    }

    @Test func anyNumberOfWorkersGivesTheSameBytes() {
        let documents = ArticleGenerator(count: 700).documents()
        let serial = SearchIndex.build(documents: documents, language: "de", options: SearchIndexOptions(workers: 1))
        #expect(SearchIndex.build(documents: documents, language: "de", options: SearchIndexOptions(workers: 2)) == serial)
        #expect(SearchIndex.build(documents: documents, language: "de", options: SearchIndexOptions(workers: 3)) == serial)
    }

    @Test(arguments: [1, 2]) func writingHandsOverEveryFileThatBuildMakesOnce(workers: Int) {
        let documents = ArticleGenerator(count: 300).documents()
        let built = SearchIndex.build(documents: documents, language: "de")
        let written = Mutex<[SearchIndexFile]>([])
        let paths = SearchIndex.write(documents: documents, language: "de", options: SearchIndexOptions(workers: workers)) { file in
            written.withLock { $0.append(file) }
        }
        #expect(paths == built.map(\.path))
        #expect(written.withLock { $0 }.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) } == built)
    }

    @Test func theManifestHasSortedKeysAndNoSpaces() throws {
        let files = SearchIndex.build(documents: [.fixture("a", body: "Kohle", section: "Presse")], language: "de-DE")
        let manifest = try #require(files.first { $0.path == "manifest.json" })
        let text = String(decoding: manifest.bytes, as: UTF8.self)
        #expect(text.hasPrefix(#"{"documentChunk":32,"documents":1,"facets":{"category":[],"section":[["Presse",1]],"year":[["2024",1]]},"format":"zeche-search","language":"de","languages":{"de":{"stemmer":"german-light-1","stopWords":["aber","#))
        #expect(text.hasSuffix(#""shards":["ko","pr","ti"],"textChunk":4,"version":1}"#))
    }

    @Test func filesAreListedByPathAndCoverEveryPart() {
        let files = SearchIndex.build(documents: ArticleGenerator(count: 40).documents(), language: "de")
        let paths = files.map(\.path)
        #expect(paths == paths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        #expect(paths.contains("manifest.json") && paths.contains("facets.json"))
        #expect(paths.filter { $0.hasPrefix("docs/") } == ["docs/0.json", "docs/1.json"])
        #expect(paths.filter { $0.hasPrefix("text/") }.count == 10)
        #expect(paths.filter { $0.hasPrefix("terms/") }.count == paths.filter { $0.hasPrefix("positions/") }.count)
    }

    @Test(arguments: [0, 1, 31, 32, 33, 1023, 1024, 99_999, 1 << 40])
    func numbersSurviveTheirTextForm(value: Int) {
        var text: [UInt8] = []
        VarintText.append(value, to: &text)
        VarintText.append(5, to: &text)
        #expect(VarintText.decode(String(decoding: text, as: UTF8.self)) == [value, 5])
    }

    @Test func smallNumbersTakeOneCharacter() {
        var text: [UInt8] = []
        for value in [0, 1, 31] { VarintText.append(value, to: &text) }
        #expect(String(decoding: text, as: UTF8.self) == "ABf")
        #expect(VarintText.decode("g") == nil)
        #expect(VarintText.decode("A\"") == nil)
    }

    @Test func aSmallSplitSizeCutsShardsDeeperAndFindsTheSame() throws {
        let documents = ArticleGenerator(count: 150).documents()
        let standard = try SearchFixture(documents)
        let small = try SearchFixture(documents, options: SearchIndexOptions(shardSplitBytes: 500))
        #expect(small.reader.manifest.shards.count > standard.reader.manifest.shards.count)
        #expect(small.reader.manifest.shards.contains { $0.unicodeScalars.count > 2 })
        for query in ["digital", "Muller", "Innovationsschmiede", "cloud", "\"Cloud Platform\"", "wärme", "sch"] {
            #expect(try small.reader.search(query) == standard.reader.search(query), "\(query)")
        }
    }

    @Test func termsAreSortedByCodePointsAndInTheShardOfTheirLongestKey() throws {
        let options = SearchIndexOptions(shardSplitBytes: 500)
        let files = SearchIndex.build(documents: ArticleGenerator(count: 150).documents(), language: "de", options: options)
        let reader = try SearchIndexReader(files: files)
        let keys = reader.manifest.shards
        #expect(keys == keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        for key in keys {
            let file = try #require(files.first { $0.path == "terms/\(ShardPlan.fileName(for: key)).json" })
            let shard = try #require(try JSONSerialization.jsonObject(with: Data(file.bytes)) as? [String: [String]])
            let terms = try #require(shard["terms"])
            #expect(terms == terms.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
            for term in terms {
                #expect(reader.manifest.shards(for: term, prefix: false) == [key], "\(term) in \(key)")
            }
            // Only a shard that cannot be cut further is larger than the split size.
            #expect(file.bytes.count <= options.shardSplitBytes + 20 || terms.count == 1, "\(key): \(file.bytes.count) bytes")
        }
    }

    @Test func bodyTextsAreCutForExcerptsButIndexedWhole() throws {
        let body = "Anfang " + String(repeating: "Wort ", count: 50) + "Schlusswort"
        let fixture = try SearchFixture([.fixture("a", body: body)], options: SearchIndexOptions(textLength: 40))
        let text = try #require(fixture.files.first { $0.path == "text/0.json" })
        #expect(String(decoding: text.bytes, as: UTF8.self) == "{\"texts\":[\"Anfang Wort Wort Wort Wort Wort Wort …\"]}")
        #expect(try fixture.ids("Schlusswort") == ["a"])
    }

    @Test func textsAreCutAtAWordBoundaryCountingScalars() {
        #expect(TextCut.cut(String(repeating: "Größe ", count: 50), limit: 20) == "Größe Größe Größe …")
        #expect(TextCut.cut("Kurz, knapp: gut", limit: 14) == "Kurz, knapp …")
        #expect(TextCut.cut("Kurz", limit: 14) == "Kurz")
        #expect(TextCut.cut("Überlänge", limit: 9) == "Überlänge")
        #expect(TextCut.cut("Donaudampfschifffahrt", limit: 5) == "Donau …")
    }

    @Test func shardFileNamesKeepLettersAndDigitsAndEncodeTheRest() {
        #expect(ShardPlan.fileName(for: "di") == "di")
        #expect(ShardPlan.fileName(for: "20") == "20")
        #expect(ShardPlan.fileName(for: "οδ") == "_ce_bf_ce_b4")
    }

    @Test func datesOrderByInstantAndUndatedLast() {
        let dates = ["2024-06-28T01:00:00+02:00", "2024-06-27T23:30:00Z", "garbage", "2024-06-28", "2024-02-30", "2024-06-28 14:30"]
        let order = dates.indices.sorted { DocumentDate(dates[$0]) < DocumentDate(dates[$1]) }
        #expect(order.map { dates[$0] }.prefix(4) == ["2024-06-28 14:30", "2024-06-28", "2024-06-27T23:30:00Z", "2024-06-28T01:00:00+02:00"])
        #expect(DocumentDate("garbage").year == nil)
        #expect(DocumentDate("2024-02-30").instant == nil)
        #expect(DocumentDate("2024-02-29T12:00:00.123+0100").year == "2024")
    }

    @Test func recordsHoldAShortExcerptAndTextsTheBody() throws {
        let body = String(repeating: "Wort ", count: 100)
        let fixture = try SearchFixture([.fixture("a", title: "Titel \"zitiert\"", body: body, date: "2024-01-02")])
        let record = try fixture.reader.record(0)
        #expect(record.title == "Titel \"zitiert\"")
        #expect(record.excerpt.count <= 182 && record.excerpt.hasSuffix(" …"))
        let text = try #require(fixture.files.first { $0.path == "text/0.json" })
        #expect(String(decoding: text.bytes, as: UTF8.self) == "{\"texts\":[\"\(body)\"]}")
    }

    @Test func aReaderRefusesAnotherFormatVersion() {
        let manifest = #"{"documentChunk":32,"documents":0,"facets":{},"format":"zeche-search","language":"de","languages":{},"shards":[],"textChunk":4,"version":2}"#
        #expect(throws: SearchIndexReader.ReadError.unsupportedVersion(2)) {
            try SearchIndexReader(files: [SearchIndexFile(path: "manifest.json", bytes: Array(manifest.utf8))])
        }
    }
}
