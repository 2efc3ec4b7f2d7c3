import Foundation
import Markdown
import TextCore

/// Resolves the drafts of one load into a `Site`: URLs, links between files, authors, tags and
/// related articles, with a diagnostic for everything that does not fit together.
struct SiteAssembly {
    let root: URL
    let config: SiteConfig
    let strings: InterfaceStrings
    let options: BuildOptions
    let inventory: ContentInventory
    let articleDrafts: [ArticleDraft]
    /// Article files with errors that leave nothing to build; links to them are not reported.
    let failedArticles: [String]
    /// The authors those articles name, so that they are not warned about as having none.
    let authorsOfFailedArticles: Set<String>
    /// Those articles' files whose body could be found: their links are checked all the same.
    let failedDocuments: [ContentDocument]
    let authorDrafts: [AuthorDraft]
    let pageDrafts: [PageDraft]
    let contactDrafts: [ContactDraft]
    let boilerplateDraft: BoilerplateDraft?
    /// The press kit's albums, read from their `index.md`.
    let albumDrafts: [AlbumDraft]
    let cache: ContentCache

    var diagnostics: [Diagnostic] = []
    var markdownCache: [String: ContentCache.RenderedBody] = [:]
    var relatedCache: ContentCache.Related?
    /// Links written as `/path` anywhere in the content.
    var rootRelativeLinks: [SiteLink] = []
    /// Why articles were left out of this load (drafts, future), by path; an empty text for
    /// a file with errors of its own.
    var leftOut: [String: String] = [:]
    /// Articles whose Markdown was rendered anew rather than taken from the cache.
    var rerenderedBodies: [String] = []
    /// The authors named by the articles (published, embargoed, or left out for errors).
    var authorsWithArticles: Set<String> = []
    /// The slugs of the other languages' articles, with their language, for a message about a
    /// related article that is not in this one.
    var otherLanguageSlugs: [String: String] = [:]

    /// Articles known to be unchanged since the cached rendering (from the caller's list of
    /// changes); their bodies are reused without comparing them when no link target moved.
    let unchangedDocuments: Set<String>
    /// The link targets of this load.
    var linkTargets: LinkTargets?
    /// What bodies need of the images: their facts, the files behind addresses, credits.
    var bodyImages = BodyImages.none
    /// Where rendered article bodies go (`SiteLoader.bodyStores`).
    var bodyStores: BodyStores?
    /// Image files some page shows: a broken one nothing names is reported at its path.
    var namedImages: Set<String> = []
    /// The ids of the albums that have an `index.md`.
    var albumIDs: Set<String> = []
    /// The categories that names in front matter resolved to (`categoryID(named:)`).
    var categoryIDByName: [String: CategoryName] = [:]

    init(root: URL, config: SiteConfig, strings: InterfaceStrings, options: BuildOptions, inventory: ContentInventory,
         articles: [ArticleDraft], failedArticles: [String], failedDocuments: [ContentDocument] = [],
         authorsOfFailedArticles: Set<String>, authors: [AuthorDraft], pages: [PageDraft], contacts: [ContactDraft] = [],
         boilerplate: BoilerplateDraft? = nil, albums: [AlbumDraft] = [], cache: ContentCache, unchangedDocuments: Set<String> = []) {
        contactDrafts = contacts
        albumDrafts = albums
        boilerplateDraft = boilerplate
        self.unchangedDocuments = unchangedDocuments
        self.root = root
        self.config = config
        self.strings = strings
        self.options = options
        self.inventory = inventory
        articleDrafts = articles
        self.failedArticles = failedArticles
        self.failedDocuments = failedDocuments
        self.authorsOfFailedArticles = authorsOfFailedArticles
        authorDrafts = authors
        pageDrafts = pages
        self.cache = cache
    }

    /// A published article's place in the site, before its body is rendered.
    ///
    /// A class: the assembly passes 10,000 of these through several lists, and copying the
    /// struct (with its section's dozen fields) was a dozen retains where this is one.
    final class Placed: Sendable {
        let draft: ArticleDraft
        let url: String
        let outputPath: String
        /// Its declared section, `nil` for the default one.
        let section: SectionConfig?

