/// Chooses related articles by shared tags, without comparing every pair of articles.
///
/// An inverted index maps each tag to its articles, in index order. Articles are indexed
/// newest first, so the ranking (most shared tags first, newer first among equals) is "most
/// shared first, then smallest index". For one article, its tags' lists are merged in index
/// order, so each candidate arrives with its exact count of shared tags, and the first
/// `limit` fill the list. From then on a later candidate must share more tags than the
/// weakest one kept, `need` of the article's `t` tags; such a candidate is in at least one of
/// any `t - need + 1` of the lists, so only the shortest ones are walked, and the others are
/// searched. A tag on a third of 10,000 articles no longer makes each of them visit 3,000
/// others: the work follows the rarer tags. Where no article has more than a few tags, the
/// first carriers of each subset of tags rank them in linear time (`bySubsets`).
enum RelatedArticles {
    /// For each article, up to `limit` other articles: most shared tags first, newer first
    /// among equals. `tags[i]` holds article `i`'s tag numbers (`0..<tagCount`). Articles
    /// for which `isWanted` is false (those that name their related articles) get none.
    static func automatic(tags: [[Int]], tagCount: Int, limit: Int, isWanted: [Bool]? = nil) -> [[Int]] {
        guard limit > 0 else { return Array(repeating: [], count: tags.count) }
        let sets = tags.map { Set($0).sorted() }
        if fitsSubsets(sets, tagCount: tagCount) { return bySubsets(sets, limit: limit, isWanted: isWanted) }
        var postings = Array(repeating: [Int](), count: tagCount)
        for (article, articleTags) in tags.enumerated() {
            for tag in Set(articleTags) { postings[tag].append(article) }
        }
        let index = postings
        return Parallel.map(tags.count) { article in
            guard isWanted?[article] ?? true else { return [] }
            return best(for: article, lists: Set(tags[article]).sorted().map { index[$0] }, limit: limit)
        }
    }

    /// The best `limit` articles other than `article` from its tags' `lists` (each ascending).
    static func best(for article: Int, lists: [[Int]], limit: Int) -> [Int] {
        var top: [(shared: Int, index: Int)] = []
        top.reserveCapacity(limit + 1)
        var position = Array(repeating: 0, count: lists.count)

        /// Keeps `candidate` if it ranks among the best; it comes after every article kept.
        func offer(_ candidate: Int, shared: Int) {
            guard candidate != article, top.count < limit || shared > top[top.count - 1].shared else { return }
            let place = top.firstIndex { $0.shared < shared } ?? top.count
            top.insert((shared, candidate), at: place)
            if top.count > limit { top.removeLast() }
        }
        /// The next article in the `walked` lists at their positions, with how many of them
        /// hold it (they all move past it); `nil` when they are used up.
        func next(in walked: [Int]) -> (index: Int, count: Int)? {
            var smallest = Int.max
            for list in walked where position[list] < lists[list].count {
                smallest = min(smallest, lists[list][position[list]])
            }
            guard smallest != Int.max else { return nil }
            var count = 0
            for list in walked where position[list] < lists[list].count && lists[list][position[list]] == smallest {
                count += 1
                position[list] += 1
            }
            return (smallest, count)
        }

        // Fill: every candidate counts, in index order.
        let all = Array(lists.indices)
        while top.count < limit, let (candidate, shared) = next(in: all) {
            offer(candidate, shared: shared)
        }
        // Improve: only candidates that share more than the weakest kept one can still enter.
        while top.count == limit {
            let need = top[limit - 1].shared + 1
            guard need <= lists.count else { break }
            let byRemaining = lists.indices.sorted { lists[$0].count - position[$0] < lists[$1].count - position[$1] }
            let walked = Array(byRemaining.prefix(lists.count - need + 1))
            let searched = byRemaining.dropFirst(lists.count - need + 1)
            var improved = false
            while !improved, let (candidate, walkedCount) = next(in: walked) {
                var shared = walkedCount
                for list in searched {
                    position[list] = firstPosition(in: lists[list], atLeast: candidate, from: position[list])
                    if position[list] < lists[list].count, lists[list][position[list]] == candidate {
                        shared += 1
                        position[list] += 1
                    }
                }
                if shared >= need, candidate != article {
                    offer(candidate, shared: shared)
                    improved = true
                }
            }
            if !improved { break }
        }
        return top.map(\.index)
    }

    /// The first position at or after `start` whose value is at least `value`: galloping,
    /// then a binary search, so that skipping far ahead in a long list costs a few steps.
    static func firstPosition(in list: [Int], atLeast value: Int, from start: Int) -> Int {
        var low = start
        var step = 1
        var high = start
        while high < list.count, list[high] < value {
            low = high + 1
            high += step
            step *= 2
        }
        high = min(high, list.count)
        while low < high {
            let middle = (low + high) / 2
            if list[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
