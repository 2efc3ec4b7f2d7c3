/// The files under `Content/`, sorted, before any of them is read.
struct ContentInventory: Sendable {
    /// An article file, or the `index.md` of a bundle folder with the bundle's other files.
    struct ArticleFile: Sendable {
        /// Relative to the site folder: `Content/posts/x.md` or `Content/posts/x/index.md`.
        let path: String
        /// The folder under `Content/` it is in: `posts` or a section's id.
        var folder: String {
            let components = path.split(separator: "/", maxSplits: 2)
            return components.count > 1 ? String(components[1]) : SectionConfig.defaultID
        }
        /// Whether the file is the `index.md` of a bundle folder below `Content/posts/`.
        let isBundle: Bool
        /// The files of a bundle (site-relative), empty for a plain file.
        let bundleFiles: [String]
        /// The declared language its name marks (`x.en.md`, `index.en.md`); `nil` for the
        /// default language.
        let language: String?
        /// The file's name without extension and language mark, or the bundle folder's name:
        /// what the slug is made of.
        let name: String

        init(path: String, isBundle: Bool, bundleFiles: [String], language: String? = nil, name: String? = nil) {
            self.path = path
            self.isBundle = isBundle
            self.bundleFiles = bundleFiles
            self.language = language
            self.name = name ?? (isBundle ? String(path.split(separator: "/").dropLast().last ?? "") : MarkdownFileName.stem(of: path))
        }

        /// What links the file to its translations: its folder and name without extension and
        /// language mark (`Content/posts/2026-11-24-austausch`), the same for a bundle folder
        /// and a plain file of that name.
        var translationKey: String {
            let folder = MarkdownFileName.folder(of: path)
            return isBundle ? String(folder.dropLast()) : folder + name
        }
    }

    var articles: [ArticleFile] = []
    var authors: [String] = []
    var pages: [String] = []
    /// Press contacts: `Content/contacts/ID.md`.
    var contacts: [String] = []
    /// `Content/boilerplate.md`, when the site has one.
    var boilerplate: String?
    /// Its translations, `Content/boilerplate.en.md`.
    var boilerplateTranslations: [String] = []
    /// Files of `Content/images/` and any other file outside the content folders, site-relative.
    var images: [String] = []
    /// The albums of the press kit: `Content/media/ALBUM/` with its `index.md`.
    var albums: [AlbumFolder] = []
    var diagnostics: [Diagnostic] = []
    /// The signature of every file the scan listed, as the scan found it.
    var signatures: [String: FileSignature] = [:]

    /// A folder of `Content/media/` with its `index.md` and its files.
    struct AlbumFolder: Sendable {
        /// The folder's name: `vorstand` for `Content/media/vorstand/`.
        let id: String
        let indexPath: String
        /// The album's files (site-relative), sorted; the index file is not one of them.
        let files: [String]
    }

    /// Every file listed, for telling a change of a known file from an added one.
    var allPaths: Set<String> {
        var paths = Set(articles.map(\.path))
        for article in articles { paths.formUnion(article.bundleFiles) }
        for album in albums { paths.insert(album.indexPath); paths.formUnion(album.files) }
        return paths.union(authors).union(pages).union(images).union(contacts).union(boilerplate.map { [$0] } ?? [])
            .union(boilerplateTranslations)
    }
}