        init(draft: ArticleDraft, url: String, outputPath: String, section: SectionConfig?) {
            self.draft = draft
            self.url = url
            self.outputPath = outputPath
            self.section = section
        }
    }

    /// What placing the articles decided, before any body is rendered: which are published,
    /// under embargo or left out, and where each one is.
    struct Placement {
        let published: [ArticleDraft]
        let embargoed: [ArticleDraft]
        let leftOut: [LeftOutArticle]
        /// Why each article file is left out, by path (see `leftOut`).
        let reasons: [String: String]
        /// The published and the embargoed articles at their permalinks.
        let allPlaced: [Placed]
        /// The published ones.
        let placed: [Placed]
        /// The embargoed ones.
        let embargoedPlaced: [Placed]
        /// The published drafts left out for an error of their place (no slug, a URL taken).
        let rejected: [ArticleDraft]
    }

    /// Decides what is published and where: the first half of `assemble`. A site in several
    /// languages places every language's articles before any body is rendered, so that links
    /// between languages resolve.
    mutating func placeArticles() -> Placement {
        let (published, embargoedDrafts, leftOutArticles) = publishedDrafts()
        let reasons = Dictionary(leftOutArticles.map { ($0.sourcePath, $0.explanation) }, uniquingKeysWith: { first, _ in first })
        let drafts = published + embargoedDrafts
        let sections = resolveSections(drafts)
        // Embargoed articles take their slug and permalink now, so that no public article can
        // take them before the moment.
        let places = place(drafts, sections: sections)
        let placed = places[..<published.count].compactMap { $0 }
        let embargoedPlaced = places[published.count...].compactMap { $0 }
        return Placement(published: published, embargoed: embargoedDrafts, leftOut: leftOutArticles, reasons: reasons,
                         allPlaced: placed.count == places.count ? placed : places.compactMap { $0 }, placed: placed,
                         embargoedPlaced: embargoedPlaced,
                         rejected: published.indices.compactMap { places[$0] == nil ? published[$0] : nil })
    }

    /// The targets of links in a site of one language: its articles, images, albums, authors,
    /// pages and contacts.
    mutating func linkTargets(_ placement: Placement) -> LinkTargets {
        var targets = LinkTargets()
        targets.reserveCapacity(placement.placed.count + authorDrafts.count + pageDrafts.count + contactDrafts.count)
        for article in placement.placed { addTargets(of: article, to: &targets) }
        addSharedFiles(placement, to: &targets)
        for author in authorDrafts { targets.add(author.document.path, url: config.urls.author(id: author.id).url) }
        for page in pageDrafts { targets.add(page.document.path, url: config.urls.standalonePage(slug: page.slug).url) }
        for contact in contactDrafts { targets.add(contact.document.path, url: config.urls.contact(id: contact.id)) }
        return targets
    }

    /// The site of one language: places the articles, resolves the links between files, and
    /// resolves the rest.
    mutating func assemble() -> Site {
        let placement = placeArticles()
        let site = assemble(placement, targets: linkTargets(placement), leftOut: placement.reasons)
        warnAboutAuthorsWithoutArticles(site.authors, others: [])
        return site
    }

