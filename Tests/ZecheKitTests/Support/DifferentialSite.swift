import Foundation
import ZecheTestSupport

/// A site of a few hundred articles, with authors, tags, related lists, bundles, shared
/// images, pages and the default theme, that random edits change as an editing team would:
/// the differential test of the preview.
///
/// The site is kept as a model and written from it, so that most edits leave a site that
/// builds; `break` writes one file that does not fit the model (a typo, a missing file, a
/// template syntax error), and the file is written from the model again by a later edit or
/// by `fixBreakage`. Every write gets a modification time one second after the last, so
/// that a run that checks every file's signature sees every edit.
struct DifferentialSite {
    struct ArticleModel {
        var id: String
        /// The date in the file name, which never changes.
        let fileDate: String
        var isBundle: Bool
        var title: String
        var date: (year: Int, month: Int, day: Int, hour: Int)
        var authors: [String]
        var tags: [String]
        var related: [String]?
        var slug: String?
        var isDraft: Bool
        var bodyVersion: Int
        var cover: String?
        /// Albums of the press kit the article offers.
        var media: [String] = []
        /// A stable article the body links to.
        var linkTarget: String?

        var path: String {
            isBundle ? "Content/posts/\(fileDate)-\(id)/index.md" : "Content/posts/\(fileDate)-\(id).md"
        }
        /// Its English translation's file, beside it.
        var englishPath: String { String(path.dropLast(3)) + ".en.md" }
        /// Every fourth article has an English translation.
        var isTranslated: Bool { (Int(id.split(separator: "-").dropFirst().first ?? "") ?? 1) % 4 == 0 }
        var folder: String? { isBundle ? "Content/posts/\(fileDate)-\(id)" : nil }
        var effectiveSlug: String { slug ?? id }
    }

    let root: URL
    var random: SeededRandom
    var articles: [String: ArticleModel] = [:]
    var authors: [String: (name: String, version: Int)] = [:]
    var pages: [String: Int] = [:]
    var images: [String: Int] = [:]
    /// The press kit: each album's version and its files' versions (SVGs whose size follows
    /// the version, so that an edit changes the width of every <img> showing the file).
    var albums: [String: (version: Int, files: [String: Int])] = ["logos": (0, ["logo.svg": 0]), "fotos": (0, ["bild.svg": 0])]
    var config = (title: "Differential-Newsroom", paginate: 10, relatedCount: 3, feed: "full", description: "Nachrichten")
    var layoutVersion = 0
    var partialVersion = 0
    var stylesheetVersion = 0
    /// The file that does not fit the model, while the site is broken.
    private(set) var brokenPath: String?
    private var clock: TimeInterval = 1_780_000_000
    private var nextArticle = 0

    static let tagPool = ["Digitalisierung", "Ruhrgebiet", "Cloud", "KI", "Messe", "Personal", "Nachhaltigkeit",
                          "Produkt", "Forschung", "Energie", "Mobilität", "Bildung"]
    /// Articles that are never deleted, renamed or given another slug: bodies link to them
    /// and related lists name them.
    static let stableCount = 20

    init(root: URL, seed: UInt64, articleCount: Int = 200) throws {
        self.root = root
        random = SeededRandom(seed: seed)
        try PackagePaths.copySampleSite(to: root)
        try FileManager.default.removeItem(at: root.appendingPathComponent("Content"))
        for number in 1...5 { authors["a\(number)"] = ("Autorin \(number)", 0) }
        for number in 1...5 { images["img\(number)"] = 0 }
        for name in ["impressum", "datenschutz", "ueber-uns"] { pages[name] = 0 }
        for _ in 0..<articleCount { addArticle() }
        try writeAll()
    }

    var stableIDs: [String] { (0..<Self.stableCount).map { Self.id($0) } }
    var editableIDs: [String] { articles.keys.filter { !stableIDs.contains($0) }.sorted() }

    static func id(_ number: Int) -> String { "artikel-\(number)" }

    // MARK: Edits

