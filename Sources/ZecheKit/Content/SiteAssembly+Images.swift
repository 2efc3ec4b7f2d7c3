import Markdown

/// Images named in front matter and `site.yml`: each resolved to its file and read for its
/// size; the cover's credit, the share image's format and size checked.
extension SiteAssembly {
    /// Link previews show images of at least this size sharply (LinkedIn, Facebook, X).
    static let shareImageMinimum = (width: 1200, height: 630)

    /// Renders a body with the site's images, and collects its diagnostics, its links to pages
    /// and the images it names.
    mutating func renderBody(_ document: ContentDocument, parser: MarkdownParser, targets: LinkTargets,
                             place: BodyPlace) -> ContentCache.RenderedBody {
        let body = Self.render(document, parser: parser, targets: targets, leftOut: leftOut, place: place, images: bodyImages)
        diagnostics += body.diagnostics
        rootRelativeLinks += body.rootRelativeLinks
        namedImages.formUnion(body.imageUses.compactMap(\.file))
        return body
    }

    /// A file named in front matter that a page shows as an image (cover, avatar, photo, share
    /// image): resolved like `resolveFile`, then read; an error at the reference when it is
    /// no image Zeche reads.
    mutating func resolveImage(_ reference: ArticleDraft.Reference, from path: String, targets: LinkTargets, what: String) -> SiteImage? {
        guard let (url, file) = resolveFileTarget(reference, from: path, targets: targets, what: what) else { return nil }
        guard let file else { return SiteImage(url: url, sourcePath: nil, facts: nil) }
        namedImages.insert(file)
        let facts = cache.images.facts(of: file, named: reference.name, what: what, at: reference.location, into: &diagnostics)
        return SiteImage(url: url, sourcePath: file, facts: facts)
    }

    /// A file of the site named by its address in `site.yml` (`/images/newsroom.jpg`), or
    /// `nil` when no file is copied there.
    mutating func siteImage(atAddress address: String, location: SourceLocation?, what: String) -> SiteImage? {
        let inside = address.hasPrefix("/") ? String(address.dropFirst()) : address
        guard let file = bodyImages.sourceByOutput[inside] else { return nil }
        namedImages.insert(file)
        let facts = cache.images.facts(of: file, named: address, what: what, at: location, into: &diagnostics)
        return SiteImage(url: config.urls.file(inside).url, sourcePath: file, facts: facts)
    }

    /// The cover, the share image and the albums of an article, checked: a cover needs a
    /// credit where the site requires one; the share image must be a JPEG, PNG or WebP (an
    /// SVG or GIF cover is a warning, since link previews do not show it) of at least
    /// 1200×630 pixels (a warning).
    mutating func resolvePictures(of draft: ArticleDraft, targets: LinkTargets) -> Article.Pictures {
        var pictures = Article.Pictures()
        let path = draft.document.path
        if let reference = draft.image {
            pictures.cover = resolveImage(reference, from: path, targets: targets, what: "cover image")
            if config.images.requiresCredit, draft.pictures.credit == nil, !BodyImages.isVectorDrawing(reference.name) {
                diagnostics.append(.error(
                    "the cover image '\(reference.name)' has no 'image_credit', and the site requires one for every image (images: {require_credit: true})",
                    at: reference.location, fix: "name the photographer: image_credit: \"Foto: Name / Agentur\""))
            }
        }
        if let reference = draft.pictures.shareImage {
            let image = resolveImage(reference, from: path, targets: targets, what: "share image")
            if let facts = image?.facts, !facts.isShareable {
                diagnostics.append(.error(
                    "the share image '\(reference.name)' is \(facts.format.nameWithArticle); link previews on LinkedIn, Facebook and X show only JPEG, PNG and WebP images",
                    at: reference.location, fix: "save the image as a JPEG or PNG of 1200×630 pixels and name that file"))
            } else {
                pictures.shareImage = image
            }
        } else if let cover = pictures.cover, cover.facts?.isShareable == true {
            pictures.shareImage = cover
        }
        diagnostics += Self.shareWarnings(of: draft, pictures: pictures)
        for reference in draft.pictures.media {
            if albumIDs.contains(reference.name) {
                if !pictures.mediaIDs.contains(reference.name) { pictures.mediaIDs.append(reference.name) }
            } else {
                let near = Suggestion.nearest(to: reference.name, in: albumIDs)
                diagnostics.append(.error(
                    "unknown album '\(reference.name)'\(near.map { "; did you mean '\($0)'?" } ?? "")", at: reference.location,
                    fix: albumIDs.isEmpty ? "create Content/media/\(reference.name)/index.md with the album's title, and its files beside it"
                        : "name an album of Content/media/: \(albumIDs.sorted().joined(separator: ", "))"))
            }
        }
        return pictures.with(draft: draft)
    }

