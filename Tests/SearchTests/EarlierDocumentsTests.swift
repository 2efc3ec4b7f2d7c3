@testable import Search
import Testing

/// A kept state told how its changed documents were (`earlierDocuments`) finds their earlier
/// postings by analysing them again instead of by a pass over every list, and updates to the
/// same bytes; an earlier document that is not the one the state holds is not used.
@Suite struct EarlierDocumentsTests {
    /// `documents` by id, their texts known by their identities as a build gives them.
    static func byID(_ documents: [SearchDocument]) -> [String: SearchDocument] {
        Dictionary(uniqueKeysWithValues: IndexSnapshotTests.identified(documents).map { ($0.id, $0) })
    }

    @Test("Earlier documents give the bytes of a build and spare the pass: words removed, a title changed")
    func analysedAgain() throws {
        let original = ArticleGenerator(count: 120).documents()
        var (state, served) = try IndexSnapshotTests.kept(IndexSnapshotTests.identified(original))
        var edited = original
        edited[33].bodyText += " Quokkaschutz Förderturm"
        // Words taken out: their lists lose the document.
        edited[70].bodyText = String(edited[70].bodyText.prefix(60))
        edited[90].title = "Zeppelin über dem Revier"
        let update = SearchIndex.update(&state, documents: IndexSnapshotTests.identified(edited), language: "de",
                                        earlierDocuments: Self.byID([original[33], original[70], original[90]]))
        IndexUpdateTests.apply(update, to: &served)
        #expect(served == IndexUpdateTests.built(edited))
        #expect(update.foundEarlierPostings == .byAnalysis && update.analysed == 3)

        // The state the update left takes the next edit the same way.
        var next = edited
        next[33].bodyText = "Glück auf"
        let second = SearchIndex.update(&state, documents: IndexSnapshotTests.identified(next), language: "de",
                                        earlierDocuments: Self.byID([edited[33]]))
        IndexUpdateTests.apply(second, to: &served)
        #expect(served == IndexUpdateTests.built(next))
        #expect(second.foundEarlierPostings == .byAnalysis)
    }

    @Test("An earlier document the state does not hold, or one missing, leaves the update to the pass, with the same bytes")
    func notTheStatesDocument() throws {
        let original = ArticleGenerator(count: 120).documents()
        var edited = original
        edited[33].bodyText += " Quokkaschutz"
        edited[90].title = "Zeppelin über dem Revier"
        var otherText = original[33]
        otherText.bodyText = "Ein anderer Text als der, den der Stand kennt"
        var otherTags = original[90]
        otherTags.tags.append("Bergbau")
        var otherID = original[33]
        otherID.id = "anderer-artikel"
        let wrong: [[String: SearchDocument]] = [
            Self.byID([otherText, original[90]]), Self.byID([original[33], otherTags]), Self.byID([original[33]]),
            [original[33].id: IndexSnapshotTests.identified([otherID])[0], original[90].id: IndexSnapshotTests.identified([original[90]])[0]],
            [:],
        ]
        for earlier in wrong {
            var (state, served) = try IndexSnapshotTests.kept(IndexSnapshotTests.identified(original))
            let update = SearchIndex.update(&state, documents: IndexSnapshotTests.identified(edited), language: "de", earlierDocuments: earlier)
            IndexUpdateTests.apply(update, to: &served)
            #expect(served == IndexUpdateTests.built(edited))
            #expect(update.foundEarlierPostings == .byPassOverLists)
        }
    }
}
