import Markdown

/// Groups the tags of all articles by their URL form: `Digitalisierung` and `digitalisierung`
/// become one tag, shown as most articles write it. Warns about spellings that differ from the
/// usual one, and about a tag used once that is close to another.
struct TagIndex {
    struct Entry {
        let slug: String
        let name: String
        /// Article indices, ascending (newest first).
        let articles: [Int]
    }

    /// How many tags an article may have. Every tag gets a page of its own, so a list pasted
    /// by mistake would make a site of 100,000 pages; no newsroom article needs more than a
    /// handful.
    static let maxTagsPerArticle = 100

    private(set) var tags: [Entry] = []
    private(set) var diagnostics: [Diagnostic] = []
    /// For each article, its tags' slugs, in front matter order.
    private(set) var slugsByArticle: [[String]] = []
    /// The slug numbers of all articles' tags, one article after the other from `starts`;
    /// what `tagNumbers` is made of when the related articles are computed (not when they are
    /// taken from the cache).
    private var slugNumbersOfArticles: [Int] = []
    private var starts: [Int] = [0]
    private var tagNumberOfSlug: [Int] = []

    /// For each article, its tag numbers (indices into `tags`), in front matter order.
    var tagNumbers: [[Int]] {
        starts.indices.dropLast().map { article in
            slugNumbersOfArticles[starts[article]..<starts[article + 1]].map { tagNumberOfSlug[$0] }
        }
    }

    /// A tag as front matter writes it: what its slug is, or why it has none.
    private enum Spelling {
        case tag(slug: Int, spelling: Int)
        case withoutLetters
        case tooLong(Int)
    }

    /// What is known of one slug while the articles are read.
    private struct Usage {
        let slug: String
        /// Its spellings (numbers of `spellingNames`), in the order they first appear.
        var spellings: [Int] = []
        var articles: [Int] = []
        /// Where the first article names it.
        var firstReference: ArticleDraft.Reference?
        /// The last article that named it: an article names a tag once.
        var lastArticle = -1
    }

    init(_ drafts: [ArticleDraft]) {
        // Tens of thousands of tag uses, a few dozen names: each name is looked up once per
        // use, and everything else is counted by number.
        var spellingByName: [String: Spelling] = [:]
        var spellingNames: [String] = []
        var spellingCounts: [Int] = []
        var slugNumbers: [String: Int] = [:]
        var usages: [Usage] = []
        var numbers: [Int] = []
        starts.reserveCapacity(drafts.count + 1)
        for (index, draft) in drafts.enumerated() {
            var count = 0
            var firstTagOverLimit: SourceLocation?
            for tag in draft.tags {
                let spelling: Spelling
                if let known = spellingByName[tag.name] {
                    spelling = known
                } else {
                    let slug = Slug.make(tag.name)
                    if slug.isEmpty {
                        spelling = .withoutLetters
                    } else if slug.utf8.count > ArticleReader.maxSlugLength {
                        spelling = .tooLong(slug.utf8.count)
                    } else {
                        let number = slugNumbers[slug] ?? usages.count
                        if number == usages.count {
                            slugNumbers[slug] = number
                            usages.append(Usage(slug: slug))
                        }
                        spelling = .tag(slug: number, spelling: spellingNames.count)
                        spellingNames.append(tag.name)
                        spellingCounts.append(0)
                    }
                    spellingByName[tag.name] = spelling
                }
                switch spelling {
                case .withoutLetters:
                    diagnostics.append(.error("the tag '\(tag.name)' has no letters or digits for its URL", at: tag.location,
                                              fix: "write the tag with letters or digits"))
                case .tooLong(let length):
                    diagnostics.append(.error(
                        "the tag is too long for its URL: \(length) characters, at most \(ArticleReader.maxSlugLength)",
                        at: tag.location, fix: "shorten the tag to a few words"))
                case .tag(let number, let name):
                    guard usages[number].lastArticle != index else { continue }
                    numbers.append(number)
                    count += 1
                    if count == Self.maxTagsPerArticle + 1 { firstTagOverLimit = tag.location }
                    spellingCounts[name] += 1
                    usages[number].lastArticle = index
                    if spellingCounts[name] == 1 { usages[number].spellings.append(name) }
                    usages[number].articles.append(index)
                    if usages[number].firstReference == nil { usages[number].firstReference = tag }
                }
            }
            if let firstTagOverLimit {
                diagnostics.append(.error(
                    "the article has \(count) tags; an article may have at most \(Self.maxTagsPerArticle)", at: firstTagOverLimit,
                    fix: "keep the tags readers would look for; each tag gets a page of its own"))
            }
            starts.append(numbers.count)
        }
        // The usual spelling: the most frequent; of equally frequent ones, the first in string order.
        var names: [String] = []
        names.reserveCapacity(usages.count)
        for (number, usage) in usages.enumerated() {
            let best = usage.spellings.dropFirst().reduce(usage.spellings[0]) { best, spelling in
                let (count, bestCount) = (spellingCounts[spelling], spellingCounts[best])
                return count > bestCount || (count == bestCount && spellingNames[spelling] < spellingNames[best]) ? spelling : best
            }
            let name = spellingNames[best]
            names.append(name)
            guard usage.spellings.count > 1 else { continue }
            let count = spellingCounts[best]
            // Where each article names the tag: its first spelling of it (a second is left out).
            let references = usage.articles.compactMap { article in
                drafts[article].tags.first { tag in
                    if case .tag(number, _) = spellingByName[tag.name] { true } else { false }
                }
            }
            for reference in references where reference.name != name {
                diagnostics.append(.warning(
                    "the tag '\(reference.name)' is written '\(name)' in \(count) other article\(count == 1 ? "" : "s")",
                    at: reference.location, fix: "write '\(name)' so the tag looks the same everywhere"))
            }
        }
        // Sort keys made once per tag, not twice per comparison. Written in steps with their
        // types: as one chain of closures over tuples it took the type checker 7 s.
        let keyed: [(key: String, slug: String, number: Int)] = usages.indices.map { (names[$0].lowercased(), usages[$0].slug, $0) }
        let sorted = keyed.sorted { first, second in first.key != second.key ? first.key < second.key : first.slug < second.slug }
        tags = sorted.map { Entry(slug: $0.slug, name: names[$0.number], articles: usages[$0.number].articles) }
        tagNumberOfSlug = Array(repeating: 0, count: usages.count)
        for (tagNumber, entry) in sorted.enumerated() { tagNumberOfSlug[entry.number] = tagNumber }
        slugNumbersOfArticles = numbers
        slugsByArticle = starts.indices.dropLast().map { article in numbers[starts[article]..<starts[article + 1]].map { usages[$0].slug } }
        let common = tags.filter { $0.articles.count > 1 }.map(\.slug)
        for tag in tags where tag.articles.count == 1 {
            guard let near = Suggestion.nearest(to: tag.slug, in: common), let number = slugNumbers[near],
                  let usage = slugNumbers[tag.slug].flatMap({ usages[$0].firstReference }) else { continue }
            diagnostics.append(.warning(
                "the tag '\(tag.name)' is used only here, while '\(names[number])' is used \(usages[number].articles.count) times",
                at: usage.location, fix: "write '\(names[number])' if you mean the same topic"))
        }
    }

    func slugs(ofArticle index: Int) -> [String] { slugsByArticle[index] }
}
