import Foundation
import Markdown

extension StaticSiteImportRun {
    /// Keys whose meaning the import carries over itself; all others stay as they are, for
    /// templates (`article.params`).
    static let mappedKeys: Set<String> = [
        "title", "date", "publishDate", "pubDate", "published_at", "created", "lastmod", "last_modified_at", "updated",
        "modified", "author", "authors", "draft", "published", "summary", "description", "excerpt", "subtitle", "tags",
        "categories", "category", "slug", "image", "images", "cover", "featured_image", "featured", "thumbnail", "banner",
        "image_alt", "alt", "aliases", "redirect_from", "permalink", "url", "layout",
    ]

    /// Zeche's own keys, which a source key of the same name but another meaning must not take.
    static let zecheKeys: Set<String> = ["related", "image_caption"]

    mutating func document(for item: Placed, converted: Converted?) -> ImportedDocument {
        var fileNotes: [String] = []
        if let problem = item.document.problem { fileNotes.append(problem) }
        if StaticSiteLayout.fileExtension(item.entry.path) == "mdx" {
            fileNotes.append("an MDX file: its components (<AlertBox> and the like) were read as HTML; check the text they held")
        }
        var copies = converted?.copies ?? [:]
        let (body, bodyNotes, anchors) = converted.map { ($0.body, $0.notes, $0.anchors) } ?? convertBody(item, copies: &copies)
        if !anchors.isEmpty { anchorIDs[item.path] = anchors }
        var comments: [String] = []
        var fields: [FrontMatterField] = []
        let title = item.document.first("title")?.text ?? ""
        if title.isEmpty {
            fileNotes.append("the file had no title; it got one from its file name")
            fields.append(FrontMatterField("title", .text(Self.humanized(item.slug))))
        } else {
            fields.append(FrontMatterField("title", .text(title)))
        }
        if item.isPost {
            articleFields(item, into: &fields, notes: &fileNotes, comments: &comments, copies: &copies)
        } else {
            if let description = item.document.first("description", "summary", "excerpt")?.text, !description.isEmpty {
                fields.append(FrontMatterField("description", .text(description)))
            }
            if item.isDraft { fileNotes.append("the page was a draft; Zeche's pages have no drafts, so it is published") }
        }
        var aliases = (item.document.first("aliases", "redirect_from")?.texts() ?? []).map(StaticSitePermalinks.normalized)
        // A draft was never published, so it has no old address to keep.
        if let old = item.oldPath, !item.isDraft, old != WordPressImportRun.defaultURL(of: item.path) { aliases.insert(old, at: 0) }
        aliases = WordPressImportRun.uniqued(aliases).filter { $0 != WordPressImportRun.defaultURL(of: item.path) }
        if !aliases.isEmpty { fields.append(FrontMatterField("aliases", .list(aliases.map(FrontMatterValue.text)))) }
        for field in item.document.fields where !Self.mappedKeys.contains(field.key) {
            guard let value = field.value.frontMatterValue else { continue }
            let key = Self.zecheKeys.contains(field.key) ? field.key + "_source" : field.key
            if key != field.key { fileNotes.append("the key '\(field.key)' means something else in Zeche; it is kept as '\(key)'") }
            fields.append(FrontMatterField(key, value))
        }
        for file in item.entry.bundleFiles {
            let inside = String(file.dropFirst(StaticSiteLayout.folder(of: item.entry.path).count + 1))
            copies[MarkdownFileFolder.of(item.path) + inside] = root.appendingPathComponent(file)
        }
        for (target, source) in copies.sorted(by: { $0.key < $1.key }) {
            plan.copies.append(ImportPlan.FileCopy(source: source, path: target))
            plan.report.count("files copied")
        }
        plan.report.count(item.isPost ? (item.isDraft ? "drafts" : "articles") : "pages")
        if !item.isPost, item.entry.folders.isEmpty { plan.menuPages.append(item.path) }
        var document = ImportedDocument(path: item.path, fields: fields, body: body,
                                        bodyNotes: fileNotes.map { BodyNote(line: 0, message: $0) } + bodyNotes)
        document.frontMatterComments = comments
        return document
    }

