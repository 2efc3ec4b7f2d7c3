public import Foundation
import Markdown

/// Turns the folder of a Jekyll or Hugo site, or just its posts folder, into the files of a
/// Zeche site: posts with a date as articles (Hugo's page bundles with their files), files
/// without one as pages, drafts, authors from the names found, and the old addresses as
/// `aliases`. Template tags that Markdown can express are converted; the rest is reported.
public struct StaticSiteImporter: Sendable {
    public enum Kind: Sendable {
        case jekyll
        case hugo
    }

    public let kind: Kind
    /// The old site's address (`https://example.com/blog/`), when its configuration does not
    /// say it or there is none: for `site.yml` and to point links to old addresses at files.
    public var siteURL: String?

    public init(kind: Kind, siteURL: String? = nil) {
        self.kind = kind
        self.siteURL = siteURL
    }

    public func plan(folder: URL, displayPath: String) throws(ImportError) -> ImportPlan {
        guard StaticSiteLayout.isFolder(folder) else {
            throw .cannotRead(path: displayPath, reason: "it is not a folder")
        }
        var run = StaticSiteImportRun(kind: kind, root: folder, siteURL: siteURL)
        return run.run()
    }
}

/// One import of a Jekyll or Hugo folder.
struct StaticSiteImportRun {
    let kind: StaticSiteImporter.Kind
    let root: URL
    var config: StaticSiteConfig
    var layout: StaticSiteLayout
    var plan = ImportPlan()

    /// A body converted for a file's place.
    struct Converted {
        var body: String
        var notes: [BodyNote]
        var anchors: [String: String]
        var copies: [String: URL]
    }

    /// A file to write, worked out before any body is converted.
    struct Placed {
        var entry: StaticSiteLayout.Entry
        var document: SourceDocument
        var isPost: Bool
        var date: String?
        var isDraft: Bool
        var slug: String
        var path = ""
        var oldPath: String?
        var isBundle = false
    }

    var placed: [Placed] = []
    /// Lookups from what links write to the new files.
    var oldPaths: [String: String] = [:]
    var sourcePaths: [String: String] = [:]
    var stems: [String: String] = [:]
    /// The last two parts of each old path → its file, or nil when two paths share them.
    var oldPathTails: [String: String?] = [:]
    /// Author id → name.
    var authors: [String: String] = [:]
    /// The old site's address, parsed once.
    var siteAddress: URLComponents?
    /// New file → its explicit HTML anchors and the heading ids they now are.
    var anchorIDs: [String: [String: String]] = [:]

    init(kind: StaticSiteImporter.Kind, root: URL, siteURL: String?) {
        self.kind = kind
        self.root = root
        config = StaticSiteConfig.read(kind: kind, root: root)
        if let siteURL, !siteURL.isEmpty { config.url = siteURL.hasSuffix("/") ? siteURL : siteURL + "/" }
        layout = kind == .jekyll ? StaticSiteLayout.jekyll(root) : StaticSiteLayout.hugo(root)
        siteAddress = URLComponents(string: config.url)
    }

    mutating func run() -> ImportPlan {
        plan.siteTitle = config.title
        plan.siteURL = config.url
        plan.siteDescription = config.description
        plan.siteLanguage = config.language
        for entry in layout.entries { classify(entry) }
        place()
        // Posts that copy files become bundles; that changes their paths, so place again and
        // convert again the bodies that link to them (and the bundles themselves).
        var converted: [Converted?] = []
        var moved: [String] = []
        for index in placed.indices {
            var copies: [String: URL] = [:]
            let (body, notes, anchors) = convertBody(placed[index], copies: &copies)
            if placed[index].isPost, !copies.isEmpty || coverIsLocal(placed[index]) {
                placed[index].isBundle = true
                moved.append(MarkdownName.stem(placed[index].path) + ".md")
                converted.append(nil)
            } else {
                converted.append(Converted(body: body, notes: notes, anchors: anchors, copies: copies))
            }
        }
        if !moved.isEmpty { place() }
        for (index, item) in placed.enumerated() {
            var reuse = converted[index]
            if let body = reuse?.body, moved.contains(where: { body.contains($0) }) { reuse = nil }
            plan.documents.append(document(for: item, converted: reuse))
        }
        pointLinksAtAnchors()
        writeAuthors()
        for (kind, count) in layout.skipped.sorted(by: { $0.key < $1.key }) { plan.report.count("\(kind) not imported", by: count) }
        plan.collectNotes()
        return plan
    }

