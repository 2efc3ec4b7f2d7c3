@testable import Search
import Testing

/// Queries on an archive of 1,000 generated articles, with hits known from the generator.
@Suite struct ArchiveSearchTests {
    static let generator = ArticleGenerator(count: 1000)
    static let fixture = Result { try SearchFixture(generator.documents()) }

    private func first(_ query: String) throws -> String? {
        try Self.fixture.get().ids(query).first
    }

    @Test func typingTheCompoundFindsItsArticleFirst() throws {
        #expect(try first("Innovationsschmiede") == "artikel-\(ArticleGenerator.innovationIndex)")
        #expect(try first("Innovationsschm") == "artikel-\(ArticleGenerator.innovationIndex)")
    }

    @Test func thePartOfACompoundFindsItsArticle() throws {
        #expect(try first("schmiede") == "artikel-\(ArticleGenerator.innovationIndex)")
    }

    @Test func anAuthorsNameWithoutUmlautFindsAllTheirArticlesNewestFirst() throws {
        let expected = (0..<Self.generator.count).filter { ArticleGenerator.author(of: $0) == "Doreen Müller" }.map { "artikel-\($0)" }
        #expect(expected.count > 100)
        #expect(try Self.fixture.get().ids("Muller") == expected)
    }

    @Test func theAuthorsNameAsAPhraseFindsHerArticlesInBothLanguages() throws {
        let expected = (0..<Self.generator.count).filter { ArticleGenerator.author(of: $0) == "Doreen Müller" }
        // Her English articles file her name under the English term `muller`, the German ones
        // under `mull`: the phrase needs both variants.
        #expect(expected.contains { $0 % 23 == 5 })
        #expect(try Self.fixture.get().ids("\"Doreen Müller\"") == expected.map { "artikel-\($0)" })
    }

    @Test func anEnglishTitleWinsOverBodyMatches() throws {
        #expect(try first("platform release notes") == "artikel-\(ArticleGenerator.englishIndex)")
        #expect(try first("\"Cloud Platform\"") == "artikel-\(ArticleGenerator.englishIndex)")
    }

    @Test func aFirstResultNeedsAFewFilesOnly() throws {
        // The files a browser fetches for the first result: the manifest, the query's shards
        // and the first result's record chunk. Raw bytes bound the gzip bytes from above.
        let fixture = try Self.fixture.get()
        let files = Dictionary(uniqueKeysWithValues: fixture.files.map { ($0.path, $0.bytes) })
        let reader = try SearchIndexReader(files: fixture.files)
        for query in ["digitalisierung", "Muller", "cloud sicherheit", "\"Cloud Platform\"", "„Innovationsschmiede im Revier“"] {
            let hits = try reader.search(query)
            let parsed = SearchQuery(query, languages: reader.manifest.languages.keys.sorted().map(SearchLanguage.init))
            var paths: Set<String> = ["manifest.json"]
            for clause in parsed.clauses {
                let (words, prefix, positions) = switch clause {
                case let .word(word, prefix): ([word], prefix, false)
                case let .phrase(words): (words, false, true)
                }
                for word in words {
                    for variant in word.variants {
                        for key in reader.manifest.shards(for: variant, prefix: prefix && variant.unicodeScalars.count >= 3) {
                            paths.insert("terms/\(ShardPlan.fileName(for: key)).json")
                            if positions { paths.insert("positions/\(ShardPlan.fileName(for: key)).json") }
                        }
                    }
                }
            }
            if let top = hits.first { paths.insert("docs/\(top.document / reader.manifest.documentChunk).json") }
            let bytes = paths.reduce(0) { $0 + (files[$1]?.count ?? 0) }
            #expect(!hits.isEmpty, "\(query)")
            #expect(bytes <= 100_000, "\(query): \(bytes) bytes in \(paths.sorted())")
        }
    }
}
