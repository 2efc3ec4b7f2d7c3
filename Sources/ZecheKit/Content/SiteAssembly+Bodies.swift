import Markdown

extension SiteAssembly {
    /// Renders every published article's Markdown in parallel, rewriting links to other files
    /// of the site; reuses the cached rendering where the body and its links are unchanged.
    mutating func renderBodies(_ placed: [Placed], targets: LinkTargets, leftOut: [String: String]) -> [MarkdownDocument] {
        let parser = MarkdownParser(options: config.markdownOptions(strings: strings))
        let cached = cache.markdown
        let unchanged = cache.linkTargets[config.language] == targets ? unchangedDocuments : []
        let urls = config.urls
        let images = bodyImages
        let rootPath = root.path
        let rendered = Parallel.map(placed.count) { index -> (ContentCache.RenderedBody, Bool) in
            let document = placed[index].draft.document
            let place = BodyPlace(urls: urls, pageURL: placed[index].url, hasCover: placed[index].draft.image != nil)
            if unchanged.contains(document.path), let hit = cached[document.path], hit.place == place, hit.hasCurrentImages(images) {
                return (hit, false)
            }
            if let hit = cached[document.path], hit.body == document.body, hit.place == place, hit.hasCurrentImages(images),
               hit.resolutions.allSatisfy({ targets.resolve($0.destination, from: document.path) == $0.resolution }) {
                return (hit, false)
            }
            guard ContentStore.isPlaceholder(document.body) else {
                return (Self.render(document, parser: parser, targets: targets, leftOut: leftOut, place: place, images: images), true)
            }
            return (Self.renderAgain(document, rootPath: rootPath, parser: parser, targets: targets, leftOut: leftOut, place: place,
                                     images: images), true)
        }
        var documents: [MarkdownDocument] = []
        documents.reserveCapacity(rendered.count)
        var newCache: [String: ContentCache.RenderedBody] = [:]
        for (article, (body, isNew)) in zip(placed, rendered) {
            if isNew { rerenderedBodies.append(article.draft.document.path) }
            diagnostics += body.diagnostics
            rootRelativeLinks += body.rootRelativeLinks
            namedImages.formUnion(body.imageUses.compactMap(\.file))
            documents.append(body.document)
            newCache[article.draft.document.path] = body
        }
        markdownCache = newCache
        return documents
    }

    /// Renders the body of a draft the content cache kept without its Markdown (a link
    /// target moved, an image changed): the file, whose signature is unchanged, is read again.
    /// The result keeps the draft's placeholder, so that it stays valid for the same draft.
    static func renderAgain(_ document: ContentDocument, rootPath: String, parser: MarkdownParser, targets: LinkTargets,
                            leftOut: [String: String], place: BodyPlace, images: BodyImages) -> ContentCache.RenderedBody {
        guard let contents = SourceFile.read(document.path, rootPath: rootPath), contents.wasRead else {
            return ContentCache.RenderedBody(
                body: "", resolutions: [], document: MarkdownDocument(html: "", headings: [], summary: "", quotes: [], links: [], wordCount: 0),
                diagnostics: [.error("cannot read '\(document.path)'", at: SourceLocation(path: document.path),
                                     fix: "check that the file exists and that you may read it")],
                rootRelativeLinks: [], place: place)
        }
        var rendered = render(ContentDocument(path: document.path, text: contents.text), parser: parser, targets: targets,
                              leftOut: leftOut, place: place, images: images)
        rendered.body = document.body
        return rendered
    }

    /// Checks the links of the bodies of articles whose front matter has errors: one run
    /// reports the mistakes of the whole file, not only those of its front matter.
    mutating func checkLinks(of documents: [ContentDocument], targets: LinkTargets, leftOut: [String: String]) {
        guard !documents.isEmpty else { return }
        let parser = MarkdownParser(options: config.markdownOptions(strings: strings))
        for document in documents {
            _ = renderBody(document, parser: parser, targets: targets, place: BodyPlace(urls: config.urls, pageURL: nil))
        }
    }

    /// Whether a link to a file that does not exist may be written for the built site instead:
    /// a link (not an image) to a folder (`../andere-meldung/`), a name without an extension,
    /// or an HTML page (`parallel-rustc.html#how-to-use-it`).
    static func mayBeAPageAddress(_ link: LinkReference, target: String) -> Bool {
        guard link.kind != .image, !MarkdownFileName.isMarkdown(target) else { return false }
        let name = target.split(separator: "/").last.map(String.init) ?? ""
        return target.hasSuffix("/") || !name.contains(".") || name.hasSuffix(".html") || name.hasSuffix(".htm")
    }
}