    private mutating func articleFields(_ item: Placed, into fields: inout [FrontMatterField], notes: inout [String],
                                        comments: inout [String], copies: inout [String: URL]) {
        let source = item.document
        if let date = item.date { fields.append(FrontMatterField("date", .timestamp(date))) }
        if case .timestamp(let updated) = source.first("lastmod", "last_modified_at", "updated", "modified") ?? .null,
           updated != item.date {
            fields.append(FrontMatterField("updated", .timestamp(updated)))
        }
        var names = source.first("authors", "author").map(Self.authorNames) ?? []
        if names.isEmpty {
            names = [config.author.isEmpty ? (config.title.isEmpty ? "Newsroom" : config.title) : config.author]
            plan.report.count("articles without an author (they name the site's)")
        }
        var ids: [String] = []
        for name in names {
            var id = Slug.make(name)
            if id.isEmpty { id = "author" }
            if authors[id] == nil { authors[id] = name }
            if !ids.contains(id) { ids.append(id) }
        }
        fields.append(FrontMatterField("author", ids.count == 1 ? .text(ids[0]) : .list(ids.map(FrontMatterValue.text))))
        if item.isDraft { fields.append(FrontMatterField("draft", .bool(true))) }
        if let subtitle = source.first("subtitle")?.text, !subtitle.isEmpty { fields.append(FrontMatterField("subtitle", .text(subtitle))) }
        if let summary = source.first("summary", "description", "excerpt")?.text, !summary.isEmpty {
            fields.append(FrontMatterField("summary", .text(summary)))
        }
        let tags = WordPressImportRun.uniqued(source.first("tags")?.texts(splitting: kind == .jekyll) ?? [])
        if !tags.isEmpty { fields.append(FrontMatterField("tags", .list(tags.map(FrontMatterValue.text)))) }
        let categories = self.categories(of: source, entry: item.entry)
        if !categories.isEmpty { fields.append(FrontMatterField("categories", .list(categories.map(FrontMatterValue.text)))) }
        cover(item, into: &fields, notes: &notes, comments: &comments, copies: &copies)
    }

    /// `image` and `image_alt` from Jekyll's `image` (text or `{path, alt}`), Hugo's `images`
    /// list, or a `cover`/`featured_image`: copied when the file is in the site's folder.
    private mutating func cover(_ item: Placed, into fields: inout [FrontMatterField], notes: inout [String],
                                comments: inout [String], copies: inout [String: URL]) {
        guard let value = item.document.first("image", "images", "cover", "featured_image", "featured", "thumbnail", "banner") else { return }
        var reference: String?
        var alt = item.document.first("image_alt", "alt")?.text
        var caption: String?
        switch value {
        case .list(let items): reference = items.first?.text ?? items.first?["src"]?.text
        case .table: 
            reference = (value["path"] ?? value["src"] ?? value["image"] ?? value["url"] ?? value["feature"])?.text
            alt = alt ?? value["alt"]?.text
            caption = value["caption"]?.text
        default: reference = value.text
        }
        guard let reference, !reference.isEmpty else { return }
        if alt?.isEmpty ?? true {
            alt = item.document.first("title")?.text ?? ""
            notes.append("the cover image had no description; 'image_alt' is the title: describe the image instead")
        }
        guard let file = resolveFile(reference, from: item.entry) else {
            comments.append("image: \(reference)  (the cover image; it is not in the imported folder)")
            comments.append("image_alt: " + YAMLWriter.scalar(alt ?? ""))
            notes.append("the cover image '\(reference)' is not in the imported folder; its lines are comments in the front matter")
            return
        }
        let target = placeFile(file, for: item, copies: &copies)
        fields.append(FrontMatterField("image", .text(WordPressLinks.relative(from: item.path, to: target))))
        fields.append(FrontMatterField("image_alt", .text(alt ?? "")))
        if let caption, !caption.isEmpty { fields.append(FrontMatterField("image_caption", .text(caption))) }
    }

    /// Author names from `author: Name`, `authors: [A, B]`, `author: {name: A}`, and a text
    /// that names several (`A, B`, `A and B`, `A & B`); a handle in parentheses after a name
    /// (`Jane Doe (@jane)`) is dropped.
    static func authorNames(_ value: SourceValue) -> [String] {
        let names: [String]
        switch value {
        case .table: names = [value["name"]?.text ?? value["display_name"]?.text ?? ""]
        case .list(let items): names = items.compactMap { $0.text ?? $0["name"]?.text }
        default: names = value.text.map { [$0] } ?? []
        }
        return names.flatMap(split).filter { !$0.isEmpty }
    }

    private static func split(_ text: String) -> [String] {
        var parts = [text]
        for separator in [", ", " and ", " & ", " und "] {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        return parts.map { part in
            var name = part.trimmingCharacters(in: .whitespaces)
            if name.hasSuffix(")"), let open = name.lastIndex(of: "(") {
                name = String(name[..<open]).trimmingCharacters(in: .whitespaces)
            }
            return name
        }
    }

    mutating func writeAuthors() {
        for (id, name) in authors.sorted(by: { $0.key < $1.key }) {
            plan.documents.append(ImportedDocument(path: "Content/authors/\(id).md", fields: [FrontMatterField("name", .text(name))], body: ""))
            plan.report.count("authors")
        }
    }

    static func humanized(_ slug: String) -> String {
        let words = slug.split(separator: "-").joined(separator: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}

/// The folder where a document's own files go.
enum MarkdownFileFolder {
    static func of(_ path: String) -> String {
        WordPressImportRun.fileFolder(of: path)
    }
}
