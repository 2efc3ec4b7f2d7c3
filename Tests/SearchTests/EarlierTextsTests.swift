@testable import Search
import Testing

/// A kept state told the texts its changed documents had (`earlierTexts`) finds their earlier
/// postings by analysing them again instead of by a pass over every list, and updates to the
/// same bytes; an earlier text that is not the one the state holds is not used.
@Suite struct EarlierTextsTests {
    /// The texts of `documents`, by id, known by their identities as a build gives them.
    static func texts(of documents: [SearchDocument]) -> [String: SearchText] {
        Dictionary(uniqueKeysWithValues: IndexSnapshotTests.identified(documents).map { ($0.id, $0.body) })
    }

    @Test("Earlier texts give the bytes of a build and spare the pass, removed words included")
    func analysedAgain() throws {
        let original = ArticleGenerator(count: 120).documents()
        var (state, served) = try IndexSnapshotTests.kept(IndexSnapshotTests.identified(original))
        var edited = original
        edited[33].bodyText += " Quokkaschutz Förderturm"
        // Words taken out: their lists lose the document.
        edited[70].bodyText = String(edited[70].bodyText.prefix(60))
        let update = SearchIndex.update(&state, documents: IndexSnapshotTests.identified(edited), language: "de",
                                        earlierTexts: Self.texts(of: [original[33], original[70]]))
        IndexUpdateTests.apply(update, to: &served)
        #expect(served == IndexUpdateTests.built(edited))
        #expect(update.foundEarlierPostings == .byAnalysis && update.analysed == 2)

        // The state the update left takes the next edit the same way.
        var next = edited
        next[33].bodyText = "Glück auf"
        let second = SearchIndex.update(&state, documents: IndexSnapshotTests.identified(next), language: "de",
                                        earlierTexts: Self.texts(of: [edited[33]]))
        IndexUpdateTests.apply(second, to: &served)
        #expect(served == IndexUpdateTests.built(next))
        #expect(second.foundEarlierPostings == .byAnalysis)
    }

    @Test("An earlier text the state does not hold, one missing, or other fields changed leave the update to the pass, with the same bytes")
    func notTheStatesText() throws {
        let original = ArticleGenerator(count: 120).documents()
        var edited = original
        edited[33].bodyText += " Quokkaschutz"
        edited[90].title = "Zeppelin über dem Revier"
        var elsewhere = original[33]
        elsewhere.bodyText = "Ein anderer Text als der, den der Stand kennt"
        for earlier in [Self.texts(of: [elsewhere, original[90]]), Self.texts(of: [original[33]]), [:]] {
            var (state, served) = try IndexSnapshotTests.kept(IndexSnapshotTests.identified(original))
            let update = SearchIndex.update(&state, documents: IndexSnapshotTests.identified(edited), language: "de", earlierTexts: earlier)
            IndexUpdateTests.apply(update, to: &served)
            #expect(served == IndexUpdateTests.built(edited))
            #expect(update.foundEarlierPostings == .byPassOverLists)
        }
        // An earlier document is the new one with its earlier text: with both texts right, the
        // changed title still makes it another document than the state's, so the pass runs.
        var (state, served) = try IndexSnapshotTests.kept(IndexSnapshotTests.identified(original))
        let update = SearchIndex.update(&state, documents: IndexSnapshotTests.identified(edited), language: "de",
                                        earlierTexts: Self.texts(of: [original[33], original[90]]))
        IndexUpdateTests.apply(update, to: &served)
        #expect(served == IndexUpdateTests.built(edited))
        #expect(update.foundEarlierPostings == .byPassOverLists)
    }
}
