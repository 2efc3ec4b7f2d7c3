import Markdown
import TextCore

extension ContentCache {
    /// A rendered Markdown body and the link resolutions it was rendered with; valid while the
    /// body is the same and every link still resolves the same way.
    ///
    /// Its fields live in one object (`SharedFields`): the load holds each body in an array, in the
    /// cache's dictionary and in its article's making at once, and a dictionary of 100,000
    /// bodies held inline took 100 MB of mostly empty buckets (each 392 bytes).
    struct RenderedBody: Sendable {
        private let storage: SharedFields<Fields>

        init(bodyHash: UInt64, resolutions: [(destination: String, resolution: LinkTargets.Resolution)], document: MarkdownDocument,
             rendered: ArticleBody, diagnostics: [Diagnostic], rootRelativeLinks: [SiteLink], place: BodyPlace,
             imageUses: [BodyImages.Use] = [], requiresCredit: Bool = false) {
            self.init(Fields(bodyHash: bodyHash, resolutions: resolutions, document: document, rendered: rendered,
                             diagnostics: diagnostics, rootRelativeLinks: rootRelativeLinks, place: place,
                             imageUses: imageUses, requiresCredit: requiresCredit))
        }

        private init(_ fields: Fields) {
            storage = SharedFields(fields)
        }

        private var fields: Fields { storage.fields }

        /// XXH64 of the Markdown it was rendered from (the text itself would keep every body
        /// of the archive in memory).
        var bodyHash: UInt64 { fields.bodyHash }
        var resolutions: [(destination: String, resolution: LinkTargets.Resolution)] { fields.resolutions }
        /// The parse's facts; its HTML, plain text, headings and quotes are in `rendered` (and
        /// left out here when `rendered` is in a body store).
        var document: MarkdownDocument { fields.document }
        /// The HTML and plain text, in memory or in the build's body store.
        var rendered: ArticleBody { fields.rendered }
        var diagnostics: [Diagnostic] { fields.diagnostics }
        /// Links to pages by their address, checked against the planned output later.
        var rootRelativeLinks: [SiteLink] { fields.rootRelativeLinks }
        /// The page the body was rendered for: links relative to it depend on it.
        var place: BodyPlace { fields.place }
        /// The images it shows, with the facts it was rendered with, and whether credits were
        /// required.
        var imageUses: [BodyImages.Use] { fields.imageUses }
        var requiresCredit: Bool { fields.requiresCredit }

        /// The body as an article keeps it: its summary cut to what the article's excerpt
        /// reads (an article shows a body's first paragraph only as an excerpt, and the whole
        /// paragraphs of an archive are a tenth of its load's peak), and its HTML, text and
        /// outline moved into `store`, where a one-shot build keeps them while the other bodies
        /// render.
        func keptForArticle(in store: BodyStore?) -> RenderedBody {
            let summary = fields.document.summary
            let isLong = summary.utf8.count > Article.summaryExcerptLimit + 1
            guard isLong || store != nil else { return self }
            var fields = self.fields
            if let store {
                fields.rendered = fields.rendered.stored(in: store)
                fields.document = fields.document.withoutBodyParts
            }
            if isLong { fields.document = fields.document.with(summary: String(summary.prefix(Article.summaryExcerptLimit + 1))) }
            return RenderedBody(fields)
        }

        /// Whether the body's images are still as they were when it was rendered.
        func hasCurrentImages(_ images: BodyImages) -> Bool {
            requiresCredit == images.requiresCredit && imageUses.allSatisfy(images.isCurrent)
        }

        private struct Fields: Sendable {
            let bodyHash: UInt64
            let resolutions: [(destination: String, resolution: LinkTargets.Resolution)]
            var document: MarkdownDocument
            var rendered: ArticleBody
            let diagnostics: [Diagnostic]
            let rootRelativeLinks: [SiteLink]
            let place: BodyPlace
            let imageUses: [BodyImages.Use]
            let requiresCredit: Bool
        }
    }
}
