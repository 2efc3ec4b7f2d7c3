import Mustache

/// The template values of the newsroom's parts, built once per run: each section, category
/// and contact, and the boilerplate.
struct NewsroomValues: Sendable {
    /// Full values (with counts and feeds) by id, for section pages and the home page.
    let sections: [String: TemplateValue]
    /// `id`, `title`, `url`, `feed_url`, `json_feed_url` of each section, for `site.sections`.
    let sectionLinks: [TemplateValue]
    /// Full values in the order of `site.yml`, for the overview, and by id.
    let categories: [TemplateValue]
    let categoryByID: [String: TemplateValue]
    /// `id`, `title`, `url`, for `site.categories` and list entries.
    let categoryLinks: [TemplateValue]
    let contacts: [String: TemplateValue]
    /// `title`, `content` (HTML), `text`, or `null`.
    let boilerplate: TemplateValue
    private let sectionOrder: [(id: String, featured: Int)]

    init(site: Site) {
        let urls = site.config.urls
        let strings = site.strings
        var sections: [String: TemplateValue] = [:]
        var links: [TemplateValue] = []
        for section in site.newsroom.sections {
            let first = urls.section(path: section.config.path)
            let link: TemplateObject = [
                "id": .string(section.id), "title": .string(section.title), "url": .string(first.url),
                "feed_url": section.config.hasFeed ? .string(urls.feed(.atom, ofList: first).url) : .null,
                "json_feed_url": section.config.hasFeed ? .string(urls.feed(.json, ofList: first).url) : .null,
            ]
            links.append(.object(link))
            var full = link
            full["description"] = .string(section.config.description)
            full["article_count"] = .int(section.articleIndices.count)
            full["article_count_text"] = .string(ContextBuilder.articleCount(section.articleIndices.count, strings: strings))
            sections[section.id] = .object(full)
        }
        self.sections = sections
        sectionLinks = links
        sectionOrder = site.newsroom.sections.map { ($0.id, min($0.config.featuredCount, $0.articleIndices.count)) }
        var categories: [TemplateValue] = []
        var byID: [String: TemplateValue] = [:]
        var categoryLinks: [TemplateValue] = []
        for category in site.newsroom.categories {
            let first = urls.category(id: category.id)
            categoryLinks.append(["id": .string(category.id), "title": .string(category.title), "url": .string(first.url)])
            let value: TemplateValue = [
                "id": .string(category.id), "title": .string(category.title), "url": .string(first.url),
                "description": .string(category.config.description),
                "feed_url": .string(urls.feed(.atom, ofList: first).url), "json_feed_url": .string(urls.feed(.json, ofList: first).url),
                "article_count": .int(category.articleIndices.count),
                "article_count_text": .string(ContextBuilder.articleCount(category.articleIndices.count, strings: strings)),
            ]
            categories.append(value)
            byID[category.id] = value
        }
        self.categories = categories
        categoryByID = byID
        self.categoryLinks = categoryLinks
        var contacts: [String: TemplateValue] = [:]
        for contact in site.newsroom.contacts { contacts[contact.id] = Self.contactValue(contact, strings: strings) }
        self.contacts = contacts
        boilerplate = site.newsroom.boilerplate.map { boilerplate in
            ["title": .string(boilerplate.title), "content": .string(boilerplate.html), "text": .string(boilerplate.text)]
        } ?? .null
    }

    /// `sections` of the home page: every section, each with the newest articles it features
    /// (`featured` from the plan, in section order; empty on later pages).
    func homeSections(featured: [Int], summaries: [TemplateValue]) -> [TemplateValue] {
        var rest = featured[...]
        return sectionOrder.compactMap { id, count in
            guard case .object(var value) = sections[id] else { return nil }
            let articles = rest.prefix(count)
            rest = rest.dropFirst(count)
            value["articles"] = .array(articles.map { summaries[$0] })
            value["has_articles"] = .bool(!articles.isEmpty)
            return .object(value)
        }
    }

    /// A contact as templates see it; also in each article's `contacts`.
    static func contactValue(_ contact: Contact, strings: InterfaceStrings) -> TemplateValue {
        [
            "id": .string(contact.id),
            "name": .string(contact.name),
            "role": TemplateValue(contact.role),
            "phone": TemplateValue(contact.phone),
            "phone_url": TemplateValue(contact.phoneE164.map { "tel:" + $0 }),
            "email": TemplateValue(contact.email),
            "email_url": TemplateValue(contact.email.map { "mailto:" + Escaping.url($0) }),
            "photo": TemplateValue(contact.photo?.url),
            "photo_width": contact.photo?.width.map(TemplateValue.int) ?? .null,
            "photo_height": contact.photo?.height.map(TemplateValue.int) ?? .null,
            "languages": .array(contact.languages.map { .string($0) }),
            "languages_text": .string(contact.languages.joined(separator: ", ")),
            "has_languages": .bool(!contact.languages.isEmpty),
            "bio": .string(contact.bioHTML),
            "bio_text": .string(contact.bioText),
            "vcard_url": .string(contact.vCardURL),
            "url": .string(contact.url),
            "params": TemplateValue(params: contact.params),
        ]
    }
}
