import Foundation
import Markdown
import FrontMatter

/// Reads `site.yml` into a `SiteConfig`, checking every value and reporting every mistake.
struct SiteConfigLoader {
    static let knownKeys = [
        "title", "description", "url", "language", "timezone", "permalink", "paginate", "related_count",
        "share", "feed", "markdown", "publisher", "domain", "copyright", "menus", "lenient_templates",
        "sections", "categories", "press_contacts", "search", "limits", "images", "languages",
    ]

    let path: String

    /// The configuration, or `nil` when a required value is missing or wrong; diagnostics
    /// either way. `baseURLOverride` (from `--base-url`) replaces `url`.
    func load(_ root: YAMLNode?, baseURLOverride: BaseURL?) -> (SiteConfig?, [Diagnostic]) {
        let (config, diagnostics) = loadRecovering(root, baseURLOverride: baseURLOverride)
        return (diagnostics.containsErrors ? nil : config, diagnostics)
    }

    /// The configuration with every wrong value left at its default, even when there are
    /// errors: the rest of the site is checked against the sections, categories and authors
    /// site.yml does declare, so that one wrong value is one error, not a cascade.
    func loadRecovering(_ root: YAMLNode?, baseURLOverride: BaseURL?) -> (SiteConfig, [Diagnostic]) {
        var reader = MappingReader(root, path: path, start: SourceLocation(path: path, line: 1, column: 1), what: "site.yml")
        let title = reader.string("title", required: "title: Unser Newsroom")
        let urlNode = reader.node("url")
        var baseURL: BaseURL?
        if let override = baseURLOverride {
            baseURL = override
        } else if let urlNode {
            if case .string(let text) = urlNode.value, let url = BaseURL(text) {
                baseURL = url
            } else {
                reader.error("'url' must be the site's absolute http(s) address, not \(MappingReader.describe(urlNode.value))",
                             at: urlNode, fix: "write url: https://news.example.com/")
            }
        } else {
            reader.missing("url", example: "url: https://news.example.com/")
        }
        var config = SiteConfig(title: title ?? "", baseURL: baseURL ?? SiteConfig.placeholderBaseURL)

        config.description = reader.string("description") ?? ""
        if let language = reader.string("language") {
            if LanguageTag.isValid(language) {
                config.language = language
            } else if let node = reader.node("language") {
                let hyphenated = language.replacingOccurrences(of: "_", with: "-")
                let near = hyphenated != language && LanguageTag.isValid(hyphenated) ? "; did you mean '\(hyphenated)'?" : ""
                reader.error("'\(language)' is not a BCP 47 language tag\(near)", at: node,
                             fix: "write a tag such as 'de', 'de-DE' or 'en-GB'")
            }
        }
        if let identifier = reader.string("timezone") {
            if let zone = TimeZone(identifier: identifier) {
                config.timeZone = zone
                config.timeZoneIdentifier = identifier
            } else if let node = reader.node("timezone") {
                let near = Suggestion.nearest(to: identifier, in: TimeZone.knownTimeZoneIdentifiers)
                reader.error("'\(identifier)' is not a known time zone\(near.map { "; did you mean '\($0)'?" } ?? "")",
                             at: node, fix: "write a zone of the IANA database, e.g. timezone: Europe/Berlin")
            }
        }
        if let pattern = reader.string("permalink"), let node = reader.node("permalink") {
            switch PermalinkPattern.parse(pattern) {
            case .success(let permalink): config.urls = SiteURLs(base: config.urls.base, permalink: permalink)
            case .failure(let problem): reader.error(problem.description, at: node, fix: problem.fix)
            }
        }
        config.paginate = reader.integer("paginate", in: 1...1000, example: 10) ?? config.paginate
        config.relatedCount = reader.integer("related_count", in: 0...50, example: 3) ?? config.relatedCount
        if let networks = reader.stringItems("share") {
            config.shareNetworks = []
            for (name, node) in networks {
                if let network = ShareNetwork(rawValue: name.lowercased()) {
                    config.shareNetworks.append(network)
                } else {
                    let near = Suggestion.nearest(to: name.lowercased(), in: ShareNetwork.allCases.map(\.rawValue))
                    reader.error("unknown share network '\(name)'\(near.map { "; did you mean '\($0)'?" } ?? "")", at: node,
                                 fix: "choose from \(ShareNetwork.allCases.map(\.rawValue).joined(separator: ", "))")
                }
            }
        }
        if let feed = reader.string("feed"), let node = reader.node("feed") {
            if let content = SiteConfig.FeedContent(rawValue: feed) {
                config.feedContent = content
            } else {
                reader.error("'feed' must be 'full' or 'summary', not '\(feed)'", at: node,
                             fix: "write feed: full for whole articles in the feeds, or feed: summary")
            }
        }
        if let markdown = reader.node("markdown") {
            var nested = MappingReader(markdown, path: path, start: reader.location(of: markdown), what: "'markdown' group")
            config.allowsRawHTML = nested.bool("unsafe_html") ?? false
            config.usesSmartPunctuation = nested.bool("smart_punctuation") ?? false
            nested.warnAboutUnknownKeys(known: ["unsafe_html", "smart_punctuation"], keptAs: nil)
            reader.append(nested.diagnostics)
        }
        config.publisherName = config.title
        if let publisher = reader.node("publisher") {
            var nested = MappingReader(publisher, path: path, start: reader.location(of: publisher), what: "'publisher' group")
            config.publisherName = nested.string("name") ?? config.title
            config.publisherLogo = nested.string("logo").map(Self.rootRelative)
            nested.warnAboutUnknownKeys(known: ["name", "logo"], keptAs: nil)
            reader.append(nested.diagnostics)
        }
        config.domain = reader.string("domain")
        if let domain = config.domain, let node = reader.node("domain"), let problem = DomainName.problem(with: domain) {
            reader.error("'domain' must be a host name such as news.q-one.com, but \(problem)", at: node,
                         fix: "write only the host name the site is served at, e.g. domain: news.q-one.com (it becomes the CNAME file)")
            config.domain = nil
        }
        config.copyright = reader.string("copyright")
        config.hasLenientTemplates = reader.bool("lenient_templates") ?? false
        if let menus = reader.node("menus") {
            var nested = MappingReader(menus, path: path, start: reader.location(of: menus), what: "'menus' group")
            config.mainMenu = Self.menu(&nested, "main")
            config.footerMenu = Self.menu(&nested, "footer")
            nested.warnAboutUnknownKeys(known: ["main", "footer"], keptAs: nil)
            reader.append(nested.diagnostics)
        }
        config.sections = Self.sections(&reader)
        config.categories = Self.categories(&reader)
        config.pressContacts = Self.pressContacts(&reader)
        config.languages = Self.languages(&reader, config: config, languageIsWritten: reader.node("language") != nil)
        if let first = config.languages.first { config.language = first.tag }
        config.search = Self.search(&reader, language: config.language)
        if let limits = reader.node("limits") {
            var nested = MappingReader(limits, path: path, start: reader.location(of: limits), what: "'limits' group")
            if let megabytes = nested.integer("max_file_mb", in: 1...10_000, example: SiteLimits.defaultMaxFileMegabytes) {
                config.limits.maxContentFileBytes = megabytes * 1_000_000
            }
            nested.warnAboutUnknownKeys(known: ["max_file_mb"], keptAs: nil)
            reader.append(nested.diagnostics)
        }
        config.images = Self.images(&reader)
        reader.warnAboutUnknownKeys(known: Self.knownKeys, keptAs: "site.params")
        config.params = reader.unreadEntries.map { ($0.key, $0.value) }
        return (config, reader.diagnostics)
    }

