import Foundation

/// The content stage for every language: the drafts of one scan split by language, each
/// language's site assembled from its own articles and its version of authors, contacts,
/// pages and boilerplate (the default language's where it has none), the links between files
/// resolved across languages, and the translations linked.
extension SiteLoader {
    /// What each language is made with.
    struct Languages {
        /// Each language's configuration, the default language first.
        let configs: [SiteConfig]
        let strings: [InterfaceStrings]
        let marks: LanguageMarks

        /// The place in `configs` of a file's language (`nil`: the default language).
        func index(of language: String?) -> Int {
            guard let language else { return 0 }
            return configs.firstIndex { $0.language == language } ?? 0
        }

        func index(ofFile path: String) -> Int { index(of: marks.language(ofFile: path)) }
    }

    /// What assembling every language made, with what the cache keeps of it.
    struct Assembled {
        var site: MultilingualSite
        var diagnostics: [Diagnostic] = []
        var markdown: [String: ContentCache.RenderedBody] = [:]
        var linkTargets: [String: LinkTargets] = [:]
        var related: [String: ContentCache.Related] = [:]
        /// Why each article file of any language is left out, by path.
        var leftOut: [String: String] = [:]
        var rerenderedBodies: [String] = []
        /// Each language's, in the order of the sites.
        var bodyImages: [BodyImages] = []
    }

    func assemble(_ languages: Languages, options: BuildOptions, inventory: ContentInventory, documents: Documents,
                  cache: ContentCache, unchangedDocuments: Set<String>) -> Assembled {
        let count = languages.configs.count
        var diagnostics: [Diagnostic] = []
        var drafts = Array(repeating: [ArticleDraft](), count: count)
        for draft in documents.articles { drafts[languages.index(of: draft.file.language)].append(draft) }
        var failed = Array(repeating: [String](), count: count)
        for path in documents.failedArticles { failed[languages.index(ofFile: path)].append(path) }
        let authors = versions(of: documents.authors, id: \.id, languages: languages, what: "author", into: &diagnostics)
        let contacts = versions(of: documents.contacts, id: \.id, languages: languages, what: "contact", into: &diagnostics)
        let boilerplates = versions(of: documents.boilerplates, id: { _ in "boilerplate" }, languages: languages, what: "boilerplate",
                                    into: &diagnostics)
        var assemblies = (0..<count).map { language in
            SiteAssembly(
                root: root, config: languages.configs[language], strings: languages.strings[language], options: options, inventory: inventory,
                articles: drafts[language], failedArticles: failed[language],
                failedDocuments: documents.failedDocuments.filter { languages.index(ofFile: $0.path) == language },
                authorsOfFailedArticles: documents.authorsOfFailedArticles, authors: authors[language],
                pages: documents.pages.filter { languages.index(ofFile: $0.document.path) == language },
                contacts: contacts[language], boilerplate: boilerplates[language].first, albums: documents.albums, cache: cache,
                unchangedDocuments: unchangedDocuments)
        }
        for index in assemblies.indices { assemblies[index].bodyStores = bodyStores }
        let placements = assemblies.indices.map { assemblies[$0].placeArticles() }
        let now = SiteDate(secondsSince1970: Int64(options.now.timeIntervalSince1970.rounded(.down)),
                           timeZone: languages.configs[0].timeZone)
        let groups = TranslationGroups(drafts: drafts, languageTags: languages.configs.map(\.language), now: now)
        diagnostics += groups.diagnostics
        let leftOut = placements.reduce(into: [String: String]()) { all, placement in
            all.merge(placement.reasons) { first, _ in first }
        }
        var sites: [Site] = []
        for language in assemblies.indices {
            let targets = count == 1 ? assemblies[0].linkTargets(placements[0])
                : linkTargets(of: language, assemblies: &assemblies, placements: placements, groups: groups, languages: languages,
                              documents: documents)
            if count > 1 {
                for (other, placement) in placements.enumerated() where other != language {
                    for article in placement.placed { assemblies[language].otherLanguageSlugs[article.draft.slug] = languages.configs[other].language }
                }
                for article in placements[language].placed { assemblies[language].otherLanguageSlugs[article.draft.slug] = nil }
            }
            sites.append(assemblies[language].assemble(placements[language], targets: targets, leftOut: leftOut))
        }
        let named = assemblies.dropFirst().reduce(into: Set<String>()) { $0.formUnion($1.authorsWithArticles) }
        assemblies[0].warnAboutAuthorsWithoutArticles(sites[0].authors, others: named)

        var assembled = Assembled(site: MultilingualSite(sites: sites, translations: translations(of: sites, groups: groups),
                                                         pageTranslations: pageTranslations(of: sites, languages: languages)))
        for assembly in assemblies {
            diagnostics += assembly.diagnostics
            // One language's bodies are taken as they are: a merge into an empty dictionary
            // would copy an archive's rendered bodies at the load's peak.
            if assembled.markdown.isEmpty {
                assembled.markdown = assembly.markdownCache
            } else {
                assembled.markdown.merge(assembly.markdownCache) { first, _ in first }
            }
            if let targets = assembly.linkTargets { assembled.linkTargets[assembly.config.language] = targets }
            if let related = assembly.relatedCache { assembled.related[assembly.config.language] = related }
            assembled.rerenderedBodies += assembly.rerenderedBodies
            assembled.bodyImages.append(assembly.bodyImages)
        }
        // The default language's authors, contacts and site.yml are checked by every language.
        assembled.diagnostics = count == 1 ? diagnostics : Self.withoutRepeats(diagnostics)
        assembled.leftOut = leftOut
        return assembled
    }

