import Foundation
import Markdown

extension WordPressImportRun {
    /// Zeche's own address names that a page cannot take.
    static let reservedPageSlugs: Set<String> = ["tags", "authors", "page", "images", "assets", "feed", "sitemap"]

    func articlePath(_ item: WXRExport.Item, used: inout Set<String>) -> String {
        let day = WordPressDate.parts(item.date).map { fourDigits($0.year) + "-" + Self.two($0.month) + "-" + Self.two($0.day) }
        let stem = Self.unique((day.map { $0 + "-" } ?? "") + Self.slug(of: item), in: &used)
        return bundles.contains(item.id) ? "Content/posts/\(stem)/index.md" : "Content/posts/\(stem).md"
    }

    func pagePath(_ item: WXRExport.Item, used: inout Set<String>) -> String {
        var slug = Self.slug(of: item)
        if Self.reservedPageSlugs.contains(slug) { slug += "-page" }
        return "Content/pages/\(Self.unique("page:" + slug, in: &used).dropFirst(5)).md"
    }

    static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// Whether converting the item's body or its featured image would copy a file.
    mutating func usesLocalFiles(_ item: WXRExport.Item) -> Bool {
        guard media.uploads != nil else { return false }
        var copies: [String: URL] = [:]
        _ = convert(item, path: "Content/posts/x/index.md", copies: &copies)
        if let thumbnail = featuredImage(of: item), media.localFile(for: thumbnail.attachmentURL) != nil { return true }
        return !copies.isEmpty
    }

    mutating func article(_ item: WXRExport.Item) -> ImportedDocument {
        let path = paths[item.id] ?? "Content/posts/\(item.id).md"
        var copies: [String: URL] = [:]
        let (body, converted) = convert(item, path: path, copies: &copies)
        var notes = converted
        var fields: [FrontMatterField] = []
        var comments: [String] = []
        var fileNotes: [String] = []
        fields.append(FrontMatterField("title", .text(title(of: item, body: body, notes: &fileNotes))))
        if let date = WordPressDate.timestamp(local: item.date, gmt: item.dateGMT) {
            fields.append(FrontMatterField("date", .timestamp(date)))
        }
        let authorID = authorIDs[item.creator] ?? "redaktion"
        usedAuthors.insert(authorID)
        fields.append(FrontMatterField("author", .text(authorID)))
        let isDraft = item.status == "draft" || item.status == "pending" || !item.password.isEmpty
        if isDraft { fields.append(FrontMatterField("draft", .bool(true))) }
        if !item.password.isEmpty {
            fileNotes.append("the post was password-protected on WordPress; it is a draft until you decide to publish it")
        }
        let summary = Self.plainTitle(item.excerpt)
        if !summary.isEmpty { fields.append(FrontMatterField("summary", .text(summary))) }
        let tags = item.terms.filter { $0.domain == "post_tag" }.map(\.name)
        if !tags.isEmpty { fields.append(FrontMatterField("tags", .list(Self.uniqued(tags).map(FrontMatterValue.text)))) }
        let categories = item.terms.filter { $0.domain == "category" && $0.slug != "uncategorized" }.map(\.name)
        if !categories.isEmpty {
            fields.append(FrontMatterField("categories", .list(Self.uniqued(categories).map(FrontMatterValue.text))))
            for name in categories where !categoriesUsed.contains(name) { categoriesUsed.append(name) }
        }
        coverImage(of: item, path: path, fields: &fields, comments: &comments, notes: &fileNotes, copies: &copies)
        if let alias = alias(of: item, path: path, notes: &fileNotes) { fields.append(FrontMatterField("aliases", .list([.text(alias)]))) }
        addCopies(copies, beside: path)
        plan.report.count(isDraft ? "drafts" : "articles")
        if item.commentCount > 0 { plan.report.count("comments not imported (Zeche has none)", by: item.commentCount) }
        if body.isEmpty {
            fileNotes.append("the post has no text")
        }
        notes = fileNotes.map { BodyNote(line: 0, message: $0) } + notes
        var document = ImportedDocument(path: path, fields: fields, body: body, bodyNotes: notes)
        document.frontMatterComments = comments
        return document
    }

