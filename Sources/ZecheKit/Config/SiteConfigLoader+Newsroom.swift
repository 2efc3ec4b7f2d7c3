import FrontMatter
import Markdown

/// The newsroom's keys of `site.yml`: `sections`, `categories` and `press_contacts`.
extension SiteConfigLoader {
    static let sectionKeys = [
        "id", "title", "description", "path", "template", "permalink", "home", "feed", "featured", "boilerplate",
        "contacts", "dateline",
    ]

    static func sections(_ reader: inout MappingReader) -> [SectionConfig] {
        guard let node = reader.node("sections") else { return [] }
        guard case .sequence(let items) = node.value else {
            reader.error("'sections' must be a list of sections, each with 'id' and 'title'", at: node,
                         fix: "write '- id: pressemitteilungen' and '  title: Pressemitteilungen' per section")
            return []
        }
        var sections: [SectionConfig] = []
        var firstByID: [String: SourceLocation] = [:]
        for item in items {
            var entry = MappingReader(item, path: reader.path, start: reader.location(of: item), what: "section")
            let section = section(&entry, at: reader.location(of: item))
            entry.warnAboutUnknownKeys(known: sectionKeys, keptAs: nil)
            reader.append(entry.diagnostics)
            guard let section else { continue }
            if let first = firstByID[section.id] {
                reader.append([.error("the section '\(section.id)' is declared twice; the first is at \(first.line):\(first.column)",
                                      at: section.location, fix: "remove one of them or give it another id")])
                continue
            }
            firstByID[section.id] = section.location
            sections.append(section)
        }
        return sections
    }

    private static func section(_ entry: inout MappingReader, at location: SourceLocation) -> SectionConfig? {
        let id = entry.string("id", required: "id: pressemitteilungen")
        let title = entry.string("title", required: "title: Pressemitteilungen")
        if let id, let node = entry.node("id") {
            if Slug.make(id) != id {
                entry.error("the section id '\(id)' is not a folder name in URL form: a-z, 0-9 and single '-' between them", at: node,
                            fix: "write id: \(Slug.make(id).isEmpty ? "pressemitteilungen" : Slug.make(id)) and name the folder Content/\(Slug.make(id))/")
                return nil
            }
            if SectionConfig.reservedIDs.contains(id) {
                entry.error("the section id '\(id)' is the name of a folder Zeche reads for other files (Content/\(id)/)", at: node,
                            fix: "choose another id; \(SectionConfig.reservedIDs.joined(separator: ", ")) are taken")
                return nil
            }
        }
        var path = id.map { "/\($0)/" } ?? "/"
        if let written = entry.string("path"), let node = entry.node("path") {
            if isSectionPath(written) {
                path = written
            } else {
                entry.error("the section path '\(written)' must start and end with '/' and hold only a-z, 0-9, '-', '_' and '/'", at: node,
                            fix: "write path: /\(Slug.make(written).isEmpty ? (id ?? "presse") : Slug.make(written))/")
            }
        }
        var permalink: PermalinkPattern?
        if let pattern = entry.string("permalink"), let node = entry.node("permalink") {
            switch PermalinkPattern.parse(pattern) {
            case .success(let parsed): permalink = parsed
            case .failure(let problem): entry.error(problem.description, at: node, fix: problem.fix)
            }
        }
        let template = entry.string("template")
        let templateLocation = entry.node("template").map { entry.location(of: $0) }
        let isOnHome = entry.bool("home") ?? true
        let hasFeed = entry.bool("feed") ?? true
        let featured = entry.integer("featured", in: 0...50, example: 3) ?? 0
        let boilerplate = entry.bool("boilerplate") ?? false
        let contacts = entry.bool("contacts") ?? false
        let dateline = entry.string("dateline")
        let description = entry.string("description") ?? ""
        guard let id, let title else { return nil }
        return SectionConfig(
            id: id, title: title, description: description, path: path, template: template ?? "section", permalink: permalink,
            isOnHome: isOnHome, hasFeed: hasFeed, featuredCount: featured, showsBoilerplate: boilerplate, showsPressContacts: contacts,
            dateline: dateline, location: location, templateLocation: templateLocation)
    }

    /// Whether `path` is a folder inside the site as `site.yml` may name one: `/presse/`.
    static func isSectionPath(_ path: String) -> Bool {
        path.count > 2 && path.hasPrefix("/") && path.hasSuffix("/") && !path.contains("//") && !path.contains("..")
            && path.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || "-_/".unicodeScalars.contains($0) }
    }

    /// `categories: [Digitalisierung, …]` (the id is the title's slug) or entries with `id`,
    /// `title` and `description`.
    static func categories(_ reader: inout MappingReader) -> [CategoryConfig] {
        guard let node = reader.node("categories") else { return [] }
        guard case .sequence(let items) = node.value else {
            reader.error("'categories' must be a list of categories", at: node,
                         fix: "write categories: [Digitalisierung, Unternehmen], or entries with 'id' and 'title'")
            return []
        }
        var categories: [CategoryConfig] = []
        var firstByID: [String: YAMLNode] = [:]
        for item in items {
            var category: CategoryConfig?
            switch item.value {
            case .string(let title):
                reader.checkVisible(title, key: "categories", at: item)
                category = CategoryConfig(id: Slug.make(title), title: title, description: "")
            case .mapping:
                var entry = MappingReader(item, path: reader.path, start: reader.location(of: item), what: "category")
                let title = entry.string("title", required: "title: Digitalisierung")
                var id = entry.string("id")
                if let written = id, let idNode = entry.node("id"), Slug.make(written) != written {
                    entry.error("the category id '\(written)' is not in URL form: a-z, 0-9 and single '-' between them", at: idNode,
                                fix: "write id: \(Slug.make(written).isEmpty ? "digitalisierung" : Slug.make(written))")
                    id = nil
                }
                let description = entry.string("description") ?? ""
                entry.warnAboutUnknownKeys(known: ["id", "title", "description"], keptAs: nil)
                reader.append(entry.diagnostics)
                if let title { category = CategoryConfig(id: id ?? Slug.make(title), title: title, description: description) }
            default:
                reader.error("each category must be a title or a group with 'id' and 'title', not \(MappingReader.describe(item.value))",
                             at: item, fix: "write '- Digitalisierung' or '- {id: digitalisierung, title: Digitalisierung}'")
            }
            guard let category else { continue }
            if category.id.isEmpty {
                reader.error("the category '\(category.title)' has no letters or digits for its URL", at: item,
                             fix: "give it an id: '- {id: kategorie, title: \(category.title)}'")
            } else if let first = firstByID[category.id] {
                reader.error("the category id '\(category.id)' is already used at \(first.line):\(first.column)", at: item,
                             fix: "give one of them another id")
            } else {
                firstByID[category.id] = item
                categories.append(category)
            }
        }
        return categories
    }

    static func pressContacts(_ reader: inout MappingReader) -> [ConfigReference] {
        (reader.stringItems("press_contacts") ?? []).map { ConfigReference(id: $0.text, location: reader.location(of: $0.node)) }
    }
}
