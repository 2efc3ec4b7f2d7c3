import FrontMatter
import Markdown

/// `languages` of `site.yml`: the languages of a site in several languages, each with where its
/// pages are and what it says in its own words.
extension SiteConfigLoader {
    static let languageKeys = ["path", "title", "description", "copyright", "date_format", "menus", "sections", "categories"]

    /// The declared languages, the default one first (`language`, or the first entry when
    /// `language` is not written); empty without `languages`. The default language's pages
    /// are at the site's root, each other language's in a folder of its own (`/en/`).
    static func languages(_ reader: inout MappingReader, config: SiteConfig, languageIsWritten: Bool) -> [LanguageConfig] {
        guard let node = reader.node("languages") else { return [] }
        guard case .mapping(let pairs) = node.value, !pairs.isEmpty else {
            reader.error("'languages' must be a group with one entry per language, not \(MappingReader.describe(node.value))", at: node,
                         fix: "write 'languages:', then one line per language: '  de: {path: /}' and '  en: {title: …, path: /en/}'")
            return []
        }
        let defaultTag = languageIsWritten ? config.language : pairs[0].key.keyText
        var languages: [LanguageConfig] = []
        for pair in pairs {
            let tag = pair.key.keyText
            guard LanguageTag.isValid(tag) else {
                reader.error("'\(tag)' is not a BCP 47 language tag", at: pair.key, fix: "write a tag such as 'de', 'en' or 'en-GB'")
                continue
            }
            if let first = languages.first(where: { $0.tag.lowercased() == tag.lowercased() }) {
                reader.error("the language '\(tag)' is declared twice; the first is at \(first.location.line):\(first.location.column)",
                             at: pair.key, fix: "remove one of them")
                continue
            }
            let isDefault = tag.lowercased() == defaultTag.lowercased()
            var entry = MappingReader(pair.value, path: reader.path, start: reader.location(of: pair.key), what: "language '\(tag)'")
            var language = LanguageConfig(tag: isDefault ? defaultTag : tag, path: isDefault ? "/" : "/\(tag.lowercased())/",
                                          location: reader.location(of: pair.key))
            readWords(&entry, into: &language, isDefault: isDefault, config: config)
            entry.warnAboutUnknownKeys(known: languageKeys, keptAs: nil)
            reader.append(entry.diagnostics)
            languages.append(language)
        }
        if let index = languages.firstIndex(where: { $0.tag.lowercased() == defaultTag.lowercased() }) {
            languages.insert(languages.remove(at: index), at: 0)
        } else {
            // `language: de` with `languages` that list only the others: German is at the root.
            languages.insert(LanguageConfig(tag: defaultTag, path: "/", location: reader.location(of: node)), at: 0)
        }
        checkPaths(languages, into: &reader)
        warnAboutUntranslatedTitles(languages.dropFirst(), config: config, into: &reader)
        return languages
    }

    private static func readWords(_ entry: inout MappingReader, into language: inout LanguageConfig, isDefault: Bool, config: SiteConfig) {
        if let path = entry.string("path"), let node = entry.node("path") {
            if isDefault, path != "/" {
                entry.error("the default language's pages are at the site's root, not at '\(path)'", at: node,
                            fix: "write path: / for '\(language.tag)', or make another language the default with 'language'")
            } else if !isDefault, !isSectionPath(path) {
                let slug = Slug.make(path).isEmpty ? language.tag.lowercased() : Slug.make(path)
                entry.error("the language path '\(path)' must be a folder of the site: '/' at each end, only a-z, 0-9, '-', '_' and '/' between",
                            at: node, fix: "write path: /\(slug)/")
            } else {
                language.path = path
            }
        }
        language.title = entry.string("title")
        language.description = entry.string("description")
        language.copyright = entry.string("copyright")
        language.dateFormat = entry.string("date_format")
        if let menus = entry.node("menus") {
            var nested = MappingReader(menus, path: entry.path, start: entry.location(of: menus), what: "'menus' group")
            if nested.entries.contains(where: { $0.key == "main" }) { language.mainMenu = menu(&nested, "main") }
            if nested.entries.contains(where: { $0.key == "footer" }) { language.footerMenu = menu(&nested, "footer") }
            nested.warnAboutUnknownKeys(known: ["main", "footer"], keptAs: nil)
            entry.append(nested.diagnostics)
        }
        language.sections = words(&entry, "sections", known: config.sections.map(\.id)) { nested, id in
            var words = LanguageConfig.SectionWords(title: nested.string("title"), description: nested.string("description"))
            if let path = nested.string("path"), let node = nested.node("path") {
                if isSectionPath(path), path.hasPrefix(language.path) {
                    words.path = path
                } else {
                    nested.error("the section path '\(path)' must be a folder inside the language's path '\(language.path)'", at: node,
                                 fix: "write path: \(language.path)\(Slug.make(path).isEmpty ? id : Slug.make(path))/")
                }
            }
            nested.warnAboutUnknownKeys(known: ["title", "description", "path"], keptAs: nil)
            return (words, words.title)
        }
        language.categories = words(&entry, "categories", known: config.categories.map(\.id)) { nested, _ in
            let words = LanguageConfig.CategoryWords(title: nested.string("title"), description: nested.string("description"))
            nested.warnAboutUnknownKeys(known: ["title", "description"], keptAs: nil)
            return (words, words.title)
        }
    }