    /// The second half of `assemble`: renders the bodies with `targets`, and resolves authors,
    /// tags, related articles, the newsroom's parts and the pages. `leftOut` gives the reason
    /// why a file is not built, for links to it (of every language).
    mutating func assemble(_ placement: Placement, targets: LinkTargets, leftOut: [String: String]) -> Site {
        self.leftOut = leftOut
        let placed = placement.placed
        let relating = startRelating(placed, leftOut: leftOut, embargoed: placement.embargoed)
        let images = sharedImageFiles()
        linkTargets = targets
        let bodies = renderBodies(placed, targets: targets, leftOut: leftOut)
        checkLinks(of: failedDocuments, targets: targets, leftOut: leftOut)
        let authors = resolveAuthors(targets: targets)
        let knownAuthors = Set(authors.map(\.id))
        let contacts = resolveContacts(targets: targets)
        let knownContacts = Set(contacts.map(\.id))
        let pressContacts = checkPressContacts(known: knownContacts)
        checkAuthorReferences(placement.allPlaced, known: knownAuthors)
        let checked = placed.map { article in
            (newsroomReferences(of: article, knownContacts: knownContacts, pressContacts: pressContacts),
             resolvePictures(of: article.draft, targets: targets))
        }
        // `BackgroundResult` always makes its value. (The messages are sorted by their place later.)
        let relations = relating.wait()!
        diagnostics += relations.diagnostics
        relatedCache = relations.cache
        let tagging = relations.tagging
        let articles = makeArticles(placed, checked: checked, bodies: bodies, tagging: tagging, related: relations.choices,
                                    knownAuthors: knownAuthors)
        let embargoed = resolveEmbargoed(placement.embargoedPlaced, targets: targets, leftOut: leftOut, publicArticles: articles,
                                         knownAuthors: knownAuthors, knownContacts: knownContacts, pressContacts: pressContacts)
        // Authors of articles left out for their errors count too: fixing the errors publishes them.
        var named = authorsOfFailedArticles
        for article in articles { named.formUnion(article.authorIDs) }
        for article in embargoed { named.formUnion(article.authorIDs) }
        for draft in placement.rejected { named.formUnion(draft.authors.lazy.map(\.name)) }
        authorsWithArticles = named
        let tags = tagging.tags.map { Tag(name: $0.name, slug: $0.slug, url: config.urls.tag(slug: $0.slug).url, articleIndices: $0.articles) }
        let pages = resolvePages(targets: targets)
        var parts = Site.Newsroom()
        var membersBySection: [String: [Int]] = [:]
        for (index, article) in placed.enumerated() {
            if let id = article.section?.id { membersBySection[id, default: []].append(index) }
        }
        parts.sections = config.sections.map { section in
            Section(config: section, url: config.urls.section(path: section.path).url, articleIndices: membersBySection[section.id] ?? [])
        }
        parts.categories = groupByCategory(articles)
        parts.contacts = contacts
        parts.boilerplate = resolveBoilerplate(targets: targets)
        parts.embargoed = embargoed
        checkNewsroomSettings(contacts: contacts, boilerplate: parts.boilerplate)
        var pictures = Site.Pictures()
        pictures.albums = resolveAlbums(targets: targets)
        (pictures.shareImage, pictures.logo) = resolveSiteImages()
        pictures.shareImageAlt = config.images.shareImageAlt
        checkUnnamedImages()
        return Site(config: config, strings: strings, articles: articles, authors: authors, pages: pages,
                    tags: tags, sharedImages: images, rootRelativeLinks: rootRelativeLinks, leftOut: placement.leftOut,
                    newsroom: parts, pictures: pictures)
    }

    /// The published articles, made on all cores, with their newsroom references and pictures
    /// (`checked`, checked one after the other before).
    private func makeArticles(_ placed: [Placed], checked: [(ArticleReferences, Article.Pictures)], bodies: [ContentCache.RenderedBody],
                              tagging: TagIndex, related: [RelatedChoice], knownAuthors: Set<String>) -> [Article] {
        let now = Int64(options.now.timeIntervalSince1970.rounded(.down))
        let slugs = tagging.slugsByArticle
        return Parallel.map(placed.count) { index in
            let article = placed[index]
            let draft = article.draft
            let (references, pictures) = checked[index]
            return Article(Article.Fields(
                sourcePath: draft.document.path, slug: draft.slug, url: article.url, outputPath: article.outputPath,
                title: draft.title, subtitle: draft.subtitle, summary: "", date: draft.date,
                updated: draft.updated, authorIDs: draft.authors.map(\.name).filter(knownAuthors.contains),
                tagSlugs: slugs[index], pictures: pictures,
                isDraft: draft.isDraft, status: Self.status(of: draft, now: now), related: related[index].links,
                hasExplicitRelated: related[index].isExplicit,
                body: .empty, wordCount: 0, readingMinutes: 0, params: draft.params,
                bundleFiles: draft.file.bundleFiles.map { BundleFile(sourcePath: $0, outputPath: Self.bundleOutputPath($0, article)) },
                aliases: draft.aliases.map { Article.Alias(path: $0.name, location: $0.location) },
                sectionID: article.section?.id, categoryIDs: references.categories, contactIDs: references.contacts,
                dateline: references.dateline, showsBoilerplate: references.showsBoilerplate, embargo: nil
            ), draft: draft, body: bodies[index].document, stored: bodies[index].rendered)
        }
    }

