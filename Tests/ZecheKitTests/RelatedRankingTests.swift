import Testing
@testable import ZecheKit

/// The merge with early stops ranks exactly as comparing every pair of articles does.
struct RelatedRankingTests {
    /// Every other article that shares a tag, most shared first, smaller index first.
    static func bruteForce(_ tags: [[Int]], limit: Int) -> [[Int]] {
        tags.indices.map { article in
            let own = Set(tags[article])
            let ranked = tags.indices.compactMap { other -> (shared: Int, index: Int)? in
                let shared = own.intersection(tags[other]).count
                return other == article || shared == 0 ? nil : (shared, other)
            }.sorted { $0.shared != $1.shared ? $0.shared > $1.shared : $0.index < $1.index }
            return ranked.prefix(limit).map(\.index)
        }
    }

    /// A deterministic generator, so that a failure can be replayed.
    struct Random {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    @Test("Random archives with skewed tags rank as comparing every pair does", arguments: [1, 2, 3, 5, 8])
    func agreesWithComparingEveryPair(limit: Int) {
        var random = Random(state: UInt64(limit))
        for round in 0..<40 {
            let tagCount = 1 + random.next(12)
            let tags = (0..<(1 + random.next(150))).map { _ in
                // Skewed: low tag numbers are much more common, as in a real newsroom.
                (0..<random.next(6)).map { _ in min(random.next(tagCount), random.next(tagCount)) }
            }
            let expected = Self.bruteForce(tags, limit: limit)
            let actual = RelatedArticles.automatic(tags: tags, tagCount: tagCount, limit: limit)
            #expect(actual == expected, "round \(round)")
        }
    }

    @Test("Archives with articles of many tags (the merge, not the subsets) rank as comparing every pair does", arguments: [1, 3])
    func wideArticlesAgreeWithComparingEveryPair(limit: Int) {
        var random = Random(state: UInt64(100 + limit))
        for round in 0..<20 {
            let tagCount = 10 + random.next(8)
            var tags = (0..<(1 + random.next(120))).map { _ in
                (0..<random.next(14)).map { _ in min(random.next(tagCount), random.next(tagCount)) }
            }
            tags.insert(Array(0..<10), at: random.next(tags.count))
            #expect(!RelatedArticles.fitsSubsets(tags.map { Set($0).sorted() }, tagCount: tagCount))
            #expect(RelatedArticles.automatic(tags: tags, tagCount: tagCount, limit: limit) == Self.bruteForce(tags, limit: limit),
                    "round \(round)")
        }
    }

    @Test("Articles that name their related articles get none, and the others rank as before")
    func unwantedArticlesGetNone() {
        var random = Random(state: 42)
        let tags = (0..<200).map { _ in (0..<random.next(5)).map { _ in min(random.next(9), random.next(9)) } }
        let isWanted = tags.indices.map { $0 % 3 != 0 }
        let expected = zip(Self.bruteForce(tags, limit: 3), isWanted).map { $1 ? $0 : [] }
        #expect(RelatedArticles.automatic(tags: tags, tagCount: 9, limit: 3, isWanted: isWanted) == expected)
    }

    @Test("Galloping finds the first position holding at least the value", arguments: [0, 1, 2, 5, 6, 7, 40, 99, 100, 101])
    func firstPosition(value: Int) {
        let list = Array(stride(from: 0, to: 100, by: 3))
        for start in [0, 1, 10, list.count] {
            let expected = list.indices.first { $0 >= start && list[$0] >= value } ?? list.count
            #expect(RelatedArticles.firstPosition(in: list, atLeast: value, from: start) == expected)
        }
    }
}
