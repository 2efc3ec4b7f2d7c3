import Testing
@testable import ZecheKit

/// The content cache spreads its articles over parts so that an edit rewrites a small one,
/// without keeping more than 256 files open.
@Suite struct ContentStorePartsTests {
    @Test("At least 16 parts, about 128 articles a part, at most 256 parts")
    func partCounts() {
        #expect(ContentStore.partCount(articles: 0) == 16)
        #expect(ContentStore.partCount(articles: 1_000) == 16)
        #expect(ContentStore.partCount(articles: 2_049) == 32)
        #expect(ContentStore.partCount(articles: 10_000) == 128)
        #expect(ContentStore.partCount(articles: 100_000) == 256)
        #expect(ContentStore.partCount(articles: 1_000_000) == 256)
        // Every article of a part count's range lands in one of its parts.
        for path in ["Content/posts/a.md", "Content/pressemitteilungen/ü.md", ""] {
            #expect((0..<128).contains(ContentStore.part(of: path, count: 128)))
        }
    }
}
