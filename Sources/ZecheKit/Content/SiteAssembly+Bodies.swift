import Markdown

extension SiteAssembly {
    /// Renders every published article's Markdown in parallel, rewriting links to other files
    /// of the site; reuses the cached rendering where the body and its links are unchanged.
    mutating func renderBodies(_ placed: [Placed], targets: LinkTargets, leftOut: [String: String]) -> [MarkdownDocument] {
        let parser = MarkdownParser(options: config.markdownOptions(strings: strings))
        let cached = cache.markdown
        let unchanged = cache.linkTargets[config.language] == targets ? unchangedDocuments : []
        let urls = config.urls
        let rendered = Parallel.map(placed.count) { index -> (ContentCache.RenderedBody, Bool) in
            let document = placed[index].draft.document
            let place = BodyPlace(urls: urls, pageURL: placed[index].url)
            if unchanged.contains(document.path), let hit = cached[document.path], hit.place == place { return (hit, false) }
            if let hit = cached[document.path], hit.body == document.body, hit.place == place,
               hit.resolutions.allSatisfy({ targets.resolve($0.destination, from: document.path) == $0.resolution }) {
                return (hit, false)
            }
            return (Self.render(document, parser: parser, targets: targets, leftOut: leftOut, place: place), true)
        }
        var documents: [MarkdownDocument] = []
        documents.reserveCapacity(rendered.count)
        var newCache: [String: ContentCache.RenderedBody] = [:]
        for (article, (body, isNew)) in zip(placed, rendered) {
            if isNew { rerenderedBodies.append(article.draft.document.path) }
            diagnostics += body.diagnostics
            rootRelativeLinks += body.rootRelativeLinks
            documents.append(body.document)
            newCache[article.draft.document.path] = body
        }
        markdownCache = newCache
        return documents
    }

    /// Checks the links of the bodies of articles whose front matter has errors: one run
    /// reports the mistakes of the whole file, not only those of its front matter.
    mutating func checkLinks(of documents: [ContentDocument], targets: LinkTargets, leftOut: [String: String]) {
        guard !documents.isEmpty else { return }
        let parser = MarkdownParser(options: config.markdownOptions(strings: strings))
        for document in documents {
            let body = Self.render(document, parser: parser, targets: targets, leftOut: leftOut,
                                   place: BodyPlace(urls: config.urls, pageURL: nil))
            diagnostics += body.diagnostics
            rootRelativeLinks += body.rootRelativeLinks
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

    /// Renders one body; every link and image to a Markdown file that does not exist is an
    /// error at its line and column in the file. Links that lead to pages by their address
    /// (written as `/path`, as the site's own URL, or relative to the page) are collected for
    /// the check against the planned pages. `leftOut` gives the reason why an article file is
    /// not built (a draft, in the future), or an empty text for one that has errors of its own.
    static func render(_ document: ContentDocument, parser: MarkdownParser, targets: LinkTargets,
                       leftOut: [String: String], place: BodyPlace) -> ContentCache.RenderedBody {
        var resolutions: [(String, LinkTargets.Resolution)] = []
        var diagnostics: [Diagnostic] = []
        var rootRelative: [SiteLink] = []
        let lineOffset = document.bodyStartLine - 1
        let markdown = parser.parse(document.body) { link in
            let resolution = targets.resolve(link.destination, from: document.path)
            resolutions.append((link.destination, resolution))
            let location = SourceLocation(path: document.path, line: link.line + lineOffset, column: link.column)
            let kind = link.kind == .image ? "image" : "link"
            switch resolution {
            case .keep:
                if let siteLink = place.siteLink(link.destination, at: location) { rootRelative.append(siteLink) }
                if link.kind == .image, link.destination.lowercased().hasPrefix("http") {
                    diagnostics.append(.warning(
                        "the image '\(link.destination)' loads from another host", at: location,
                        fix: "copy the image into Content/images/ so the page loads nothing from elsewhere"))
                }
                return nil
            case .rewrite(let url):
                return url
            case .missing(let target):
                if let reason = leftOut[target] {
                    // An article with errors of its own: they are reported in its file.
                    guard !reason.isEmpty else { return nil }
                    diagnostics.append(.warning(
                        "the \(kind) '\(link.destination)' points to an article that is \(reason)", at: location,
                        fix: "the link leads nowhere until that article is published"))
                } else if Self.mayBeAPageAddress(link, target: target),
                          let siteLink = place.siteLink(link.destination, at: location, lookedForFile: target) {
                    // Maybe written for the built site (`../andere-meldung/`): checked against its pages.
                    rootRelative.append(siteLink)
                } else {
                    diagnostics.append(.error(
                        "the \(kind) '\(link.destination)' points to '\(target)', which does not exist"
                            + (targets.suggestion(for: target, from: document.path).map { "; did you mean '\($0)'?" } ?? ""),
                        at: location, fix: "check the path; it is relative to the folder of '\(document.path)'"))
                }
                return nil
            case .outside:
                diagnostics.append(.error("the \(kind) '\(link.destination)' points outside the site's folder", at: location,
                                          fix: "link to files inside Content/ only"))
                return nil
            }
        }
        diagnostics += TemplateSyntaxWarnings.diagnostics(markdown.templateSyntax, in: document)
        // The parser replaced these by their text (safe Markdown); the writer should know.
        for link in markdown.links where link.isDropped {
            let location = SourceLocation(path: document.path, line: link.line + lineOffset, column: link.column)
            diagnostics.append(link.kind == .image
                ? .warning("the image '\(link.destination)' is left out: pages show no javascript:, vbscript:, file: or data: images",
                           at: location, fix: "save the image as a file beside the article and link to that")
                : .warning("the link '\(link.destination)' is left out, only its text is shown: pages have no javascript:, vbscript:, file: or data: links",
                           at: location, fix: "link to an http(s) address or a file of the site"))
        }
        return ContentCache.RenderedBody(body: document.body, resolutions: resolutions, document: markdown, diagnostics: diagnostics,
                                       rootRelativeLinks: rootRelative, place: place)
    }
}
