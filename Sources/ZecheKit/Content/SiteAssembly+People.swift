import Markdown

extension SiteAssembly {
    /// Authors with their biographies rendered and avatars resolved, sorted by name.
    mutating func resolveAuthors(targets: LinkTargets) -> [Author] {
        let parser = MarkdownParser(options: config.markdownOptions(strings: strings))
        var authors: [Author] = []
        var firstByID: [String: String] = [:]
        for draft in authorDrafts {
            if let first = firstByID[draft.id] {
                diagnostics.append(.error(
                    "the author id '\(draft.id)' is already used by '\(first)'", at: draft.document.start,
                    fix: "rename one of the files; articles name authors by the file name"))
                continue
            }
            firstByID[draft.id] = draft.document.path
            let body = renderBody(draft.document, parser: parser, targets: targets,
                                  place: BodyPlace(urls: config.urls, pageURL: config.urls.author(id: draft.id).url))
            let avatar = draft.avatar.flatMap { resolveImage($0, from: draft.document.path, targets: targets, what: "avatar") }
            authors.append(Author(
                id: draft.id, name: draft.name, role: draft.role, avatar: avatar, bioHTML: body.document.html,
                bioText: body.document.summary, hashtags: draft.hashtags, website: draft.website, email: draft.email,
                url: config.urls.author(id: draft.id).url, sourcePath: draft.document.path, params: draft.params))
        }
        return authors.sorted { $0.name != $1.name ? $0.name < $1.name : $0.id < $1.id }
    }

    /// Standalone pages with their bodies rendered.
    mutating func resolvePages(targets: LinkTargets) -> [Page] {
        let parser = MarkdownParser(options: config.markdownOptions(strings: strings))
        var pages: [Page] = []
        var firstBySlug: [String: String] = [:]
        for draft in pageDrafts where !draft.slug.isEmpty {
            if let first = firstBySlug[draft.slug] {
                diagnostics.append(.error(
                    "the page URL '\(config.urls.standalonePage(slug: draft.slug).url)' is already the URL of '\(first)'", at: draft.document.start,
                    fix: "give one of the pages another slug with 'slug: …'"))
                continue
            }
            firstBySlug[draft.slug] = draft.document.path
            let address = config.urls.standalonePage(slug: draft.slug)
            let body = renderBody(draft.document, parser: parser, targets: targets, place: BodyPlace(urls: config.urls, pageURL: address.url))
            pages.append(Page(
                sourcePath: draft.document.path, slug: draft.slug, title: draft.title,
                description: draft.description.isEmpty ? body.document.summary : draft.description,
                url: address.url, outputPath: address.outputPath, contentHTML: body.document.html,
                headings: body.document.headings.map { HeadingInfo(level: $0.level, text: $0.text, id: $0.id) },
                params: draft.params))
        }
        return pages
    }
}

extension SiteAssembly {
    /// Press contacts with their texts rendered and photos resolved, sorted by name.
    mutating func resolveContacts(targets: LinkTargets) -> [Contact] {
        let parser = MarkdownParser(options: config.markdownOptions(strings: strings))
        var contacts: [Contact] = []
        for draft in contactDrafts {
            let body = renderBody(draft.document, parser: parser, targets: targets, place: BodyPlace(urls: config.urls, pageURL: config.urls.contacts.url))
            let photo = draft.photo.flatMap { resolveImage($0, from: draft.document.path, targets: targets, what: "photo") }
            contacts.append(Contact(
                id: draft.id, name: draft.name, role: draft.role, phone: draft.phone?.text, phoneE164: draft.phone?.e164,
                email: draft.email, photo: photo, languages: draft.languages, bioHTML: body.document.html,
                bioText: body.document.summary, vCardURL: config.urls.vCard(id: draft.id).url, url: config.urls.contact(id: draft.id),
                sourcePath: draft.document.path, params: draft.params))
        }
        return contacts.sorted { $0.name != $1.name ? $0.name < $1.name : $0.id < $1.id }
    }

    /// The boilerplate, rendered, with its title (or "Über <publisher>").
    mutating func resolveBoilerplate(targets: LinkTargets) -> Boilerplate? {
        guard let draft = boilerplateDraft else { return nil }
        let parser = MarkdownParser(options: config.markdownOptions(strings: strings))
        // Shown under many pages: a link relative to one of them would be wrong on the others.
        let body = renderBody(draft.document, parser: parser, targets: targets, place: BodyPlace(urls: config.urls, pageURL: nil))
        return Boilerplate(
            title: draft.title ?? strings.format("about_publisher", ["publisher": config.publisherName]),
            html: body.document.html, text: body.document.summary, sourcePath: draft.document.path)
    }
}
