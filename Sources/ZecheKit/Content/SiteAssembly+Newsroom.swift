import Markdown

/// Sections, categories and contacts of articles: each name checked against `site.yml` and
/// `Content/contacts/`, with "did you mean" for a near one.
extension SiteAssembly {
    /// A category name as an article writes it, resolved (`nil`: no category of `site.yml`).
    struct CategoryName {
        let id: String?
    }

    /// What an article names besides authors, tags and related articles, resolved.
    struct ArticleReferences {
        var categories: [String] = []
        var contacts: [String] = []
        var dateline: String?
        var showsBoilerplate = false
    }

    /// The declared section of each draft, in their order; the default section of
    /// `Content/posts/` has none unless `site.yml` declares `posts`. An unknown `section`, or
    /// one that another section's folder contradicts, is an error.
    mutating func resolveSections(_ drafts: [ArticleDraft]) -> [SectionConfig?] {
        let declared = Dictionary(config.sections.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var result: [SectionConfig?] = []
        result.reserveCapacity(drafts.count)
        for draft in drafts {
            let folder = Self.folder(of: draft.file)
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
            result.append(declared[id])
        }
        return result
    }

    /// `file.folder`, read from the path's bytes where they are ASCII (every path of a large
    /// site): `folder` splits the whole path into an array by characters, for every article
    /// of every build.
    static func folder(of file: ContentInventory.ArticleFile) -> String {
        let bytes = file.path.utf8
        let slash = UInt8(ascii: "/")
        // The second non-empty segment: the folder under `Content/`.
        var segment = 0
        var start: String.Index?
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            guard byte < 0x80 else { return file.folder }
            if byte == slash {
                if let begun = start {
                    if segment == 1 {
                        // A slash followed by a combining mark is no separator of characters.
                        let next = bytes.index(after: index)
                        guard next == bytes.endIndex || bytes[next] < 0x80 else { return file.folder }
                        return String(file.path[begun..<index])
                    }
                    segment += 1
                    start = nil
                }
            } else if start == nil {
                start = index
            }
            index = bytes.index(after: index)
        }
        if segment == 1, let begun = start { return String(file.path[begun...]) }
        return file.folder
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
        for reference in draft.newsroom.categories {
            if let id = categoryID(named: reference.name) {
                if !references.categories.contains(id) { references.categories.append(id) }
                continue
            }
            let categoryIDs = config.categories.map(\.id)
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

    /// The id of the category of `site.yml` that `name` names, `nil` for none: by id (or a
    /// spelling whose slug is the id), or by the title as site.yml writes it. Each name is
    /// looked up once: 10,000 articles name a handful of categories.
    private mutating func categoryID(named name: String) -> String? {
        if let known = categoryIDByName[name] { return known.id }
        let categoryIDs = config.categories.map(\.id)
        let slug = Slug.make(name)
        let id = categoryIDs.contains(slug) ? slug
            : config.categories.first { $0.title.lowercased() == name.lowercased() }?.id ?? ""
        let found = categoryIDs.contains(id) ? id : nil
        categoryIDByName[name] = CategoryName(id: found)
        return found
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