    /// Drafts and future articles are left out unless asked for, and embargoed articles
    /// always until their moment; the rest sorted newest first. The second result lists the
    /// embargoed drafts by path, the third the files left out, with files that have errors.
    private func publishedDrafts() -> ([ArticleDraft], [ArticleDraft], [LeftOutArticle]) {
        var published: [ArticleDraft] = []
        var embargoed: [ArticleDraft] = []
        var leftOut = failedArticles.map { LeftOutArticle(sourcePath: $0, title: nil, reason: .failed) }
        let now = Int64(options.now.timeIntervalSince1970.rounded(.down))
        for draft in articleDrafts {
            if draft.isDraft, !options.includeDrafts {
                leftOut.append(LeftOutArticle(sourcePath: draft.document.path, title: draft.title, reason: .draft))
            } else if let until = draft.newsroom.embargo, until.secondsSince1970 > now {
                let privateURL = options.embargoKey.map { config.urls.absolute(config.urls.embargoed(token: $0.token(forSlug: draft.slug)).url) }
                leftOut.append(LeftOutArticle(sourcePath: draft.document.path, title: draft.title,
                                              reason: .embargoed(until: until, privateURL: privateURL)))
                embargoed.append(draft)
            } else if draft.date.secondsSince1970 > now, !options.includeFuture {
                leftOut.append(LeftOutArticle(sourcePath: draft.document.path, title: draft.title, reason: .scheduled(draft.date)))
            } else {
                published.append(draft)
            }
        }
        published.sort { $0.date != $1.date ? $0.date > $1.date : $0.slug.precedesInUTF8($1.slug) }
        return (published, embargoed, leftOut.sorted { $0.sourcePath.precedesInUTF8($1.sourcePath) })
    }

    /// Whether a published draft is public: a draft or future article is in the site only
    /// because the build includes them. `now` is in seconds since 1970.
    static func status(of draft: ArticleDraft, now: Int64) -> PublicationStatus {
        if draft.isDraft { return .draft }
        if draft.date.secondsSince1970 > now { return .scheduled(draft.date) }
        return .published
    }

    /// URLs and output paths, in the order of `drafts` (`nil`: rejected). Two articles with
    /// one URL are an error; the files are compared in path order, so the later file is
    /// reported and names the earlier one. Two articles may share a slug when their URLs differ
    /// (`rust-1-0` a year apart): `related` then names one of them by its file.
    private mutating func place(_ drafts: [ArticleDraft], sections: [SectionConfig?]) -> [Placed?] {
        // Each article's address is made once, on all cores; a site whose slugs and URLs are
        // all fine (every build but a broken one) needs no more.
        let urls = config.urls
        let places = Parallel.map(drafts.count) { index -> Placed? in
            let draft = drafts[index]
            guard !draft.slug.isEmpty else { return nil }
            let address = urls.article(slug: draft.slug, date: draft.date, pattern: sections[index]?.permalink)
            return Placed(draft: draft, url: address.url, outputPath: address.outputPath, section: sections[index])
        }
        var seen: Set<String> = []
        seen.reserveCapacity(places.count)
        if places.allSatisfy({ $0.map { seen.insert($0.url).inserted } ?? false }) { return places }
        return rejectingConflicts(places, drafts: drafts)
    }

    /// `places` without the articles that have no slug or whose URL an article earlier in
    /// path order has, each reported.
    private mutating func rejectingConflicts(_ places: [Placed?], drafts: [ArticleDraft]) -> [Placed?] {
        var places = places
        var byURL: [String: ArticleDraft] = [:]
        // The drafts are taken in the order of their paths' bytes without being moved.
        let paths = drafts.map(\.document.path)
        for index in paths.indices.sorted(by: { paths[$0].precedesInUTF8(paths[$1]) }) {
            let draft = drafts[index]
            guard let place = places[index] else {
                diagnostics.append(.error("the file name gives no slug for the article's URL", at: draft.slugLocation,
                                          fix: "add 'slug: …' with a-z, 0-9 and '-' to the front matter"))
                continue
            }
            let url = place.url
            if let first = byURL[url] {
                diagnostics.append(.error(
                    "the permalink '\(url)' is already the permalink of '\(first.document.path)'", at: draft.slugLocation,
                    fix: "give one of the articles another slug with 'slug: …'",
                    notes: [.init("the other article is", at: first.slugLocation)]))
                places[index] = nil
                continue
            }
            byURL[url] = draft
        }
        return places
    }

