import Markdown

extension SiteAssembly {
    /// Renders one body; every link and image to a Markdown file that does not exist is an
    /// error at its line and column in the file. Links that lead to pages by their address
    /// (written as `/path`, as the site's own URL, or relative to the page) are collected for
    /// the check against the planned pages. `leftOut` gives the reason why an article file is
    /// not built (a draft, in the future), or an empty text for one that has errors of its own.
    ///
    /// Images get their size from the file, and load lazily but the page's first; an image
    /// that is not what its name says is an error at its place, and so is one without a
    /// credit when the site requires credits.
    static func render(_ document: ContentDocument, parser: MarkdownParser, targets: LinkTargets,
                       leftOut: [String: String], place: BodyPlace, images: BodyImages) -> ContentCache.RenderedBody {
        var resolutions: [(String, LinkTargets.Resolution)] = []
        var diagnostics: [Diagnostic] = []
        var rootRelative: [SiteLink] = []
        var imageUses: [BodyImages.Use] = []
        var imageCount = 0
        let lineOffset = document.bodyStartLine - 1

        func rewrittenURL(_ link: LinkReference, _ resolution: LinkTargets.Resolution, at location: SourceLocation) -> String? {
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

        guard let source = document.loadBody() else {
            return ContentCache.RenderedBody(
                bodyHash: document.bodyHash, resolutions: [],
                document: MarkdownDocument(html: "", headings: [], summary: "", quotes: [], links: [], wordCount: 0),
                rendered: .empty,
                diagnostics: [.error("'\(document.path)' changed or disappeared while the site was built", at: SourceLocation(path: document.path),
                                     fix: "build again")],
                rootRelativeLinks: [], place: place)
        }
        let markdown = parser.parse(source) { (link: LinkReference) -> LinkResolution in
            let located = targets.locate(link.destination, from: document.path)
            resolutions.append((link.destination, located.resolution))
            let location = SourceLocation(path: document.path, line: link.line + lineOffset, column: link.column)
            let url = rewrittenURL(link, located.resolution, at: location)
            guard link.kind == .image else { return LinkResolution(url: url) }
            // A file of the site, by its path or (written as `/images/x.jpg`) by its address.
            var use: BodyImages.Use?
            if case .rewrite = located.resolution, let file = located.file {
                use = BodyImages.Use(outputPath: nil, file: file, entry: images.catalog.entry(file))
            } else if case .keep = located.resolution, let siteLink = place.siteLink(link.destination, at: location),
                      let inside = place.urls.relativePath(of: siteLink.path) {
                let file = images.sourceByOutput[inside]
                use = BodyImages.Use(outputPath: inside, file: file, entry: file.flatMap(images.catalog.entry))
            }
            var facts: ImageFacts?
            if let use {
                imageUses.append(use)
                if let file = use.file {
                    facts = images.facts(of: file, named: link.destination, what: "image", at: location, into: &diagnostics)
                }
            }
            // The page's first image loads at once; a cover above the body is the first.
            let loadsLazily = place.hasCover || imageCount > 0
            imageCount += 1
            return LinkResolution(url: url, image: ImageAttributes(width: facts?.width, height: facts?.height, loadsLazily: loadsLazily))
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
        diagnostics += creditDiagnostics(markdown.images, document: document, requiresCredit: images.requiresCredit)
        return ContentCache.RenderedBody(bodyHash: document.bodyHash, resolutions: resolutions, document: markdown,
                                         rendered: ArticleBody(html: markdown.html, text: markdown.plainText, outline: BodyOutline(markdown)),
                                         diagnostics: diagnostics, rootRelativeLinks: rootRelative, place: place,
                                         imageUses: imageUses, requiresCredit: images.requiresCredit)
    }

    /// A missing credit where the site requires one (SVGs aside: drawings, not photos), and a
    /// credit that is not shown because the image stands in running text.
    static func creditDiagnostics(_ images: [MarkdownImage], document: ContentDocument, requiresCredit: Bool) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for image in images {
            let location = SourceLocation(path: document.path, line: image.line + document.bodyStartLine - 1, column: image.column)
            if image.credit == nil, requiresCredit, !BodyImages.isVectorDrawing(image.destination) {
                diagnostics.append(.error(
                    "the image '\(image.destination)' has no credit, and the site requires one for every image (images: {require_credit: true})",
                    at: location,
                    fix: "name the photographer after a '|' in the image's title: ![…](\(image.destination) \"\(image.caption ?? "Bildunterschrift") | Foto: Name\")"))
            } else if image.credit != nil, !image.isFigure {
                diagnostics.append(.warning(
                    "the credit of the image '\(image.destination)' is not shown: the image stands in a paragraph with text",
                    at: location, fix: "give the image a paragraph of its own (an empty line before and after it)"))
            }
        }
        return diagnostics
    }
}