    mutating func page(_ item: WXRExport.Item) -> ImportedDocument {
        let path = paths[item.id] ?? "Content/pages/\(item.id).md"
        var copies: [String: URL] = [:]
        let (body, notes) = convert(item, path: path, copies: &copies)
        var fileNotes: [String] = []
        var fields = [FrontMatterField("title", .text(title(of: item, body: body, notes: &fileNotes)))]
        let summary = Self.plainTitle(item.excerpt)
        if !summary.isEmpty { fields.append(FrontMatterField("description", .text(summary))) }
        if let alias = alias(of: item, path: path, notes: &fileNotes) { fields.append(FrontMatterField("aliases", .list([.text(alias)]))) }
        if item.parent != 0, let parent = paths[item.parent] {
            fileNotes.append("the page was below '\(parent)' on WordPress; Zeche's pages stand side by side, and the old address is an alias")
        }
        if featuredImage(of: item) != nil {
            fileNotes.append("the page had a featured image; Zeche's pages have no cover image")
        }
        addCopies(copies, beside: path)
        plan.report.count("pages")
        if item.parent == 0 { plan.menuPages.append(path) }
        if item.commentCount > 0 { plan.report.count("comments not imported (Zeche has none)", by: item.commentCount) }
        return ImportedDocument(path: path, fields: fields, body: body, bodyNotes: fileNotes.map { BodyNote(line: 0, message: $0) } + notes)
    }

    private func title(of item: WXRExport.Item, body: String, notes: inout [String]) -> String {
        let plain = Self.plainTitle(item.title)
        if plain != item.title.trimmingCharacters(in: .whitespacesAndNewlines), item.title.contains("<") {
            notes.append("the title had HTML formatting, which Zeche's titles do not have: '\(item.title)'")
        }
        if !plain.isEmpty { return plain }
        notes.append("the post had no title; it got one from its first words")
        let words = body.split(whereSeparator: { $0.isWhitespace }).prefix(8).joined(separator: " ")
            .filter { $0.isLetter || $0.isNumber || $0 == " " || $0 == "," || $0 == "." }
        return words.isEmpty ? "Untitled (\(item.id))" : words + "…"
    }

    /// The old address of the item below the blog, unless it is the address the item gets
    /// anyway with Zeche's default permalink (`/:year/:month/:slug/`, `/NAME/` for pages).
    /// The item's old address as an alias, unless it is the new one, or one of Zeche's own
    /// list pages (a post named "tags" at `/tags/`): that address shows the list now, noted.
    private func alias(of item: WXRExport.Item, path: String, notes: inout [String]) -> String? {
        guard let old = links.oldPath(of: item.link), !old.hasPrefix("?"), old != "/" else { return nil }
        guard old != Self.defaultURL(of: path) else { return nil }
        if let first = old.split(separator: "/").first, old.split(separator: "/").count == 1 || first == "page",
           Self.zecheListFolders.contains(String(first)) {
            notes.append("the old address \(old) is the address of Zeche's \(first) page now, so it is not kept as an alias; links to it show that page")
            return nil
        }
        return old
    }

    /// The first folders of the pages a Zeche site makes itself (`/tags/`, `/page/2/`, the press
    /// kit's `/media/`, the search page at `/search/` or `/suche/` …).
    static let zecheListFolders: Set<String> = [
        "tags", "categories", "authors", "contacts", "page", "vorab", "assets", "media", "search", "suche",
    ]

    static func defaultURL(of path: String) -> String {
        let name = path.hasSuffix("/index.md") ? String(path.split(separator: "/").dropLast().last ?? "") : MarkdownName.stem(path)
        if path.hasPrefix("Content/pages/") { return "/\(name)/" }
        let parts = name.split(separator: "-", maxSplits: 3)
        guard parts.count == 4 else { return "" }
        return "/\(parts[0])/\(parts[1])/\(parts[3])/"
    }

    static func uniqued(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }
}

/// File names of the Markdown files the importers write.
enum MarkdownName {
    static func stem(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    }
}
