extension RelatedArticles {
    /// Up to this many tags per article (and fewer than 65,535 tags in the site), the ranking
    /// goes through the subsets of tags.
    static let maximumSubsetTags = 8

    /// Whether `bySubsets` can rank these articles' tags.
    static func fitsSubsets(_ sets: [[Int]], tagCount: Int) -> Bool {
        tagCount < 0xFFFF && sets.allSatisfy { $0.count <= maximumSubsetTags }
    }

    /// The same ranking as the merge of `best`, in time linear in the archive. `sets` are the
    /// articles' tag numbers, each ascending without repeats.
    ///
    /// For every set of tags `U` that some article has among its own, the first `limit + 1`
    /// articles (by index) that carry all of `U` are kept. An article `b` among the best for
    /// `a` shares the tags `U = tags(a) ∩ tags(b)`; were `b` not among the first `limit + 1`
    /// carrying `U`, those before it would each share at least as many tags and be newer, so
    /// `limit` of them besides `a` would rank above `b`. So the best are among the articles
    /// kept for the subsets of `a`'s tags: at most `(2^t - 1)(limit + 1)` candidates, ranked by
    /// their exact count. The merge instead walks the whole list of `a`'s rarest tag when no
    /// article shares more; where articles carry a few common tags, that grows with the
    /// square of the archive (a tenth of the build's time at 100,000 articles).
    static func bySubsets(_ sets: [[Int]], limit: Int, isWanted: [Bool]?) -> [[Int]] {
        let kept = limit + 1
        // The first carriers of each subset, `kept` slots per subset in one flat array.
        var slotOfSubset: [SubsetKey: Int] = [:]
        var carriers: [Int32] = []
        var counts: [Int] = []
        for (article, set) in sets.enumerated() {
            forEachSubset(of: set) { key in
                let slot = slotOfSubset[key] ?? {
                    slotOfSubset[key] = counts.count
                    counts.append(0)
                    carriers += repeatElement(-1, count: kept)
                    return counts.count - 1
                }()
                if counts[slot] < kept {
                    carriers[slot * kept + counts[slot]] = Int32(article)
                    counts[slot] += 1
                }
            }
        }
        let (slots, firsts, filled) = (slotOfSubset, carriers, counts)
        return Parallel.map(sets.count) { article in
            guard isWanted?[article] ?? true else { return [] }
            let own = sets[article]
            var candidates: [Int] = []
            forEachSubset(of: own) { key in
                guard let slot = slots[key] else { return }
                for offset in 0..<filled[slot] { candidates.append(Int(firsts[slot * kept + offset])) }
            }
            candidates.sort()
            var ranked: [(shared: Int, index: Int)] = []
            var previous = -1
            for candidate in candidates where candidate != previous {
                previous = candidate
                if candidate != article { ranked.append((sharedCount(own, sets[candidate]), candidate)) }
            }
            ranked.sort { $0.shared != $1.shared ? $0.shared > $1.shared : $0.index < $1.index }
            return ranked.prefix(limit).map(\.index)
        }
    }

    /// Up to eight tag numbers below 65,535, sixteen bits each.
    struct SubsetKey: Hashable {
        var low: UInt64 = 0
        var high: UInt64 = 0
    }

    /// Calls `body` with the key of every non-empty subset of `set`.
    private static func forEachSubset(of set: [Int], _ body: (SubsetKey) -> Void) {
        guard !set.isEmpty else { return }
        for mask in 1..<(1 << set.count) {
            var key = SubsetKey()
            var taken = 0
            for bit in set.indices where mask & (1 << bit) != 0 {
                let part = UInt64(set[bit] + 1)
                if taken < 4 { key.low = key.low << 16 | part } else { key.high = key.high << 16 | part }
                taken += 1
            }
            body(key)
        }
    }

    /// How many numbers two ascending lists share.
    private static func sharedCount(_ left: [Int], _ right: [Int]) -> Int {
        var (i, j, shared) = (0, 0, 0)
        while i < left.count, j < right.count {
            if left[i] == right[j] {
                shared += 1
                i += 1
                j += 1
            } else if left[i] < right[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return shared
    }
}
