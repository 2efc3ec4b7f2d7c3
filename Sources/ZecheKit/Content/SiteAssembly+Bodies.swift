import Markdown

extension SiteAssembly {
    /// Renders every published article's Markdown in parallel, rewriting links to other files
    /// of the site; reuses the cached rendering where the body and its links are unchanged.
    ///
    /// With a body store (a one-shot build), each body's HTML and text go into it as soon as
    /// they are made, so that the bodies of a large archive are never all in memory.
    mutating func renderBodies(_ placed: [Placed], targets: LinkTargets, leftOut: [String: String]) -> [ContentCache.RenderedBody] {
        let parser = MarkdownParser(options: config.markdownOptions(strings: strings))
        let cached = cache.markdown
        let unchanged = cache.linkTargets[config.language] == targets ? unchangedDocuments : []
        // The content cache's bodies were last found to resolve against targets with this
        // digest: while the targets are the same, their links need not be resolved again.
        let sameTargets = cache.checkedTargets[config.language].map { $0 == targets.digest } ?? false
        let urls = config.urls
        let images = bodyImages
        let stores = bodyStores
        let rendered = Parallel.map(placed.count) { index -> (ContentCache.RenderedBody, Bool) in
            let document = placed[index].draft.document
            let place = BodyPlace(urls: urls, pageURL: placed[index].url, hasCover: placed[index].draft.image != nil)
            if !unchanged.isEmpty, unchanged.contains(document.path), let hit = cached[document.path], hit.place == place, hit.hasCurrentImages(images) {
                return (hit, false)
            }
            if let hit = cached[document.path], hit.bodyHash == document.bodyHash, hit.place == place, hit.hasCurrentImages(images),
               sameTargets || hit.resolutions.allSatisfy({ targets.resolve($0.destination, from: document.path) == $0.resolution }) {
                return (hit, false)
            }
            let body = Self.render(document, parser: parser, targets: targets, leftOut: leftOut, place: place, images: images)
            return (body.keptForArticle(in: stores?.store(for: document.path)), true)
        }
        var bodies: [ContentCache.RenderedBody] = []
        bodies.reserveCapacity(rendered.count)
        var newCache: [String: ContentCache.RenderedBody] = [:]
        newCache.reserveCapacity(rendered.count)
        for (article, (body, isNew)) in zip(placed, rendered) {
            if isNew { rerenderedBodies.append(article.draft.document.path) }
            diagnostics += body.diagnostics
            rootRelativeLinks += body.rootRelativeLinks
            namedImages.formUnion(body.imageUses.compactMap(\.file))
            bodies.append(body)
            newCache[article.draft.document.path] = body
        }
        markdownCache = newCache
        return bodies
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
