import Foundation
import FrontMatter
import Markdown

/// Reads an article's front matter into an `ArticleDraft`, reporting every missing or
/// mistyped key at its line and column.
struct ArticleReader {
    static let knownKeys = [
        "title", "subtitle", "date", "updated", "author", "tags", "summary", "image", "image_alt",
        "related", "slug", "draft", "aliases", "section", "categories", "contacts", "dateline", "embargo",
        "image_caption", "image_credit", "share_image", "share_image_alt", "media", "translation_key",
    ]

    let timeZone: TimeZone

    /// The draft, or `nil` when the front matter cannot be read or lacks a title, a date or an
    /// author. Mistakes in other keys are reported, and the draft is still made without those
    /// values, so that links to other files (authors, related articles) are checked too.
    /// `namedAuthors` are the authors the front matter names, draft or not.
    func read(_ file: ContentInventory.ArticleFile, _ document: ContentDocument)
        -> (draft: ArticleDraft?, diagnostics: [Diagnostic], namedAuthors: [String]) {
        // The document reported why its front matter cannot be read; every key would be missing.
        guard document.diagnostics.isEmpty else { return (nil, [], []) }
        guard document.hasFrontMatter else {
            return (nil, [.error(
                "the article has no front matter", at: document.start,
                fix: "start the file with '---', then 'title: …', 'date: …' and 'author: …' lines, then '---'")], [])
        }
        var reader = MappingReader(document.frontMatter, path: document.path, start: document.start, what: "front matter")
        let title = reader.string("title", required: "title: Mein Artikel")
        let date = reader.date("date", timeZone: timeZone, required: "date: 2026-11-24")
        let updated = reader.date("updated", timeZone: timeZone)
        let subtitle = reader.string("subtitle")
        let summary = reader.string("summary")
        let authors = references(&reader, "author", required: "author: doreen-mueller")
        let tags = references(&reader, "tags", required: nil)
        let imageAlt = reader.string("image_alt")
        var image: ArticleDraft.Reference?
        if let text = reader.string("image"), let node = reader.node("image") {
            image = .init(name: text, location: reader.location(of: node))
            if imageAlt == nil || imageAlt?.trimmingWhitespace().isEmpty == true {
                reader.error("the cover image '\(text)' has no 'image_alt' text", at: node,
                             fix: "describe the image for readers who cannot see it: image_alt: \"…\"")
            }
        }
        let pictures = pictureKeys(&reader, image: image)
        let related = relatedEntries(&reader)
        let aliases = self.aliases(&reader)
        let isDraft = reader.bool("draft") ?? false
        let newsroom = newsroomKeys(&reader)
        let (slug, slugLocation) = self.slug(&reader, file: file, document: document)
        var translationKey: ArticleDraft.Reference?
        if let key = reader.string("translation_key"), let node = reader.node("translation_key") {
            if key.trimmingWhitespace().isEmpty {
                reader.error("'translation_key' is empty", at: node, fix: "write the same key in the article and its translations, or remove it")
            } else {
                translationKey = .init(name: key.trimmingWhitespace(), location: reader.location(of: node))
            }
        }
        reader.warnAboutUnknownKeys(known: Self.knownKeys, keptAs: "article.params")
        var params: [String: ParamValue] = [:]
        for entry in reader.unreadEntries { params[entry.key] = entry.value }

        if let updated, let date, updated < date {
            reader.diagnostics.append(.warning(
                "'updated' (\(updated.dayString)) is before 'date' (\(date.dayString))",
                at: reader.node("updated").map(reader.location(of:)), fix: "check both dates"))
        }
        let diagnostics = reader.diagnostics
        guard let title, let date, !authors.isEmpty else { return (nil, diagnostics, authors.map(\.name)) }
        return (ArticleDraft(
            file: file, document: document, title: title, subtitle: subtitle, summary: summary, date: date,
            updated: updated, authors: authors, tags: tags, image: image, imageAlt: imageAlt, related: related,
            slug: slug, slugLocation: slugLocation, isDraft: isDraft, aliases: aliases, params: params, newsroom: newsroom,
            pictures: pictures, translationKey: translationKey), diagnostics,
            authors.map(\.name))
    }

