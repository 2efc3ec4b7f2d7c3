import Markdown

/// Sections, categories and contacts of articles: each name checked against `site.yml` and
/// `Content/contacts/`, with "did you mean" for a near one.
extension SiteAssembly {
    /// What an article names besides authors, tags and related articles, resolved.
    struct ArticleReferences {
        var categories: [String] = []
        var contacts: [String] = []
        var dateline: String?
        var showsBoilerplate = false
    }

    /// The declared section of each draft, by path; the default section of `Content/posts/`
    /// has none unless `site.yml` declares `posts`. An unknown `section`, or one that another
    /// section's folder contradicts, is an error.
    mutating func resolveSections(_ drafts: [ArticleDraft]) -> [String: SectionConfig] {
        let declared = Dictionary(config.sections.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var result: [String: SectionConfig] = [:]
        for draft in drafts {
            let folder = draft.file.folder
            var id = folder
            if let named = draft.newsroom.section {
                if declared[named.name] == nil, named.name != SectionConfig.defaultID {
                    let known = [SectionConfig.defaultID] + config.sections.map(\.id).filter { $0 != SectionConfig.defaultID }
                    let near = Suggestion.nearest(to: named.name, in: known)
                    diagnostics.append(.error(
                        "unknown section '\(named.name)'\(near.map { "; did you mean '\($0)'?" } ?? "")", at: named.location,
                        fix: config.sections.isEmpty
                            ? "declare it in site.yml: sections: [{id: \(Slug.make(named.name).isEmpty ? "presse" : Slug.make(named.name)), title: …}]"
                            : "name a section that site.yml declares: \(known.joined(separator: ", "))"))
                } else if folder != SectionConfig.defaultID, named.name != folder {
                    diagnostics.append(.error(
                        "the article is in Content/\(folder)/ but names the section '\(named.name)'", at: named.location,
                        fix: "move the file to Content/\(named.name)/, or remove 'section'"))
                } else {
                    id = named.name
                }
            }
            if let section = declared[id] { result[draft.document.path] = section }
        }
        return result
    }

    /// The ids of `press_contacts`, each checked against the contact files.
    mutating func checkPressContacts(known: Set<String>) -> [String] {
        config.pressContacts.compactMap { reference in
            guard known.contains(reference.id) else {
                diagnostics.append(unknownContact(reference.id, at: reference.location, known: known))
                return nil
            }
            return reference.id
        }
    }

    /// The categories, contacts, dateline and boilerplate of one article.
    mutating func newsroomReferences(of article: Placed, knownContacts: Set<String>, pressContacts: [String]) -> ArticleReferences {
        let draft = article.draft
        var references = ArticleReferences()
        let categoryIDs = config.categories.map(\.id)
        for reference in draft.newsroom.categories {
            // By id (or a spelling whose slug is the id), or by the title as site.yml writes it.
            let id = categoryIDs.contains(Slug.make(reference.name)) ? Slug.make(reference.name)
                : config.categories.first { $0.title.lowercased() == reference.name.lowercased() }?.id ?? ""
            if categoryIDs.contains(id) {
                if !references.categories.contains(id) { references.categories.append(id) }
                continue
            }
            let near = Suggestion.nearest(to: reference.name, in: categoryIDs)
            diagnostics.append(.error(
                "unknown category '\(reference.name)'\(near.map { "; did you mean '\($0)'?" } ?? "")", at: reference.location,
                fix: categoryIDs.isEmpty
                    ? "the site has no categories; declare them in site.yml: categories: [\(reference.name)]"
                    : "name one of the categories of site.yml: \(categoryIDs.joined(separator: ", "))"))
        }
        if let named = draft.newsroom.contacts {
            for reference in named {
                if knownContacts.contains(reference.name) {
                    if !references.contacts.contains(reference.name) { references.contacts.append(reference.name) }
                } else {
                    diagnostics.append(unknownContact(reference.name, at: reference.location, known: knownContacts))
                }
            }
        } else if article.section?.showsPressContacts == true {
            references.contacts = pressContacts
        }
        references.dateline = draft.newsroom.dateline ?? article.section?.dateline
        references.showsBoilerplate = article.section?.showsBoilerplate ?? false
        return references
    }

    private func unknownContact(_ id: String, at location: SourceLocation, known: Set<String>) -> Diagnostic {
        let near = Suggestion.nearest(to: id, in: known)
        let file = Slug.make(id).isEmpty ? "name" : Slug.make(id)
        return .error(
            "unknown contact '\(id)'\(near.map { "; did you mean '\($0)'?" } ?? "")", at: location,
            fix: near.map { "write \($0)" } ?? (known.isEmpty
                ? "create Content/contacts/\(file).md with a 'name' and 'phone' or 'email'"
                : "name a file of Content/contacts/ without '.md': \(known.sorted().joined(separator: ", "))"))
    }

    /// The categories of `site.yml` with their articles, newest first.
    func groupByCategory(_ articles: [Article]) -> [Category] {
        var members: [String: [Int]] = [:]
        for (index, article) in articles.enumerated() {
            for id in article.categoryIDs { members[id, default: []].append(index) }
        }
        return config.categories.map {
            Category(config: $0, url: config.urls.category(id: $0.id).url, articleIndices: members[$0.id] ?? [])
        }
    }

    /// Settings of sections that would show nothing: the boilerplate without its file, press
    /// contacts without `press_contacts`.
    mutating func checkNewsroomSettings(contacts: [Contact], boilerplate: Boilerplate?) {
        for section in config.sections {
            if section.showsBoilerplate, boilerplate == nil {
                diagnostics.append(.warning(
                    "the section '\(section.id)' shows the boilerplate, but there is no Content/boilerplate.md", at: section.location,
                    fix: "write the company's standard text into Content/boilerplate.md, or set boilerplate: false"))
            }
            if section.showsPressContacts, config.pressContacts.isEmpty {
                diagnostics.append(.warning(
                    "the section '\(section.id)' shows the press contacts, but site.yml names none in 'press_contacts'",
                    at: section.location,
                    fix: contacts.isEmpty ? "create Content/contacts/ID.md and name it in press_contacts: [ID]"
                        : "add press_contacts: [\(contacts[0].id)] to site.yml, or set contacts: false"))
            }
        }
    }
}
