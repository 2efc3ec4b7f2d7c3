import TextCore

/// Which articles of different languages are one article: those whose files have the same
/// name but for the language mark (`x.md` and `x.en.md`; a bundle's `index.md` and
/// `index.en.md`; a bundle folder and a file of its name), and those with the same
/// `translation_key`. Reports what does not fit: two files of one language that claim to be
/// the same article, a key that links to nothing, and a translation that would be published
/// while the article it translates is under embargo.
struct TranslationGroups {
    /// A draft with its language's place in the site's languages.
    struct Member {
        let draft: ArticleDraft
        let language: Int
    }

    /// Each group with more than one member, at most one per language, in language order.
    private(set) var groups: [[Member]] = []
    /// The group of each draft that has translations, by path.
    private(set) var groupByPath: [String: Int] = [:]
    private(set) var diagnostics: [Diagnostic] = []

    /// `drafts` are each language's article drafts (published or not); `languageTags` their
    /// tags in the same order. `now` decides what is under embargo and what is published.
    init(drafts: [[ArticleDraft]], languageTags: [String], now: SiteDate) {
        var members: [Member] = []
        for (language, list) in drafts.enumerated() {
            for draft in list { members.append(Member(draft: draft, language: language)) }
        }
        var parent = Array(members.indices)
        func root(_ node: Int) -> Int {
            var node = node
            while parent[node] != node {
                parent[node] = parent[parent[node]]
                node = parent[node]
            }
            return node
        }
        func union(_ first: Int, _ second: Int) {
            let (a, b) = (root(first), root(second))
            if a != b { parent[max(a, b)] = min(a, b) }
        }
        var byFileKey: [String: Int] = [:]
        var byExplicitKey: [String: Int] = [:]
        for (node, member) in members.enumerated() {
            // In a site of one language, files are not translations of each other by name.
            if languageTags.count > 1 {
                let key = member.draft.file.translationKey
                if let other = byFileKey[key] { union(node, other) } else { byFileKey[key] = node }
            }
            if let key = member.draft.translationKey?.name {
                if let other = byExplicitKey[key] { union(node, other) } else { byExplicitKey[key] = node }
            }
        }
        // A component's root is its first member (`union` keeps the smaller root), so taking
        // the members in order meets the components in the order of their roots. Only those
        // of several members are listed: most articles have no translation.
        let roots = members.indices.map(root)
        var sizes = Array(repeating: 0, count: members.count)
        for rootNode in roots { sizes[rootNode] += 1 }
        var components: [Int: [Int]] = [:]
        for node in members.indices where sizes[roots[node]] > 1 { components[roots[node], default: []].append(node) }
        for rootNode in members.indices where roots[rootNode] == rootNode {
            guard sizes[rootNode] > 1 else {
                if let key = members[rootNode].draft.translationKey {
                    diagnostics.append(.warning(
                        "the translation_key '\(key.name)' links this article to no article of another language", at: key.location,
                        fix: languageTags.count > 1
                            ? "write the same translation_key into its translation (a file of another language, such as 'name.en.md'), or remove it"
                            : "the site has one language: declare the others under 'languages' in site.yml, or remove the key"))
                }
                continue
            }
            let nodes = (components[rootNode] ?? []).sorted {
                members[$0].draft.document.path.precedesInUTF8(members[$1].draft.document.path)
            }
            var kept: [Int: Member] = [:]
            for node in nodes {
                let member = members[node]
                if let first = kept[member.language] {
                    diagnostics.append(Self.conflict(member, first, tag: languageTags[member.language]))
                } else {
                    kept[member.language] = member
                }
            }
            let group = kept.keys.sorted().compactMap { kept[$0] }
            guard group.count > 1 else { continue }
            diagnostics += Self.embargoWarnings(group, now: now)
            for member in group { groupByPath[member.draft.document.path] = groups.count }
            groups.append(group)
        }
    }

    /// The members of the group of the article read from `path`, itself included.
    func group(ofFile path: String) -> [Member] {
        groupByPath[path].map { groups[$0] } ?? []
    }

    private static func conflict(_ member: Member, _ first: Member, tag: String) -> Diagnostic {
        let location = member.draft.translationKey?.location ?? member.draft.document.start
        let byKey = member.draft.translationKey != nil && member.draft.translationKey?.name == first.draft.translationKey?.name
        return .error(
            "this file and '\(first.draft.document.path)' both claim to be the '\(tag)' version of one article"
                + (byKey ? " (their translation_key is the same)" : " (their names differ only in extension or language mark)"),
            at: location,
            fix: "an article has one file per language: rename one of them, or give it another translation_key",
            notes: [.init("the other file is", at: first.draft.translationKey?.location ?? first.draft.document.start)])
    }

    /// A translation published before the embargo of another version ends would make the
    /// news public in its language.
    private static func embargoWarnings(_ group: [Member], now: SiteDate) -> [Diagnostic] {
        guard let embargoed = group.first(where: { ($0.draft.newsroom.embargo ?? now) > now }),
              let until = embargoed.draft.newsroom.embargo
        else { return [] }
        return group.compactMap { member in
            guard !member.draft.isDraft else { return nil }
            let moment = max(member.draft.date, member.draft.newsroom.embargo ?? member.draft.date)
            guard moment < until else { return nil }
            return .warning(
                "this article is a translation of '\(embargoed.draft.document.path)', which is under embargo until "
                    + "\(until.dayString) \(until.timeString); this one is published \(moment > now ? "before then" : "now")",
                at: member.draft.newsroom.embargoLocation ?? member.draft.document.start,
                fix: "give it the same 'embargo: \(until.dayString) \(until.timeString)', so that both are published at that moment")
        }
    }
}
