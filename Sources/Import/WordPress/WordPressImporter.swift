public import Foundation
import Markdown

/// Turns a WordPress export (WXR 1.1 or 1.2) into the files of a Zeche site: published posts
/// as articles (bundles when they have images at hand), drafts with `draft: true`, pages,
/// authors, categories and tags, featured images, and the old permalinks as `aliases`.
public struct WordPressImporter: Sendable {
    /// A copy of the old site's `wp-content/uploads` folder, if there is one.
    public var uploads: URL?

    public init(uploads: URL? = nil) {
        self.uploads = uploads
    }

    /// Reads the export at `file` (named `displayPath` in messages) and plans the import.
    public func plan(file: URL, displayPath: String) throws(ImportError) -> ImportPlan {
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            throw .cannotRead(path: displayPath, reason: error.localizedDescription)
        }
        return plan(try WXRReader.read(data, path: displayPath))
    }

    /// Plans the import of `data`, an export's bytes.
    public func plan(data: Data, displayPath: String) throws(ImportError) -> ImportPlan {
        plan(try WXRReader.read(data, path: displayPath))
    }

    func plan(_ export: WXRExport) -> ImportPlan {
        var run = WordPressImportRun(export: export, uploads: uploads)
        return run.run()
    }
}

/// One import: the state that the items share while they are converted.
struct WordPressImportRun {
    let export: WXRExport
    var plan = ImportPlan()
    var links: WordPressLinks
    var media: WordPressMedia
    /// Author login → author id.
    var authorIDs: [String: String] = [:]
    /// Author ids that articles name.
    var usedAuthors: Set<String> = []
    /// Post id → whether it has files at hand, which makes it a bundle.
    var bundles: Set<Int> = []
    /// Item id → the planned file.
    var paths: [Int: String] = [:]
    var categoriesUsed: [String] = []

    init(export: WXRExport, uploads: URL?) {
        self.export = export
        let blogURL = export.baseBlogURL.isEmpty ? export.link : export.baseBlogURL
        links = WordPressLinks(blogURL: blogURL)
        media = WordPressMedia(uploads: uploads, blogHost: links.host, items: export.items)
    }

    mutating func run() -> ImportPlan {
        plan.siteTitle = export.title
        plan.siteURL = links.blogURL + "/"
        plan.siteDescription = export.description
        plan.siteLanguage = export.language
        assignAuthorIDs()
        let selected = select()
        // Where each item goes; a post with images at hand becomes a bundle, which a first
        // conversion finds out (links between posts need the final paths).
        placeAll(selected)
        for item in selected where item.type == "post" && usesLocalFiles(item) { bundles.insert(item.id) }
        placeAll(selected)
        for item in selected {
            if item.type == "page" { plan.documents.append(page(item)) } else { plan.documents.append(article(item)) }
        }
        writeAuthors()
        if let manifest = media.manifest {
            plan.textFiles["import-manifest.txt"] = manifest
            plan.report.count("files to fetch (import-manifest.txt)", by: media.missing.count)
            plan.report.remarks.append(
                "\(media.missing.count) images and files are not in the site: they stay links to their old address. "
                    + "import-manifest.txt lists them; fetch them into a folder and import again with --uploads FOLDER.")
        }
        suggestCategories()
        plan.collectNotes()
        return plan
    }

    private mutating func placeAll(_ items: [WXRExport.Item]) {
        var used: Set<String> = []
        for item in items {
            let path = item.type == "page" ? pagePath(item, used: &used) : articlePath(item, used: &used)
            paths[item.id] = path
            links.add(id: item.id, link: item.link, path: path)
        }
    }