    /// Each language's version of authors, contacts or the boilerplate: its own file
    /// (`anna.en.md`), else the default language's (`anna.md`). A translation of a file that
    /// does not exist is an error.
    private func versions<Draft>(of drafts: [Draft], id: (Draft) -> String, languages: Languages, what: String,
                                 into diagnostics: inout [Diagnostic]) -> [[Draft]] where Draft: HasDocument {
        let originals = drafts.filter { languages.index(ofFile: $0.document.path) == 0 }
        let known = Set(originals.map(id))
        var translated = Array(repeating: [String: Draft](), count: languages.configs.count)
        for draft in drafts {
            let language = languages.index(ofFile: draft.document.path)
            guard language > 0 else { continue }
            guard known.contains(id(draft)) else {
                let original = MarkdownFileName.folder(of: draft.document.path) + id(draft) + ".md"
                diagnostics.append(.error(
                    "'\(draft.document.path)' is the '\(languages.configs[language].language)' version of the \(what) '\(id(draft))', but there is no '\(original)'",
                    at: draft.document.start,
                    fix: "write the \(what) in the default language into \(original) first; a translation only replaces its text"))
                continue
            }
            if translated[language][id(draft)] == nil { translated[language][id(draft)] = draft }
        }
        return translated.map { versions in originals.map { versions[id($0)] ?? $0 } }
    }

    /// The targets of links from pages of `language`: every language's articles at their
    /// addresses, and a link to a default language's file leads to its version in this
    /// language where there is one (a translator copies the original with its links); a link
    /// to a file of another language (`andere.en.md`) leads to that language's page.
    private func linkTargets(of language: Int, assemblies: inout [SiteAssembly], placements: [SiteAssembly.Placement], groups: TranslationGroups,
                             languages: Languages, documents: Documents) -> LinkTargets {
        var targets = LinkTargets()
        // Other languages first: the files of a bundle this language shares lead to its copies.
        for (other, placement) in placements.enumerated() where other != language {
            for article in placement.placed { assemblies[other].addTargets(of: article, to: &targets) }
        }
        for article in placements[language].placed {
            assemblies[language].addTargets(of: article, to: &targets)
            guard language > 0 else { continue }
            for member in groups.group(ofFile: article.draft.document.path) where member.language == 0 {
                targets.add(member.draft.document.path, url: article.url)
            }
        }
        let urls = languages.configs.map(\.urls)
        assemblies[language].addSharedFiles(placements[language], to: &targets)
        func version(_ path: String) -> Int {
            let other = languages.index(ofFile: path)
            return other == 0 ? language : other
        }
        for author in documents.authors { targets.add(author.document.path, url: urls[version(author.document.path)].author(id: author.id).url) }
        let ownPages = Dictionary(assemblies[language].pageDrafts.map { (languages.marks.name(ofFile: $0.document.path), $0) },
                                  uniquingKeysWith: { first, _ in first })
        for page in documents.pages {
            let other = languages.index(ofFile: page.document.path)
            if other == 0, let own = ownPages[languages.marks.name(ofFile: page.document.path)] {
                targets.add(page.document.path, url: urls[language].standalonePage(slug: own.slug).url)
            } else {
                targets.add(page.document.path, url: urls[other].standalonePage(slug: page.slug).url)
            }
        }
        for contact in documents.contacts { targets.add(contact.document.path, url: urls[version(contact.document.path)].contact(id: contact.id)) }
        return targets
    }