    static func menu(_ reader: inout MappingReader, _ key: String) -> [SiteConfig.MenuItem] {
        guard let node = reader.node(key) else { return [] }
        guard case .sequence(let items) = node.value else {
            reader.error("'menus.\(key)' must be a list of entries with 'title' and 'url'", at: node,
                         fix: "write '- title: Impressum' and '  url: /impressum/' per entry")
            return []
        }
        var entries: [SiteConfig.MenuItem] = []
        for item in items {
            var entry = MappingReader(item, path: reader.path, start: reader.location(of: item), what: "menu entry")
            let title = entry.string("title", required: "title: Impressum")
            var url = entry.string("url", required: "url: /impressum/")
            if let text = url, LinkReference.isUnsafe(text), let node = entry.node("url") {
                entry.error("the menu link '\(text)' is a javascript:, vbscript:, file: or data: address", at: node,
                            fix: "link to a page of the site or an http(s) address, e.g. url: /impressum/")
                url = nil
            }
            entry.warnAboutUnknownKeys(known: ["title", "url"], keptAs: nil)
            reader.append(entry.diagnostics)
            if let title, let url { entries.append(SiteConfig.MenuItem(title: title, url: Escaping.url(url))) }
        }
        return entries
    }

    private static func rootRelative(_ path: String) -> String {
        path.hasPrefix("/") || path.contains("://") ? path : "/" + path
    }
}

extension MappingReader {
    /// `checkVisible` for every text in a value, however deeply nested; the first is reported.
    mutating func checkVisible(inside node: YAMLNode, key: String) {
        var pending = [node]
        while let next = pending.popLast() {
            switch next.value {
            case .string(let text) where InvisibleCharacter.first(in: text) != nil:
                checkVisible(text, key: key, at: next)
                return
            case .sequence(let items): pending += items.reversed()
            case .mapping(let pairs): pending += pairs.map(\.value).reversed()
            default: continue
            }
        }
    }

    mutating func append(_ more: [Diagnostic]) {
        diagnostics.append(contentsOf: more)
    }

    /// Warns about keys that were not read; with `keptAs`, says where templates find them.
    mutating func warnAboutUnknownKeys(known: [String], keptAs: String?) {
        for entry in unreadEntries {
            // Values kept for templates reach the pages like any other text.
            if keptAs != nil { checkVisible(inside: entry.value, key: entry.key) }
            let near = Suggestion.nearest(to: entry.key, in: known)
            if keptAs != nil, near == nil { continue }
            let kept = keptAs.map { "; templates see it as \($0).\(entry.key)" } ?? ""
            let message = near.map { "unknown key '\(entry.key)'; did you mean '\($0)'?" } ?? "unknown key '\(entry.key)'"
            warning(message + (near == nil ? kept : ""), at: entry.keyNode,
                    fix: near.map { "rename it to '\($0)'" } ?? "remove it; known keys are \(known.joined(separator: ", "))")
        }
    }
}