    /// Reads an entry and decides whether it is a post, a page, or left out.
    private mutating func classify(_ entry: StaticSiteLayout.Entry) {
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(entry.path).path) else {
            plan.report.count("unreadable files left out")
            plan.report.remarks.append("'\(entry.path)' could not be read; it was left out.")
            return
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            plan.report.count("files not in UTF-8 left out")
            plan.report.remarks.append("'\(entry.path)' is not UTF-8 text; it was left out. Save it as UTF-8 and import it again.")
            return
        }
        let document = SourceDocument(path: entry.path, text: text)
        // Jekyll publishes a file outside _posts/ and _drafts/ only when it has front matter.
        if kind == .jekyll, layout.contentFolder == "_posts", !entry.path.hasPrefix("_posts/"), !entry.path.hasPrefix("_drafts/"),
           document.fields.isEmpty, document.problem == nil, !text.hasPrefix("---") {
            plan.report.count("files without front matter left out")
            plan.report.remarks.append("'\(entry.path)' has no front matter, so Jekyll did not publish it; it was left out.")
            return
        }
        let isDraft = entry.isDraft || document.first("draft") == .bool(true) || document.first("published") == .bool(false)
        let hasText = !document.body.allSatisfy(\.isWhitespace)
        var date = Self.date(of: document) ?? SourceDate.day(fromFileName: StaticSiteLayout.stem(entry.path))
        if date == nil, isDraft, hasText { date = modificationDay(entry.path) }
        if entry.isSectionIndex || (StaticSiteLayout.stem(entry.path) == "index" && entry.bundleFiles.isEmpty && date == nil) {
            // A section's list page with text becomes a page; the home page never does.
            let folder = StaticSiteLayout.folder(of: entry.path)
            guard hasText, folder != layout.contentFolder, !folder.isEmpty else {
                plan.report.count("list and home pages left out")
                plan.report.remarks.append("'\(entry.path)' is a list or home page" + (hasText ? " with text; Zeche makes its index itself, so move its text to a page if it matters." : "; Zeche makes its index itself."))
                return
            }
        }
        if date == nil, !hasText {
            plan.report.count("files without date or text left out")
            plan.report.remarks.append("'\(entry.path)' has neither a date nor text; it was left out.")
            return
        }
        let name = Self.name(of: entry)
        let fromName = SourceDate.day(fromFileName: name) != nil ? String(name.dropFirst(11)) : name
        var slug = Slug.make(document.first("slug")?.text ?? fromName)
        if slug.isEmpty { slug = Slug.make(document.first("title")?.text ?? "") }
        if slug.isEmpty { slug = "article" }
        // A page bundle stays one, with all its files.
        placed.append(Placed(entry: entry, document: document, isPost: date != nil, date: date, isDraft: isDraft, slug: slug,
                             isBundle: date != nil && !entry.bundleFiles.isEmpty))
    }

    /// The file's name without extension; for an `index.md` or `_index.md`, its folder's.
    static func name(of entry: StaticSiteLayout.Entry) -> String {
        let stem = StaticSiteLayout.stem(entry.path)
        guard stem == "index" || stem == "_index" else { return stem }
        let folder = StaticSiteLayout.folder(of: entry.path)
        return folder.isEmpty ? stem : StaticSiteLayout.stem(folder)
    }

    /// The date of the front matter as a YAML timestamp.
    static func date(of document: SourceDocument) -> String? {
        switch document.first("date", "publishDate", "pubDate", "published_at", "created") {
        case .timestamp(let stamp): stamp
        case .string(let text): SourceDate.timestamp(text)
        default: nil
        }
    }

    private func modificationDay(_ path: String) -> String? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: root.appendingPathComponent(path).path),
              let date = attributes[.modificationDate] as? Date else { return nil }
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(secondsFromGMT: 0) ?? .current, from: date)
        guard let year = parts.year, let month = parts.month, let day = parts.day else { return nil }
        return SourceDate.timestamp("\(fourDigits(year))-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)")
    }

    /// Gives every placed file its new path and its old address, and fills the lookups.
    private mutating func place() {
        var used: Set<String> = []
        var usedPages: Set<String> = []
        oldPaths = [:]
        oldPathTails = [:]
        sourcePaths = [:]
        stems = [:]
        for index in placed.indices {
            var item = placed[index]
            if item.isPost, let date = item.date {
                // Unique within the month: that is the URL with Zeche's default permalink.
                let month = String(date.prefix(7))
                var slug = item.slug
                var number = 2
                while used.contains(month + "/" + slug) {
                    slug = item.slug + "-\(number)"
                    number += 1
                }
                used.insert(month + "/" + slug)
                let stem = String(date.prefix(10)) + "-" + slug
                item.path = item.isBundle ? "Content/posts/\(stem)/index.md" : "Content/posts/\(stem).md"
            } else {
                var slug = item.slug
                if WordPressImportRun.reservedPageSlugs.contains(slug) { slug += "-page" }
                item.path = "Content/pages/\(WordPressImportRun.unique(slug, in: &usedPages)).md"
            }
            let relativeStem = item.entry.folders.joined(separator: "/")
            let facts = StaticSitePermalinks.Facts(
                kind: kind, relativeStem: relativeStem, folders: item.entry.folders, fileName: Self.name(of: item.entry),
                slug: item.document.first("slug")?.text ?? Self.name(of: item.entry),
                title: item.document.first("title")?.text ?? "", date: item.date,
                categories: categories(of: item.document, entry: item.entry), isPost: item.isPost,
                isJekyllPostsFolder: kind == .jekyll && layout.contentFolder == "_posts")
            item.oldPath = StaticSitePermalinks.path(facts, config: config, explicit: item.document.first("permalink", "url")?.text)
            if kind == .jekyll, facts.isJekyllPostsFolder, item.isPost, item.document.first("slug") == nil {
                // Jekyll's :title is the file name without its date.
                let name = Self.name(of: item.entry)
                let title = SourceDate.day(fromFileName: name) != nil ? String(name.dropFirst(11)) : name
                var withTitle = facts
                withTitle.slug = title
                item.oldPath = StaticSitePermalinks.path(withTitle, config: config, explicit: item.document.first("permalink")?.text)
            }
            placed[index] = item
            if let old = item.oldPath {
                let key = StaticSitePermalinks.key(old)
                oldPaths[key] = item.path
                let parts = key.split(separator: "/")
                if parts.count >= 2 {
                    let tail = parts.suffix(2).joined(separator: "/")
                    oldPathTails[tail] = oldPathTails[tail] == nil ? .some(item.path) : .some(nil)
                }
            }
            sourcePaths[item.entry.path] = item.path
            stems[Self.name(of: item.entry)] = item.path
        }
    }

    /// Links to another file's explicit anchor (`other.md#CVE-2016-6304`) take the id of the
    /// heading the anchor stood before.
    private mutating func pointLinksAtAnchors() {
        guard !anchorIDs.isEmpty else { return }
        for index in plan.documents.indices where plan.documents[index].body.contains(".md#") {
            let document = plan.documents[index]
            var replacements: [String: String] = [:]
            for link in MarkdownParser().parse(document.body).links {
                guard let hash = link.destination.firstIndex(of: "#"), !link.destination.contains("://") else { continue }
                let file = String(link.destination[..<hash])
                let name = String(link.destination[link.destination.index(after: hash)...])
                let folder = StaticSiteLayout.folder(of: document.path)
                guard let target = WordPressLinks.normalizedPath(folder + "/" + file), let id = anchorIDs[target]?[name] else { continue }
                replacements[link.destination] = file + "#" + id
            }
            plan.documents[index].body = LinkDestinations.replace(replacements, in: document.body)
        }
    }

    func categories(of document: SourceDocument, entry: StaticSiteLayout.Entry) -> [String] {
        let names = (document.first("categories")?.texts(splitting: kind == .jekyll) ?? []) + (document.first("category")?.texts() ?? [])
        return WordPressImportRun.uniqued(names)
    }
}
