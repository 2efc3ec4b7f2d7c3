extension SiteAssembly {
    /// The articles of each slug, for `related` entries that name articles by slug.
    ///
    /// One dictionary entry per slug and a chain through the articles that share it: a list
    /// per slug made 10,000 arrays in every build for the few slugs two articles share.
    struct SlugIndex {
        /// The first article of each slug.
        private var first: [String: Int] = [:]
        /// For each article, the next one with its slug, or -1.
        private var next: [Int]

        init(_ slugs: [String]) {
            next = Array(repeating: -1, count: slugs.count)
            first.reserveCapacity(slugs.count)
            // From the last article back, each one goes before the chain of the later ones.
            for index in slugs.indices.reversed() {
                if let later = first.updateValue(index, forKey: slugs[index]) { next[index] = later }
            }
        }

        /// The articles with `slug`, ascending.
        func articles(withSlug slug: String) -> [Int] {
            var result: [Int] = []
            var index = first[slug] ?? -1
            while index >= 0 {
                result.append(index)
                index = next[index]
            }
            return result
        }

        /// Every slug once.
        var slugs: Dictionary<String, Int>.Keys { first.keys }
    }
}
