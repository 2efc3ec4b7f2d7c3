/// Chooses related articles by shared tags, without comparing every pair of articles.
///
/// An inverted index maps each tag to its articles; for one article, walking the lists of its
/// own tags counts the tags it shares with every other article in a dense counter. Only
/// articles that share a tag are ever touched, and a bounded insertion keeps the best `limit`.
/// Articles are indexed newest first, so "newer first among equals" is "smaller index first".
enum RelatedArticles {
    /// For each article, up to `limit` other articles: most shared tags first, newer first
    /// among equals. `tags[i]` holds article `i`'s tag numbers (`0..<tagCount`). Articles
    /// for which `isWanted` is false (those that name their related articles) get none.
    static func automatic(tags: [[Int]], tagCount: Int, limit: Int, isWanted: [Bool]? = nil) -> [[Int]] {
        guard limit > 0 else { return Array(repeating: [], count: tags.count) }
        var postings = Array(repeating: [Int](), count: tagCount)
        for (article, articleTags) in tags.enumerated() {
            for tag in Set(articleTags) { postings[tag].append(article) }
        }
        let index = postings
        return Parallel.map(tags.count, makeState: { Counter(size: tags.count) }) { article, counter in
            guard isWanted?[article] ?? true else { return [] }
            return best(for: article, tags: Set(tags[article]), postings: index, limit: limit, counter: &counter)
        }
    }

    /// A dense count per article, reset after each use by visiting only what was touched.
    struct Counter {
        var counts: [Int32]
        var touched: [Int] = []
        init(size: Int) { counts = Array(repeating: 0, count: size) }
    }

    private static func best(for article: Int, tags: Set<Int>, postings: [[Int]], limit: Int, counter: inout Counter) -> [Int] {
        // The innermost loop of automatic related articles: over buffers, without the checks
        // of array subscripts (every index is an article number below `counts.count`).
        counter.counts.withUnsafeMutableBufferPointer { counts in
            for tag in tags {
                postings[tag].withUnsafeBufferPointer { list in
                    for other in list where other != article {
                        if counts[other] == 0 { counter.touched.append(other) }
                        counts[other] &+= 1
                    }
                }
            }
        }
        // Keep the best `limit` as (shared, index) sorted by shared descending, index ascending.
        var top: [(shared: Int32, index: Int)] = []
        top.reserveCapacity(limit + 1)
        for other in counter.touched {
            let shared = counter.counts[other]
            counter.counts[other] = 0
            if top.count == limit, let last = top.last, !(shared > last.shared || (shared == last.shared && other < last.index)) {
                continue
            }
            var position = top.count
            while position > 0, shared > top[position - 1].shared || (shared == top[position - 1].shared && other < top[position - 1].index) {
                position -= 1
            }
            top.insert((shared, other), at: position)
            if top.count > limit { top.removeLast() }
        }
        counter.touched.removeAll(keepingCapacity: true)
        return top.map(\.index)
    }
}
