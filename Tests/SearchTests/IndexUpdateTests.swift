@testable import Search
import Testing

/// `SearchIndex.update`, as the preview calls it after each edit: always the bytes `build`
/// makes of the same documents, and only the files that changed.
@Suite struct IndexUpdateTests {
    /// The files of `build`, by path.
    static func built(_ documents: [SearchDocument]) -> [String: [UInt8]] {
        Dictionary(uniqueKeysWithValues: SearchIndex.build(documents: documents, language: "de").map { ($0.path, $0.bytes) })
    }

    /// Applies `update` to `served` as the preview does: new bytes in, paths no longer in the
    /// index out.
    static func apply(_ update: SearchIndex.Update, to served: inout [String: [UInt8]]) {
        for file in update.files { served[file.path] = file.bytes }
        let paths = Set(update.paths)
        served = served.filter { paths.contains($0.key) }
    }

    @Test func editsOfSomeDocumentsGiveTheBytesOfABuildAndWriteOnlyWhatChanged() {
        var documents = ArticleGenerator(count: 200).documents()
        var state = SearchIndexState()
        var served: [String: [UInt8]] = [:]
        let first = SearchIndex.update(&state, documents: documents, language: "de")
        Self.apply(first, to: &served)
        #expect(served == Self.built(documents))
        #expect(first.files.count == served.count)

        // Nothing changed: nothing to write.
        #expect(SearchIndex.update(&state, documents: documents, language: "de").files.isEmpty)

        // One article gains a word no other has, and a compound whose tail is a word elsewhere.
        documents[17].bodyText += " Quokkaschutz Förderturm Zeppelinhafen"
        let edit = SearchIndex.update(&state, documents: documents, language: "de")
        Self.apply(edit, to: &served)
        #expect(served == Self.built(documents))
        #expect(!edit.files.isEmpty && edit.files.count < 12, "\(edit.files.map(\.path))")

        // A title and a tag change, and a word leaves the archive again.
        documents[17].bodyText = ArticleGenerator(count: 200).document(17).bodyText
        documents[42].title = "Zeppelin über dem Revier"
        documents[99].tags.append("Wasserstoff")
        Self.apply(SearchIndex.update(&state, documents: documents, language: "de"), to: &served)
        #expect(served == Self.built(documents))
    }

    @Test func addedRemovedAndMovedDocumentsAreTheOnlyOnesAnalysed() {
        var documents = ArticleGenerator(count: 60).documents()
        var state = SearchIndexState()
        var served: [String: [UInt8]] = [:]
        Self.apply(SearchIndex.update(&state, documents: documents, language: "de"), to: &served)
        documents.removeLast(5)
        let removal = SearchIndex.update(&state, documents: documents, language: "de")
        Self.apply(removal, to: &served)
        #expect(served == Self.built(documents))
        #expect(removal.analysed == 0)
        documents.append(SearchDocument(id: "neu", url: "/neu/", title: "Neuer Artikel", bodyText: "Ganz neu Quokkaschutz", date: "2025-01-01"))
        let addition = SearchIndex.update(&state, documents: documents, language: "de")
        Self.apply(addition, to: &served)
        #expect(served == Self.built(documents))
        #expect(addition.analysed == 1)
        // A document whose date moves it to another place, and one whose text changes.
        documents[10].date = "2019-05-05"
        documents[20].bodyText += " Förderturm"
        let moved = SearchIndex.update(&state, documents: documents, language: "de")
        Self.apply(moved, to: &served)
        #expect(served == Self.built(documents))
        #expect(moved.analysed == 2)
        // An article added and another removed at once, in an index of an editors' preview.
        documents.remove(at: 30)
        documents.insert(SearchDocument(id: "zwei", url: "/zwei/", title: "Zweiter", bodyText: "Innovationsschmiede", date: "2024-02-02",
                                        label: "Entwurf"), at: 3)
        let both = SearchIndex.update(&state, documents: documents, language: "de")
        Self.apply(both, to: &served)
        #expect(served == Self.built(documents))
        #expect(both.analysed == 1)
    }
}