    /// The items to import, counting the others by kind.
    private mutating func select() -> [WXRExport.Item] {
        var selected: [WXRExport.Item] = []
        var otherTypes: [String: Int] = [:]
        for item in export.items {
            switch (item.type, item.status) {
            case ("post", "publish"), ("post", "future"), ("post", "draft"), ("post", "pending"),
                 ("page", "publish"), ("page", "future"):
                selected.append(item)
            case ("page", "draft"), ("page", "pending"):
                plan.report.count("draft pages left out")
                plan.report.remarks.append("The draft page '\(Self.plainTitle(item.title))' (id \(item.id)) was left out: Zeche's pages have no drafts.")
            case (_, "private"):
                plan.report.count("private items left out")
            case (_, "trash"):
                plan.report.count("trashed items left out")
            case ("post", _), ("page", _):
                plan.report.count("other post states left out (\(item.status))")
            case ("attachment", _):
                plan.report.count("attachments (media)")
            default:
                otherTypes[item.type, default: 0] += 1
            }
        }
        for (type, count) in otherTypes.sorted(by: { $0.key < $1.key }) {
            plan.report.count("\(type) items left out", by: count)
        }
        return selected
    }

    // MARK: Authors

    private mutating func assignAuthorIDs() {
        var used: Set<String> = []
        for author in export.authors where authorIDs[author.login] == nil {
            authorIDs[author.login] = Self.unique(Slug.make(author.login).isEmpty ? "author" : Slug.make(author.login), in: &used)
        }
        for item in export.items where authorIDs[item.creator] == nil && !item.creator.isEmpty {
            authorIDs[item.creator] = Self.unique(Slug.make(item.creator).isEmpty ? "author" : Slug.make(item.creator), in: &used)
        }
    }

    private mutating func writeAuthors() {
        for (login, id) in authorIDs.sorted(by: { $0.value < $1.value }) where usedAuthors.contains(id) {
            let author = export.authors.first { $0.login == login }
            let fullName = [author?.firstName ?? "", author?.lastName ?? ""].filter { !$0.isEmpty }.joined(separator: " ")
            let name = [author?.displayName ?? "", fullName, login].first { !$0.isEmpty } ?? id
            plan.documents.append(ImportedDocument(
                path: "Content/authors/\(id).md", fields: [FrontMatterField("name", .text(name))], body: ""))
            plan.report.count("authors")
        }
    }

    // MARK: Names

    static func unique(_ base: String, in used: inout Set<String>) -> String {
        var candidate = base
        var number = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(number)"
            number += 1
        }
        used.insert(candidate)
        return candidate
    }

    /// A slug from WordPress's post name (percent-encoded for letters outside ASCII), or from
    /// the title when the name has no ASCII letter (a Greek name would leave only digits).
    static func slug(of item: WXRExport.Item) -> String {
        let name = item.name.removingPercentEncoding ?? item.name
        let fromName = Slug.make(name)
        if fromName.contains(where: { $0.isLetter }) { return fromName }
        let fromTitle = Slug.make(plainTitle(item.title))
        if fromTitle.contains(where: { $0.isLetter }) { return String(fromTitle.prefix(80)) }
        return "\(item.type)-\(item.id)"
    }

    /// A title without HTML tags, with character references decoded.
    static func plainTitle(_ title: String) -> String {
        HTMLTreeBuilder.parse(title).map(\.textContent).joined().trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

extension WordPressImportRun {
    /// Categories go into each article's front matter as `categories:`; the site's list of
    /// them is a suggestion for `site.yml` (Zeche reads categories from there once they come).
    mutating func suggestCategories() {
        guard !categoriesUsed.isEmpty else { return }
        plan.report.count("categories", by: categoriesUsed.count)
        var lines = ["# WordPress's categories, as the articles name them in 'categories:'."]
        lines.append("categories:")
        for name in categoriesUsed {
            let description = export.categories.first { $0.name == name }?.description ?? ""
            lines.append("  - " + YAMLWriter.scalar(name) + (description.isEmpty ? "" : "  # " + description.replacingOccurrences(of: "\n", with: " ")))
        }
        plan.report.siteSuggestion = lines.joined(separator: "\n")
    }
}