    func addTargets(of article: Placed, to targets: inout LinkTargets) {
        targets.add(article.draft.document.path, url: article.url)
        for file in article.draft.file.bundleFiles {
            targets.add(file, url: config.urls.file(Self.bundleOutputPath(file, article)).url)
        }
    }

    /// A bundle file goes into the article's output folder, keeping its place in the bundle.
    static func bundleOutputPath(_ file: String, _ article: Placed) -> String {
        let bundle = MarkdownFileName.folder(of: article.draft.document.path)
        let inside = file.dropFirst(bundle.count)
        let folder = article.outputPath.hasSuffix("index.html") ? String(article.outputPath.dropLast("index.html".count))
            : String(article.outputPath[...(article.outputPath.lastIndex(of: "/") ?? article.outputPath.startIndex)])
        return folder + inside
    }

    /// The files of `Content/images/`, copied once to `/images/` for every language.
    func sharedImageFiles() -> [BundleFile] {
        inventory.images.map { path in BundleFile(sourcePath: path, outputPath: "images/" + path.dropFirst("Content/images/".count)) }
    }

    /// Makes the shared images and the press kit's files link targets, and notes what the
    /// bodies need to know of the images (the files behind addresses, credits).
    mutating func addSharedFiles(_ placement: Placement, to targets: inout LinkTargets) {
        let images = sharedImageFiles()
        for image in images { targets.add(image.sourcePath, url: config.urls.file(image.outputPath).url) }
        let albumFiles = addAlbumFiles(to: &targets)
        var sourceByOutput: [String: String] = [:]
        for file in images + albumFiles { sourceByOutput[file.outputPath] = file.sourcePath }
        for article in placement.placed {
            for file in article.draft.file.bundleFiles { sourceByOutput[Self.bundleOutputPath(file, article)] = file }
        }
        bodyImages = BodyImages(catalog: cache.images, sourceByOutput: sourceByOutput, requiresCredit: config.images.requiresCredit)
    }

    /// Warns about authors no article names, in any language (`others`: the authors named
    /// by the other languages' articles).
    mutating func warnAboutAuthorsWithoutArticles(_ authors: [Author], others: Set<String>) {
        for author in authors where !authorsWithArticles.contains(author.id) && !others.contains(author.id) {
            diagnostics.append(.warning("the author '\(author.id)' has no published articles",
                                        at: SourceLocation(path: author.sourcePath, line: 1, column: 1),
                                        fix: "name the author in an article's 'author', or remove the file"))
        }
    }

    /// Whether `name` can be a file's name in `Content/authors/`: a fix never suggests
    /// creating `Content/authors/../anna.md`.
    private static func isFileName(_ name: String) -> Bool {
        !name.isEmpty && !name.contains("/") && !name.contains("\\") && !name.hasPrefix(".")
    }

    mutating func checkAuthorReferences(_ placed: [Placed], known: Set<String>) {
        for article in placed {
            for reference in article.draft.authors where !known.contains(reference.name) {
                let near = Suggestion.nearest(to: reference.name, in: known)
                let list = known.sorted().joined(separator: ", ")
                diagnostics.append(.error(
                    "unknown author '\(reference.name)'\(near.map { "; did you mean '\($0)'?" } ?? "")", at: reference.location,
                    fix: near.map { "write author: \($0)" } ?? (known.isEmpty
                        ? "create Content/authors/\(Slug.make(reference.name).isEmpty ? "name" : Slug.make(reference.name)).md with a 'name'"
                        : "use one of: \(list)" + (Self.isFileName(reference.name) ? ", or create Content/authors/\(reference.name).md" : ""))))
            }
        }
    }
}
