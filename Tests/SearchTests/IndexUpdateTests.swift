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

    @Test func anAddedOrRemovedDocumentMakesTheIndexAgain() {
        var documents = ArticleGenerator(count: 60).documents()
        var state = SearchIndexState()
        var served: [String: [UInt8]] = [:]
        Self.apply(SearchIndex.update(&state, documents: documents, language: "de"), to: &served)
        documents.removeLast(5)
        Self.apply(SearchIndex.update(&state, documents: documents, language: "de"), to: &served)
        #expect(served == Self.built(documents))
        documents.append(SearchDocument(id: "neu", url: "/neu/", title: "Neuer Artikel", bodyText: "Ganz neu", date: "2025-01-01"))
        Self.apply(SearchIndex.update(&state, documents: documents, language: "de"), to: &served)
        #expect(served == Self.built(documents))
    }
}