    /// `image_caption`, `image_credit`, `share_image` (with `share_image_alt`, required with
    /// it) and `media`; the files and albums are checked when the site is resolved.
    private func pictureKeys(_ reader: inout MappingReader, image: ArticleDraft.Reference?) -> ArticleDraft.Pictures {
        var pictures = ArticleDraft.Pictures()
        pictures.caption = reader.string("image_caption")?.trimmingWhitespace()
        pictures.credit = reader.string("image_credit")?.trimmingWhitespace()
        if image == nil {
            for key in ["image_caption", "image_credit"] {
                guard let node = reader.node(key) else { continue }
                reader.warning("'\(key)' belongs to a cover image, but the article has no 'image'", at: node,
                               fix: "add the cover with image: bild.jpg and image_alt, or remove '\(key)'")
            }
        }
        let shareAlt = reader.string("share_image_alt")
        if let text = reader.string("share_image"), let node = reader.node("share_image") {
            pictures.shareImage = .init(name: text, location: reader.location(of: node))
            pictures.shareImageAlt = shareAlt
            if shareAlt == nil || shareAlt?.trimmingWhitespace().isEmpty == true {
                reader.error("the share image '\(text)' has no 'share_image_alt' text", at: node,
                             fix: "describe the image for readers who cannot see it: share_image_alt: \"…\"")
            }
        }
        pictures.media = references(&reader, "media", required: nil)
        return pictures
    }

    /// `section`, `categories`, `contacts`, `dateline` and `embargo`; the names are checked
    /// against `site.yml` and `Content/contacts/` when the site is resolved.
    private func newsroomKeys(_ reader: inout MappingReader) -> ArticleDraft.Newsroom {
        var newsroom = ArticleDraft.Newsroom()
        if let section = reader.string("section"), let node = reader.node("section") {
            newsroom.section = .init(name: section.trimmingWhitespace(), location: reader.location(of: node))
        }
        newsroom.categories = references(&reader, "categories", required: nil)
        if reader.node("contacts") != nil { newsroom.contacts = references(&reader, "contacts", required: nil) }
        newsroom.dateline = reader.string("dateline")?.trimmingWhitespace()
        if let node = reader.node("embargo") {
            newsroom.embargo = reader.date("embargo", timeZone: timeZone)
            newsroom.embargoLocation = reader.location(of: node)
        }
        return newsroom
    }

    /// Names given as one text or a list of texts (authors, tags), each with its position.
    private func references(_ reader: inout MappingReader, _ key: String, required example: String?) -> [ArticleDraft.Reference] {
        guard let node = reader.node(key) else {
            if let example { reader.missing(key, example: example) }
            return []
        }
        if let example, case .sequence(let items) = node.value, items.isEmpty {
            reader.error("the required key '\(key)' is an empty list", at: node, fix: "name at least one: '\(example)'")
            return []
        }
        var result: [ArticleDraft.Reference] = []
        for (name, item) in reader.stringItems(key) ?? [] {
            let trimmed = name.trimmingWhitespace()
            if trimmed.isEmpty {
                reader.error("an entry of '\(key)' is empty", at: item, fix: "remove it or fill it in")
            } else if key == "author", let first = result.first(where: { $0.name == trimmed }) {
                reader.warning("the author '\(trimmed)' is named twice; the first is at \(first.location.line):\(first.location.column)",
                               at: item, fix: "remove one of them")
            } else {
                result.append(.init(name: trimmed, location: reader.location(of: item)))
            }
        }
        return result
    }

    /// Old addresses of the article (`aliases`, as Hugo's and Jekyll's `redirect_from`): paths
    /// inside the site, each of which gets a page that sends readers on to the article.
    private func aliases(_ reader: inout MappingReader) -> [ArticleDraft.Reference] {
        var aliases: [ArticleDraft.Reference] = []
        for (text, node) in reader.stringItems("aliases") ?? [] {
            let path = text.trimmingWhitespace()
            let parts = path.split(separator: "/", omittingEmptySubsequences: false)
            if path.isEmpty || path.contains("://") || path.hasPrefix("//") || path.contains(where: { "?#\\".contains($0) })
                || parts.contains(where: { $0 == "." || $0 == ".." }) || path.trimmingCharacters(in: CharacterSet(charactersIn: "/")).isEmpty {
                reader.error("the alias '\(text)' is not a path of the site", at: node,
                             fix: "write an old address of the article as a path, e.g. aliases: [/2019/05/alter-titel/]")
            } else {
                aliases.append(.init(name: path.hasPrefix("/") ? path : "/" + path, location: reader.location(of: node)))
            }
        }
        return aliases
    }