    /// One random edit; returns the paths it changed, as the file watcher reports them.
    mutating func randomEdit() throws -> Set<String> {
        if brokenPath != nil, random.chance(0.3) { return try fixBreakage() }
        let ids = articles.keys.sorted()
        switch random.int(0...20) {
        case 0, 1, 2:
            let id = random.pick(ids)
            articles[id]?.bodyVersion += 1
            return try write(article: id)
        case 3:
            let id = random.pick(ids)
            articles[id]?.title += " (neu)"
            return try write(article: id)
        case 4:
            let id = random.pick(ids)
            let date = randomDate()
            articles[id]?.date = date
            return try write(article: id)
        case 5:
            let id = random.pick(ids)
            articles[id]?.tags = random.sample(Self.tagPool, count: random.int(0...3))
            return try write(article: id)
        case 6:
            let id = random.pick(ids)
            articles[id]?.authors = random.sample(authors.keys.sorted(), count: random.int(1...2))
            return try write(article: id)
        case 7:
            let id = random.pick(ids)
            let related = random.chance(0.3) ? nil : random.sample(stableIDs.filter { $0 != id }, count: random.int(0...3))
            articles[id]?.related = related
            return try write(article: id)
        case 8:
            guard let id = editableIDs.randomElement(using: &random) else { return [] }
            articles[id]?.slug = random.chance(0.5) ? nil : "\(id)-\(random.int(1...99))"
            return try write(article: id)
        case 9:
            let id = random.pick(ids)
            articles[id]?.isDraft.toggle()
            return try write(article: id)
        case 10:
            let id = addArticle()
            return try write(article: id)
        case 11:
            guard let id = editableIDs.randomElement(using: &random) else { return [] }
            return try removeArticle(id)
        case 12:
            return try renameArticle()
        case 13:
            return try editAuthors()
        case 14:
            return try editImages()
        case 15:
            return try editConfig()
        case 16:
            layoutVersion += 1
            return try writeTheme("Templates/article.mustache")
        case 17:
            partialVersion += 1
            return try writeTheme("Templates/partials/byline.mustache")
        case 18:
            if random.chance(0.5) {
                stylesheetVersion += 1
                return try writeTheme("Templates/assets/site.css")
            }
            let page = random.pick(pages.keys.sorted())
            pages[page, default: 0] += 1
            return try write(page: page)
        case 19:
            return try editAlbums()
        default:
            return try breakSite()
        }
    }

    /// Writes a file that does not fit the model; the site then has an error.
    mutating func breakSite() throws -> Set<String> {
        if let brokenPath { return try rewrite(brokenPath) }
        let id = random.pick(articles.keys.sorted())
        guard let article = articles[id] else { return [] }
        let text = articleText(article)
        let broken: (String, String)
        switch random.int(0...4) {
        case 0: broken = (article.path, text.replacingOccurrences(of: "author: [", with: "author: [autorx, "))
        case 1: broken = (article.path, text.replacingOccurrences(of: "title:", with: "title: \"kaputt\nx:"))
        case 2: broken = (article.path, text + "\nSiehe [hier](gibt-es-nicht.md).\n")
        case 3: broken = ("Templates/partials/byline.mustache", themeText("Templates/partials/byline.mustache") + "{{#offen}}\n")
        default: broken = ("site.yml", configText().replacingOccurrences(of: "paginate: \(config.paginate)", with: "paginate: 0"))
        }
        brokenPath = broken.0
        try write(broken.1, to: broken.0)
        return [broken.0]
    }

    /// Writes the broken file from the model again.
    mutating func fixBreakage() throws -> Set<String> {
        guard let brokenPath else { return [] }
        return try rewrite(brokenPath)
    }

    private mutating func rewrite(_ path: String) throws -> Set<String> {
        if path == "site.yml" { return try editConfig(changing: false) }
        if path.hasPrefix("Templates/") { return try writeTheme(path) }
        guard let id = articles.values.first(where: { $0.path == path })?.id else { brokenPath = nil; return [] }
        return try write(article: id)
    }

    private mutating func renameArticle() throws -> Set<String> {
        guard let id = editableIDs.randomElement(using: &random), var article = articles.removeValue(forKey: id) else { return [] }
        let old = article.folder ?? article.path
        try remove(old)
        var gone: Set<String> = [old]
        if article.isTranslated, article.folder == nil {
            try remove(article.englishPath)
            gone.insert(article.englishPath)
        }
        article.id = id + "-umbenannt"
        articles[article.id] = article
        return try write(article: article.id).union(gone)
    }