    /// The warnings about how an article is shared, from its resolved pictures: a cover that
    /// link previews do not show (an SVG, a GIF) and no `share_image`, or a share image
    /// smaller than they want. The preview's fast path makes them again for an edited file.
    static func shareWarnings(of draft: ArticleDraft, pictures: Article.Pictures) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if let reference = draft.pictures.shareImage ?? draft.image, let share = pictures.shareImage {
            diagnostics += sizeWarning(share, name: reference.name, at: reference.location)
        } else if draft.pictures.shareImage == nil, let reference = draft.image, let facts = pictures.cover?.facts, !facts.isShareable {
            diagnostics.append(.warning(
                "the cover image '\(reference.name)' is \(facts.format.nameWithArticle), which LinkedIn, Facebook and X do not show in link previews",
                at: reference.location,
                fix: "give a JPEG, PNG or WebP for sharing (share_image: bild.jpg with share_image_alt), or use one as the cover"))
        }
        return diagnostics
    }

    /// A warning when a share image is smaller than link previews want.
    static func sizeWarning(_ image: SiteImage, name: String, at location: SourceLocation?) -> [Diagnostic] {
        guard let facts = image.facts else { return [] }
        let minimum = shareImageMinimum
        guard facts.width < minimum.width || facts.height < minimum.height else { return [] }
        return [.warning(
            "the share image '\(name)' is \(facts.width)×\(facts.height) pixels; link previews need at least \(minimum.width)×\(minimum.height)",
            at: location, fix: "use an image of at least \(minimum.width)×\(minimum.height) pixels (1.91:1) for sharing")]
    }

    /// The site's default share image and its logo, from `site.yml`.
    mutating func resolveSiteImages() -> (shareImage: SiteImage?, logo: SiteImage?) {
        var shareImage: SiteImage?
        if let reference = config.images.shareImage {
            if let image = siteImage(atAddress: reference.id, location: reference.location, what: "share image") {
                if let facts = image.facts, !facts.isShareable {
                    diagnostics.append(.error(
                        "the share image '\(reference.id)' is \(facts.format.nameWithArticle); link previews on LinkedIn, Facebook and X show only JPEG, PNG and WebP images",
                        at: reference.location, fix: "save the image as a JPEG or PNG of 1200×630 pixels and name that file"))
                } else {
                    shareImage = image
                    diagnostics += Self.sizeWarning(image, name: reference.id, at: reference.location)
                }
            } else {
                diagnostics.append(.error(
                    "the share image '\(reference.id)' is not a file of the site", at: reference.location,
                    fix: "copy the image into Content/images/ and name it by its address, e.g. share_image: /images/newsroom.jpg"))
            }
        }
        let logo = config.publisherLogo.flatMap { logo in
            logo.hasURLScheme ? nil : siteImage(atAddress: logo, location: SourceLocation(path: "site.yml"), what: "publisher logo")
        }
        return (shareImage, logo)
    }

    /// An error at each image file that nothing names and that is not the image its name says:
    /// a file only copied is checked too.
    mutating func checkUnnamedImages() {
        for (path, entry) in cache.images.entries.sorted(by: { $0.key < $1.key }) where !namedImages.contains(path) {
            guard case .failure(let error) = entry.result else { continue }
            diagnostics.append(.error("the image '\(path)' cannot be used: \(error.message)", at: SourceLocation(path: path), fix: error.fix))
        }
    }

    /// Where a file named in front matter is copied, and the file itself: a path relative to
    /// the Markdown file, or an address of the site (`/images/bild.jpg`, or `/bild.jpg` for a
    /// file of `Content/images/`). An error at the reference when it names no file of the site.
    mutating func resolveFileTarget(_ reference: ArticleDraft.Reference, from path: String, targets: LinkTargets,
                                    what: String) -> (url: String, file: String?)? {
        if reference.name.hasPrefix("/") {
            let inside = String(reference.name.dropFirst())
            for output in [inside, "images/" + inside] {
                if let file = bodyImages.sourceByOutput[output] { return (config.urls.file(output).url, file) }
            }
        }
        let located = targets.locate(reference.name, from: path)
        switch located.resolution {
        case .rewrite(let url):
            return (url, located.file)
        case .keep:
            diagnostics.append(.error(
                "the \(what) '\(reference.name)' is not a file of the site", at: reference.location,
                fix: "copy the image into Content/images/ (or next to a bundle's index.md) and name it by its path, e.g. ../images/bild.jpg"))
        case .missing(let target):
            let suggestion = targets.suggestion(for: target, from: path)
            diagnostics.append(.error(
                "the \(what) '\(reference.name)' does not exist (looked for '\(target)')\(suggestion.map { "; did you mean '\($0)'?" } ?? "")",
                at: reference.location, fix: "check the file name; paths are relative to the Markdown file"))
        case .outside:
            diagnostics.append(.error("the \(what) '\(reference.name)' points outside the site's folder", at: reference.location,
                                      fix: "keep images inside Content/"))
        }
        return nil
    }
}