    /// For each language's articles, their versions in the other languages' sites.
    private func translations(of sites: [Site], groups: TranslationGroups) -> [[[MultilingualSite.Translation]]] {
        guard sites.count > 1 else { return sites.map { Array(repeating: [], count: $0.articles.count) } }
        var position: [String: MultilingualSite.Translation] = [:]
        for (language, site) in sites.enumerated() {
            for (index, article) in site.articles.enumerated() { position[article.sourcePath] = .init(language: language, index: index) }
        }
        return sites.enumerated().map { language, site in
            site.articles.map { article in
                groups.group(ofFile: article.sourcePath).compactMap { member in
                    member.language == language ? nil : position[member.draft.document.path]
                }
            }
        }
    }

    /// For each language's standalone pages, their versions in the other languages: pages
    /// are linked by file name (`impressum.md`, `impressum.en.md`).
    private func pageTranslations(of sites: [Site], languages: Languages) -> [[[MultilingualSite.Translation]]] {
        guard sites.count > 1 else { return sites.map { Array(repeating: [], count: $0.pages.count) } }
        var byKey: [String: [MultilingualSite.Translation]] = [:]
        for (language, site) in sites.enumerated() {
            for (index, page) in site.pages.enumerated() {
                let key = MarkdownFileName.folder(of: page.sourcePath) + languages.marks.name(ofFile: page.sourcePath)
                if byKey[key]?.contains(where: { $0.language == language }) != true {
                    byKey[key, default: []].append(.init(language: language, index: index))
                }
            }
        }
        return sites.enumerated().map { language, site in
            site.pages.map { page in
                let key = MarkdownFileName.folder(of: page.sourcePath) + languages.marks.name(ofFile: page.sourcePath)
                return (byKey[key] ?? []).filter { $0.language != language }
            }
        }
    }

    /// `diagnostics` with each one once, in their first order.
    static func withoutRepeats(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen: Set<Diagnostic> = []
        return diagnostics.filter { seen.insert($0).inserted }
    }

    /// A language without built-in texts and without a string file.
    static func missingStringsFile(config: SiteConfig, strings: InterfaceStrings) -> Diagnostic {
        let path = "Templates/i18n/\(config.language).yml"
        let keys = InterfaceStrings.knownKeys.subtracting(config.dateFormat == nil ? [] : ["date_format"]).sorted()
        return .warning(
            "the language '\(config.language)' has no interface strings of its own, so its pages show the English ones",
            at: SourceLocation(path: path),
            fix: "create \(path) with a line 'key: text' for each of: \(keys.joined(separator: ", "))")
    }

    /// The strings a language without built-in texts lacks in its string file, each at the
    /// file, with its English text.
    static func missingStrings(_ strings: InterfaceStrings, path: String, config: SiteConfig) -> [Diagnostic] {
        let given = strings.replacedKeys.union(config.dateFormat == nil ? [] : ["date_format"])
        return InterfaceStrings.knownKeys.subtracting(given).sorted().map { key in
            let english = key == "months" ? "January, …" : key == "date_format" ? strings.dateFormat : strings[key]
            return .warning(
                "the interface string '\(key)' has no '\(config.language)' text; the pages show '\(english)'",
                at: SourceLocation(path: path),
                fix: key == "months" ? "add 'months: [..]' with the twelve month names to \(path)" : "add a line '\(key): …' to \(path)")
        }
    }
}

/// A draft read from one content file.
protocol HasDocument {
    var document: ContentDocument { get }
}

extension AuthorDraft: HasDocument {}
extension ContactDraft: HasDocument {}
extension BoilerplateDraft: HasDocument {}