    private mutating func editAuthors() throws -> Set<String> {
        var changed: Set<String> = []
        let candidates = authors.keys.filter { $0 != "a1" }.sorted()
        if random.chance(0.4), let gone = candidates.randomElement(using: &random) {
            authors[gone] = nil
            try remove("Content/authors/\(gone).md")
            changed.insert("Content/authors/\(gone).md")
            for id in articles.keys.sorted() where articles[id]?.authors.contains(gone) == true {
                articles[id]?.authors.removeAll { $0 == gone }
                if articles[id]?.authors.isEmpty == true { articles[id]?.authors = ["a1"] }
                changed.formUnion(try write(article: id))
            }
        } else if random.chance(0.5) {
            let id = "a\(authors.count + random.int(6...99))"
            authors[id] = ("Neue Autorin \(id)", 0)
            changed.formUnion(try write(author: id))
            let id2 = random.pick(articles.keys.sorted())
            articles[id2]?.authors.append(id)
            changed.formUnion(try write(article: id2))
        } else {
            let id = random.pick(authors.keys.sorted())
            authors[id]?.version += 1
            changed.formUnion(try write(author: id))
        }
        return changed
    }

    private mutating func editImages() throws -> Set<String> {
        if random.chance(0.4), let gone = images.keys.sorted().randomElement(using: &random), images.count > 1 {
            images[gone] = nil
            try remove("Content/images/\(gone).svg")
            var changed: Set<String> = ["Content/images/\(gone).svg"]
            for id in articles.keys.sorted() where articles[id]?.cover == gone {
                articles[id]?.cover = nil
                changed.formUnion(try write(article: id))
            }
            return changed
        }
        let name = random.chance(0.5) ? "img\(images.count + random.int(6...99))" : random.pick(images.keys.sorted())
        images[name, default: 0] += 1
        try write(svg(version: images[name] ?? 0), to: "Content/images/\(name).svg")
        return ["Content/images/\(name).svg"]
    }

    /// An album's text, a file's bytes (and size), a file added or removed, or the albums an
    /// article offers.
    private mutating func editAlbums() throws -> Set<String> {
        let id = random.pick(albums.keys.sorted())
        switch random.int(0...3) {
        case 0:
            albums[id]?.version += 1
            return try write(album: id)
        case 1:
            guard let file = albums[id]?.files.keys.sorted().randomElement(using: &random) else { return [] }
            albums[id]?.files[file, default: 0] += 1
            let path = "Content/media/\(id)/\(file)"
            try write(svg(version: albums[id]?.files[file] ?? 0), to: path)
            return [path]
        case 2:
            let path = "Content/media/\(id)/extra.svg"
            if albums[id]?.files["extra.svg"] != nil {
                albums[id]?.files["extra.svg"] = nil
                try remove(path)
                return try write(album: id).union([path])
            }
            albums[id]?.files["extra.svg"] = 3
            try write(svg(version: 3), to: path)
            return try write(album: id).union([path])
        default:
            let article = random.pick(articles.keys.sorted())
            articles[article]?.media = random.sample(albums.keys.sorted(), count: random.int(0...2))
            return try write(article: article)
        }
    }

    private mutating func editConfig(changing: Bool = true) throws -> Set<String> {
        if changing {
            switch random.int(0...3) {
            case 0: config.paginate = random.int(3...15)
            case 1: config.relatedCount = random.int(0...5)
            case 2: config.title += "+"
            default: config.feed = config.feed == "full" ? "summary" : "full"
            }
        }
        if brokenPath == "site.yml" { brokenPath = nil }
        try write(configText(), to: "site.yml")
        return ["site.yml"]
    }

    /// Changes the text of article `id`.
    mutating func editText(of id: String) throws -> Set<String> {
        articles[id]?.bodyVersion += 1
        return try write(article: id)
    }

    /// Adds an article that a build publishes (dated 2025, no draft); returns its id and paths.
    mutating func addPublishedArticle() throws -> (id: String, changed: Set<String>) {
        let id = addArticle()
        articles[id]?.date = (2025, 3, 3, 10)
        articles[id]?.isDraft = false
        return (id, try write(article: id))
    }

    /// Removes article `id` (one of `editableIDs`) with its files.
    mutating func removeArticle(_ id: String) throws -> Set<String> {
        guard let article = articles.removeValue(forKey: id) else { return [] }
        try remove(article.folder ?? article.path)
        if article.isTranslated, article.folder == nil {
            try remove(article.englishPath)
            return [article.path, article.englishPath]
        }
        return [article.folder ?? article.path]
    }

