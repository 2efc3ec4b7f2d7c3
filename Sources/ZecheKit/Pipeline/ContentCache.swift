import Markdown

/// What the content stage keeps between loads, so that a rebuild rereads only changed files,
/// renders only changed Markdown and, when only text changed, patches the last site instead of
/// resolving it again.
struct ContentCache: Sendable {
    /// An object, not a struct: the load copies every article's entry out of the cache's table
    /// and into its results and drafts (10,000 entries for a warm build), and a copy then
    /// retains one reference instead of one for each of its arrays and its document.
    final class ReadArticle: Sendable {
        /// `nil` when the file could not be read.
        let signature: FileSignature?
        /// The bundle's files when it was read: a new or removed image means reading it again.
        let bundleFiles: [String]
        let draft: ArticleDraft?
        /// The file of an article whose front matter leaves no draft, when its body was
        /// found: its links are still checked.
        let failedDocument: ContentDocument?
        let diagnostics: [Diagnostic]
        /// The authors the front matter names, also when it has no draft.
        let namedAuthors: [String]

        init(signature: FileSignature?, bundleFiles: [String], draft: ArticleDraft?, failedDocument: ContentDocument?,
             diagnostics: [Diagnostic], namedAuthors: [String]) {
            self.signature = signature
            self.bundleFiles = bundleFiles
            self.draft = draft
            self.failedDocument = failedDocument
            self.diagnostics = diagnostics
            self.namedAuthors = namedAuthors
        }
    }

    /// An author or page file as last read.
    struct ReadFile<Draft: Sendable>: Sendable {
        let signature: FileSignature
        let draft: Draft
        let diagnostics: [Diagnostic]
    }

    /// The inputs of the automatic related articles and their result.
    struct Related: Sendable {
        /// A digest of the inputs (`SiteAssembly.automaticKey`): kept as the inputs themselves,
        /// an array of strings for each article, they took 30 MB of a warm build at 100,000
        /// articles.
        let key: UInt64
        let limit: Int
        let result: [[Int]]
    }

    var articles: [String: ReadArticle] = [:]
    var authors: [String: ReadFile<AuthorDraft>] = [:]
    var pages: [String: ReadFile<PageDraft>] = [:]
    var contacts: [String: ReadFile<ContactDraft>] = [:]
    var albums: [String: ReadFile<AlbumDraft>] = [:]
    /// The header of every image file, by path.
    var images = ImageCatalog()
    var boilerplate: [String: ReadFile<BoilerplateDraft>] = [:]
    var markdown: [String: RenderedBody] = [:]
    /// By language tag.
    var related: [String: Related] = [:]
    /// The files of the last scan and their paths, reused when the caller knows what changed.
    var inventory: ContentInventory?
    var inventoryPaths: Set<String> = []
    /// The link targets the cached bodies were rendered with, by language tag.
    var linkTargets: [String: LinkTargets] = [:]
    /// The digests (`LinkTargets.digest`) of the link targets every body of `markdown` was
    /// last found to resolve against, by language tag, as the content cache file keeps them
    /// (empty once a load has rendered or checked the bodies again: `linkTargets` then says).
    var checkedTargets: [String: UInt64] = [:]
    /// The languages file names were read with: what the files and drafts above mean.
    var marks: LanguageMarks?
    /// The last site a full load resolved without errors.
    var resolved: Resolved?
    /// The number the next full load's site gets: patches of a site keep its number, so a
    /// plan made for one of them holds for all.
    var nextGeneration = 1

    /// The last site a full load resolved, with what a patch needs.
    struct Resolved: Sendable {
        let generation: Int
        let site: MultilingualSite
        let diagnostics: [Diagnostic]
        /// Every draft of the load by path, published or left out.
        let drafts: [String: ArticleDraft]
        /// Each language's link targets, in the order of `site.sites`.
        let targets: [LinkTargets]
        let leftOut: [String: String]
        /// Each language's, in the order of `site.sites`.
        let markdownOptions: [MarkdownOptions]
        /// What the bodies were rendered with of the images, each language's.
        let bodyImages: [BodyImages]
        /// The options the site was resolved with, but the moment.
        let options: BuildOptions.Publishing
    }
}