    /// The words of each section or category a language names, by id: a title alone
    /// (`pressemitteilungen: Press releases`) or a group (`{title: …, description: …}`).
    private static func words<Words>(_ entry: inout MappingReader, _ key: String, known: [String],
                                     read: (inout MappingReader, String) -> (Words, String?)) -> [String: Words] {
        guard let node = entry.node(key) else { return [:] }
        guard case .mapping(let pairs) = node.value else {
            entry.error("'\(key)' of a language must be a group with an entry per id, not \(MappingReader.describe(node.value))", at: node,
                        fix: "write '\(key):', then '  \(known.first ?? "id"): {title: …}'")
            return [:]
        }
        var result: [String: Words] = [:]
        for pair in pairs {
            let id = pair.key.keyText
            guard known.contains(id) else {
                let near = Suggestion.nearest(to: id, in: known)
                entry.error("the \(key == "sections" ? "section" : "category") '\(id)' is not declared in site.yml's '\(key)'"
                                + (near.map { "; did you mean '\($0)'?" } ?? ""),
                            at: pair.key, fix: near.map { "write \($0)" } ?? "translate one of: \(known.joined(separator: ", "))")
                continue
            }
            var nested: MappingReader
            if case .string = pair.value.value {
                // A title alone.
                let key = YAMLNode(.string("title"), line: pair.value.line, column: pair.value.column)
                let wrapped = YAMLNode(.mapping([YAMLPair(key: key, value: pair.value)]), line: pair.value.line, column: pair.value.column)
                nested = MappingReader(wrapped, path: entry.path, start: entry.location(of: pair.key), what: "'\(id)'")
            } else {
                nested = MappingReader(pair.value, path: entry.path, start: entry.location(of: pair.key), what: "'\(id)'")
            }
            let (words, _) = read(&nested, id)
            entry.append(nested.diagnostics)
            result[id] = words
        }
        return result
    }

    /// Two languages in one folder would write over each other's pages.
    private static func checkPaths(_ languages: [LanguageConfig], into reader: inout MappingReader) {
        var firstByPath: [String: LanguageConfig] = [:]
        for language in languages {
            if let first = firstByPath[language.path.lowercased()] {
                reader.append([.error("the languages '\(first.tag)' and '\(language.tag)' both have the path '\(language.path)'",
                                      at: language.location, fix: "give '\(language.tag)' a folder of its own: path: /\(language.tag.lowercased())/")])
            } else {
                firstByPath[language.path.lowercased()] = language
            }
        }
    }

    /// A section or category title a language does not translate is shown in the default
    /// language's words on its pages: said once per title, at the language.
    private static func warnAboutUntranslatedTitles(_ languages: ArraySlice<LanguageConfig>, config: SiteConfig,
                                                    into reader: inout MappingReader) {
        for language in languages {
            for section in config.sections where language.sections[section.id]?.title == nil {
                reader.append([.warning(
                    "the language '\(language.tag)' has no title for the section '\(section.id)'; its pages show '\(section.title)'",
                    at: language.location, fix: "add under languages: \(language.tag): sections: {\(section.id): {title: …}}")])
            }
            for category in config.categories where language.categories[category.id]?.title == nil {
                reader.append([.warning(
                    "the language '\(language.tag)' has no title for the category '\(category.id)'; its pages show '\(category.title)'",
                    at: language.location, fix: "add under languages: \(language.tag): categories: {\(category.id): {title: …}}")])
            }
        }
    }
}