    @discardableResult
    private mutating func addArticle() -> String {
        let number = nextArticle
        nextArticle += 1
        let id = Self.id(number)
        let date = randomDate()
        let fileDate = String(format: "%04d-%02d-%02d", date.year, date.month, date.day)
        let stable = number < Self.stableCount
        articles[id] = ArticleModel(
            id: id, fileDate: fileDate, isBundle: random.chance(0.1), title: "Meldung \(number)", date: date,
            authors: random.sample(authors.keys.sorted(), count: random.int(1...2)),
            tags: random.sample(Self.tagPool, count: random.int(0...3)),
            related: random.chance(0.3) && number > 1 ? random.sample((0..<min(number, Self.stableCount)).map { Self.id($0) }, count: 2) : nil,
            slug: nil, isDraft: !stable && random.chance(0.05), bodyVersion: 0,
            cover: random.chance(0.3) ? random.pick(images.keys.sorted()) : nil,
            media: random.chance(0.2) ? random.sample(albums.keys.sorted(), count: random.int(1...2)) : [],
            linkTarget: random.chance(0.2) && number > 0 ? Self.id(random.int(0...min(number - 1, Self.stableCount - 1))) : nil)
        return id
    }

    private mutating func randomDate() -> (year: Int, month: Int, day: Int, hour: Int) {
        // Some in the future of the test's moment (2026-06-01), which are left out.
        (random.pick([2025, 2026]), random.int(1...12), random.int(1...28), random.int(6...20))
    }

    // MARK: Writing

    private mutating func writeAll() throws {
        for id in articles.keys.sorted() { _ = try write(article: id) }
        for id in authors.keys.sorted() { _ = try write(author: id) }
        for page in pages.keys.sorted() { _ = try write(page: page) }
        for (name, version) in images { try write(svg(version: version), to: "Content/images/\(name).svg") }
        for id in albums.keys.sorted() {
            for (file, version) in albums[id]?.files ?? [:] { try write(svg(version: version), to: "Content/media/\(id)/\(file)") }
            _ = try write(album: id)
        }
        try write(configText(), to: "site.yml")
    }

    private mutating func write(article id: String) throws -> Set<String> {
        guard let article = articles[id] else { return [] }
        if brokenPath == article.path { brokenPath = nil }
        try write(articleText(article), to: article.path)
        var changed: Set<String> = [article.path]
        if article.isTranslated {
            try write(englishText(article), to: article.englishPath)
            changed.insert(article.englishPath)
        }
        if let folder = article.folder {
            let photo = folder + "/foto.svg"
            if !FileManager.default.fileExists(atPath: root.appendingPathComponent(photo).path) {
                try write(svg(version: 7), to: photo)
                changed.insert(photo)
            }
        }
        return changed
    }

    private mutating func write(album id: String) throws -> Set<String> {
        guard let album = albums[id] else { return [] }
        let path = "Content/media/\(id)/index.md"
        var lines = ["---", "title: Album \(id), Fassung \(album.version)", "date: 2026-0\(album.version % 9 + 1)-01", "licence: Frei", "files:"]
        for file in album.files.keys.sorted() {
            lines += ["  - name: \(file)", "    caption: \(file) in Fassung \(album.version)", "    credit: \"Foto: Redaktion\""]
        }
        try write(lines.joined(separator: "\n") + "\n---\nDas Album \(id).\n", to: path)
        return [path]
    }

    private mutating func write(author id: String) throws -> Set<String> {
        guard let author = authors[id] else { return [] }
        let path = "Content/authors/\(id).md"
        try write("---\nname: \(author.name)\nrole: Redaktion, Fassung \(author.version)\n---\nSchreibt über das Revier (\(author.version)).\n", to: path)
        return [path]
    }

    private mutating func write(page name: String) throws -> Set<String> {
        let path = "Content/pages/\(name).md"
        try write("---\ntitle: Seite \(name)\n---\n## Angaben\n\nText der Seite, Fassung \(pages[name] ?? 0). Zum [Artikel](../posts/\(articleFile(Self.id(0)))).\n", to: path)
        return [path]
    }

    private mutating func writeTheme(_ path: String) throws -> Set<String> {
        if brokenPath == path { brokenPath = nil }
        try write(themeText(path), to: path)
        return [path]
    }

    /// The repository's theme file with the model's version marks.
    private func themeText(_ path: String) -> String {
        let original = (try? String(contentsOf: PackagePaths.root().appendingPathComponent(path), encoding: .utf8)) ?? ""
        switch path {
        case "Templates/article.mustache": return original + "{{! Fassung \(layoutVersion) }}<!-- Artikel \(layoutVersion) -->\n"
        case "Templates/partials/byline.mustache": return original + "<!-- Zeile \(partialVersion) -->\n"
        case "Templates/assets/site.css": return original + "\n/* Fassung \(stylesheetVersion) */\n"
        default: return original
        }
    }