    private func relatedEntries(_ reader: inout MappingReader) -> [ArticleDraft.RelatedEntry]? {
        guard let node = reader.node("related") else { return nil }
        let items: [YAMLNode] = if case .sequence(let list) = node.value { list } else { [node] }
        var entries: [ArticleDraft.RelatedEntry] = []
        for item in items {
            switch item.value {
            case .string(let slug):
                reader.checkVisible(slug, key: "related", at: item)
                entries.append(.article(.init(name: slug, location: reader.location(of: item))))
            case .mapping:
                var link = MappingReader(item, path: reader.path, start: reader.location(of: item), what: "related link")
                let title = link.string("title", required: "title: Titel des Artikels")
                let url = link.string("url", required: "url: https://example.com/artikel")
                link.warnAboutUnknownKeys(known: ["title", "url"], keptAs: nil)
                reader.append(link.diagnostics)
                guard let title, let url else { continue }
                if Self.isHTTPURL(url) {
                    entries.append(.link(title: title, url: Escaping.url(url)))
                } else if let urlNode = link.node("url") {
                    reader.error("the related link '\(url)' is not an http(s) address", at: urlNode,
                                 fix: "write a full address such as https://example.com/artikel, or name an article by its slug")
                }
            default:
                reader.error("each related entry must be an article's slug or a 'title' and 'url', not \(MappingReader.describe(item.value))",
                             at: item, fix: "write '- slug-des-artikels' or '- {title: …, url: https://…}'")
            }
        }
        return entries
    }

    static func isHTTPURL(_ text: String) -> Bool {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased() else { return false }
        return (scheme == "http" || scheme == "https") && !(components.host ?? "").isEmpty
    }

    /// How long a slug may be: it names a folder of the output, and file systems allow 255
    /// bytes for a name.
    static let maxSlugLength = 200

    /// The slug from front matter, checked, or else from the file or bundle folder name
    /// without a leading date (`2026-11-24-`). A slug that is not in URL form is reported, and
    /// the one from the file name stands in for it.
    private func slug(_ reader: inout MappingReader, file: ContentInventory.ArticleFile, document: ContentDocument) -> (String, SourceLocation) {
        let fromFile = Slug.make(Self.withoutDatePrefix(Self.fileName(of: file)))
        guard let explicit = reader.string("slug"), let node = reader.node("slug") else { return (fromFile, document.start) }
        let suggestion = Slug.make(explicit)
        if explicit.contains("/") || explicit.contains("..") || explicit.contains("\\") {
            reader.error("the slug '\(explicit)' would leave the article's folder in the output", at: node,
                         fix: "use only a-z, 0-9 and '-': slug: \(suggestion.isEmpty ? "mein-artikel" : suggestion)")
        } else if explicit.isEmpty || suggestion != explicit {
            reader.error("the slug '\(explicit)' is not in URL form: a-z, 0-9 and single '-' between them", at: node,
                         fix: suggestion.isEmpty ? "write a slug such as 'mein-artikel'" : "write slug: \(suggestion)")
        } else if explicit.utf8.count > Self.maxSlugLength {
            reader.error("the slug is \(explicit.utf8.count) characters long; a slug may have at most \(Self.maxSlugLength)", at: node,
                         fix: "shorten it to a few words")
        } else {
            return (explicit, reader.location(of: node))
        }
        return (fromFile, reader.location(of: node))
    }

    /// The file name without `.md` (or `.markdown`, `.mdown`), or the bundle folder's name.
    static func fileName(of file: ContentInventory.ArticleFile) -> String {
        file.name
    }

    static func withoutDatePrefix(_ name: String) -> String {
        let bytes = Array(name.utf8)
        guard bytes.count > 11 else { return name }
        let isDate = bytes[0..<4].allSatisfy { $0 >= 48 && $0 <= 57 } && bytes[4] == 45
            && bytes[5..<7].allSatisfy { $0 >= 48 && $0 <= 57 } && bytes[7] == 45
            && bytes[8..<10].allSatisfy { $0 >= 48 && $0 <= 57 } && bytes[10] == 45
        return isDate ? String(decoding: bytes[11...], as: UTF8.self) : name
    }
}