    private func articleFile(_ id: String) -> String {
        guard let article = articles[id] else { return "fehlt.md" }
        return article.isBundle ? "\(article.fileDate)-\(id)/index.md" : "\(article.fileDate)-\(id).md"
    }

    func articleText(_ article: ArticleModel) -> String {
        var lines = ["---", "title: \"\(article.title)\"",
                     String(format: "date: %04d-%02d-%02d %02d:00", article.date.year, article.date.month, article.date.day, article.date.hour),
                     "author: [\(article.authors.joined(separator: ", "))]"]
        if !article.tags.isEmpty { lines.append("tags: [\(article.tags.joined(separator: ", "))]") }
        if let related = article.related { lines.append("related: [\(related.compactMap { articles[$0]?.effectiveSlug }.joined(separator: ", "))]") }
        if let slug = article.slug { lines.append("slug: \(slug)") }
        if article.isDraft { lines.append("draft: true") }
        if !article.media.isEmpty { lines.append("media: [\(article.media.joined(separator: ", "))]") }
        if let cover = article.cover, images[cover] != nil {
            lines += ["image: /images/\(cover).svg", "image_alt: Bild \(cover)", "image_caption: Bild \(cover), Fassung \(article.bodyVersion)",
                      "image_credit: \"Grafik: Redaktion\""]
        } else if article.isBundle {
            lines += ["image: foto.svg", "image_alt: Foto der Meldung"]
        }
        lines.append("---")
        let prefix = article.isBundle ? "../" : ""
        var body = "Der erste Absatz von \(article.title), Fassung \(article.bodyVersion).\n\n## Hintergrund\n\n"
            + "Mehr Text mit *Betonung* und einer Liste:\n\n- eins\n- zwei\n\n> „Ein Zitat.“\n>\n> — Sprecherin \(article.bodyVersion)\n"
        if let cover = article.cover, images[cover] != nil {
            body += "\n![Noch einmal](/images/\(cover).svg \"Im Text, Fassung \(article.bodyVersion) | Grafik: Redaktion\")\n"
        }
        if let target = article.linkTarget, articles[target] != nil {
            body += "\nSiehe auch [die andere Meldung](\(prefix)\(articleFile(target))).\n"
        }
        return lines.joined(separator: "\n") + "\n" + body
    }

    /// The English translation: the same place, its own title, slug and text.
    func englishText(_ article: ArticleModel) -> String {
        var lines = ["---", "title: \"News \(article.title.dropFirst("Meldung ".count))\"",
                     String(format: "date: %04d-%02d-%02d %02d:00", article.date.year, article.date.month, article.date.day, article.date.hour),
                     "author: [\(article.authors.joined(separator: ", "))]", "slug: \(article.effectiveSlug)-en"]
        if !article.tags.isEmpty { lines.append("tags: [\(article.tags.map { $0 + " EN" }.joined(separator: ", "))]") }
        if article.isDraft { lines.append("draft: true") }
        lines.append("---")
        return lines.joined(separator: "\n") + "\nThe first paragraph of \(article.title), version \(article.bodyVersion).\n"
    }

    private func configText() -> String {
        """
        title: \(config.title)
        description: \(config.description)
        url: https://news.example.com/
        paginate: \(config.paginate)
        related_count: \(config.relatedCount)
        feed: \(config.feed)
        menus:
          main:
            - {title: Newsroom, url: /}
            - {title: Themen, url: /tags/}
          footer:
            - {title: Impressum, url: /impressum/}
        language: de
        languages:
          de: {path: /}
          en: {path: /en/, title: Differential Newsroom}

        """
    }

    private func svg(version: Int) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(40 + version % 5)\" height=\"30\" viewBox=\"0 0 40 30\"><rect width=\"40\" height=\"30\" fill=\"#\(String(format: "%06x", version * 4_099 % 0xFFFFFF))\"/></svg>\n"
    }

    private mutating func write(_ text: String, to path: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        clock += 1
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: clock)], ofItemAtPath: url.path)
    }

    private mutating func remove(_ path: String) throws {
        if let brokenPath, brokenPath == path || brokenPath.hasPrefix(path + "/") { self.brokenPath = nil }
        try FileManager.default.removeItem(at: root.appendingPathComponent(path))
    }
}
