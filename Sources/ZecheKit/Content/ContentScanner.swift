import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists the files of a site's `Content/` folder: articles and bundles under `posts/` and the
/// folders of the declared sections, authors, contacts, pages, shared images and the
/// boilerplate. Hidden files are skipped; symbolic links are followed only inside the site's
/// folder, and a link that leads back into a folder being walked is reported instead of
/// looping. Files copied as they are (shared images, a bundle's files) must pass
/// `CopiedFilePolicy`. Any other file or folder directly in `Content/` is named in a warning,
/// since nothing reads it.
struct ContentScanner {
    let root: URL
    /// The ids of the sections `site.yml` declares: their folders hold articles too.
    var sectionIDs: [String] = []
    /// `limits:` of `site.yml`: Markdown files above the size limit are reported, not listed.
    var limits = SiteLimits()
    /// The languages names may mark (`name.en.md`); none in a site of one language.
    var marks: LanguageMarks?

    /// The folders directly in `Content/` that Zeche reads, besides the sections'.
    static let knownFolders = ["posts", "authors", "pages", "images", "contacts", "media"]
    static let boilerplatePath = "Content/boilerplate.md"

    func scan() -> ContentInventory {
        var inventory = ContentInventory()
        let content = root.appendingPathComponent("Content")
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: content.path, isDirectory: &isFolder), isFolder.boolValue else {
            inventory.diagnostics.append(.error(
                "the site has no 'Content/' folder", at: SourceLocation(path: "Content/"),
                fix: "run zeche in the site's folder, or create Content/posts/ for articles"))
            return inventory
        }
        var walker = FolderWalker()
        walker.maxMarkdownBytes = limits.maxContentFileBytes
        var diagnostics: [Diagnostic] = []
        for folder in [SectionConfig.defaultID] + sectionIDs.filter({ $0 != SectionConfig.defaultID }) {
            let files = withoutUndeclaredLanguages(Self.withoutUnicodeTwins(walker.files(in: "Content/" + folder, root: root), into: &diagnostics),
                                                   into: &diagnostics)
            inventory.articles += groupBundles(files.filter(MarkdownFileName.isMarkdown), files, sectionFolder: "Content/\(folder)/",
                                               into: &diagnostics)
        }
        inventory.contacts = withoutUndeclaredLanguages(
            Self.withoutUnicodeTwins(walker.files(in: "Content/contacts", root: root), into: &diagnostics).filter(MarkdownFileName.isMarkdown),
            into: &diagnostics)
        inventory.authors = withoutUndeclaredLanguages(
            Self.withoutUnicodeTwins(walker.files(in: "Content/authors", root: root), into: &diagnostics).filter(MarkdownFileName.isMarkdown),
            into: &diagnostics)
        inventory.pages = withoutUndeclaredLanguages(
            Self.withoutUnicodeTwins(walker.files(in: "Content/pages", root: root), into: &diagnostics).filter(MarkdownFileName.isMarkdown),
            into: &diagnostics)
        inventory.images = Self.withoutUnicodeTwins(walker.files(in: "Content/images", root: root), into: &diagnostics)
        // What is copied as it is must be a type the site publishes: a refused file is an
        // error at its path and never reaches the plan.
        inventory.images = CopiedFilePolicy.filter(inventory.images, rootPath: root.path, into: &diagnostics)
        inventory.articles = inventory.articles.map { article in
            guard !article.bundleFiles.isEmpty else { return article }
            return .init(path: article.path, isBundle: article.isBundle,
                         bundleFiles: CopiedFilePolicy.filter(article.bundleFiles, rootPath: root.path, into: &diagnostics),
                         language: article.language, name: article.name)
        }
        inventory.albums = Self.albums(Self.withoutUnicodeTwins(walker.files(in: "Content/media", root: root), into: &diagnostics),
                                       into: &diagnostics)
        inventory.albums = inventory.albums.map { album in
            .init(id: album.id, indexPath: album.indexPath, files: CopiedFilePolicy.filter(album.files, rootPath: root.path, into: &diagnostics))
        }
        inventory.diagnostics = walker.diagnostics + diagnostics + unknownEntries(in: content, inventory: &inventory)
        inventory.signatures = walker.signatures
        return inventory
    }

    /// Warnings for what lies directly in `Content/` and is read by nothing; notes the
    /// boilerplate file when it is there.
    private func unknownEntries(in content: URL, inventory: inout ContentInventory) -> [Diagnostic] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: content.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        let folders = Self.knownFolders + sectionIDs
        var diagnostics: [Diagnostic] = []
        for name in names {
            let path = "Content/" + name
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: content.appendingPathComponent(name).path, isDirectory: &isFolder)
            if isFolder.boolValue {
                guard !folders.contains(name) else { continue }
                let near = Suggestion.nearest(to: name, in: folders)
                diagnostics.append(.warning(
                    "the folder '\(path)/' is neither a folder Zeche reads nor a declared section, so its files are not built"
                        + (near.map { "; did you mean '\($0)'?" } ?? ""),
                    at: SourceLocation(path: path + "/"),
                    fix: near.map { "rename it to Content/\($0)/" }
                        ?? "declare it in site.yml under 'sections' (- id: \(name), title: …), or move its files to Content/posts/"))
            } else if path == Self.boilerplatePath {
                inventory.boilerplate = path
            } else if let marks, marks.isMultilingual, name.hasSuffix(".md"), marks.name(ofFile: path) == "boilerplate" {
                switch marks.split(MarkdownFileName.stem(of: path)).mark {
                case .language: inventory.boilerplateTranslations.append(path)
                case .undeclared(let written): diagnostics.append(Self.undeclared(written, path: path))
                case .defaultLanguage, .none:
                    diagnostics.append(.warning(
                        "the file '\(path)' is not read: the boilerplate of the default language is Content/boilerplate.md",
                        at: SourceLocation(path: path), fix: "rename it to Content/boilerplate.md"))
                }
            } else {
                diagnostics.append(.warning(
                    "the file '\(path)' is not read: articles go into Content/posts/ or a section's folder", at: SourceLocation(path: path),
                    fix: MarkdownFileName.isMarkdown(name) ? "move it to Content/posts/ (an article) or Content/pages/ (a page)" : "move it to Content/images/"))
            }
        }
        return diagnostics
    }

    /// `paths` without Markdown files whose name marks a language the site does not declare
    /// (`x.fr.md`), each named in an error: built as the default language's, a French text
    /// would be published on the German pages.
    private func withoutUndeclaredLanguages(_ paths: [String], into diagnostics: inout [Diagnostic]) -> [String] {
        guard let marks, marks.isMultilingual else { return paths }
        return paths.filter { path in
            guard MarkdownFileName.isMarkdown(path), case .undeclared(let written) = marks.split(MarkdownFileName.stem(of: path)).mark else {
                return true
            }
            diagnostics.append(Self.undeclared(written, path: path))
            return false
        }
    }

    private static func undeclared(_ written: String, path: String) -> Diagnostic {
        .error("the file name marks the language '\(written)', which site.yml does not declare under 'languages'; the file is not read",
               at: SourceLocation(path: path),
               fix: "declare it in site.yml (languages: {\(written.lowercased()): {path: /\(written.lowercased())/}}), "
                   + "or rename the file without '.\(written)'")
    }

    /// `paths` without those that equal an earlier one under Unicode canonical equivalence:
    /// `grüße.md` written with a composed `ü` and with `u` + U+0308. Linux keeps both files,
    /// macOS cannot, and Swift strings (and so every table keyed by path) take them as one
    /// name, so one file's content would silently stand in for the other's.
    static func withoutUnicodeTwins(_ paths: [String], into diagnostics: inout [Diagnostic]) -> [String] {
        var seen: [String: String] = [:]
        seen.reserveCapacity(paths.count)
        return paths.filter { path in
            guard let twin = seen[path] else {
                seen[path] = path
                return true
            }
            diagnostics.append(.error(
                "'\(path)' and '\(twin)' are the same name, once with composed and once with decomposed letters (such as 'ü' and 'u' + U+0308)",
                at: SourceLocation(path: path), fix: "delete or rename one of them; macOS and many tools take them for one file"))
            return false
        }
    }

    /// A folder below a section's folder (`Content/posts/`) with an `index.md` (or
    /// `index.markdown`, `index.mdown`) is a bundle: its other files travel with the article,
    /// and Markdown files inside it are not articles of their own. `Content/posts/index.md`
    /// itself is a plain article, or it would swallow all the others. Any other file is named
    /// in a warning: it is skipped.
    private func groupBundles(_ markdown: [String], _ files: [String], sectionFolder: String,
                              into diagnostics: inout [Diagnostic]) -> [ContentInventory.ArticleFile] {
        let marks = self.marks
        // The first index file of a folder, in path order, makes it a bundle; in a site of
        // several languages, each language's first index file (`index.en.md`) is an article
        // of the bundle too.
        var indexes: [String: [String?: String]] = [:]
        for path in markdown where isIndex(path) && MarkdownFileName.folder(of: path) != sectionFolder {
            let folder = MarkdownFileName.folder(of: path)
            let language = marks?.language(ofFile: path)
            if indexes[folder]?[language] == nil { indexes[folder, default: [:]][language] = path }
        }
        /// The innermost bundle folder (with its trailing slash) that holds `path`.
        func bundle(of path: String) -> String? {
            guard !indexes.isEmpty, !path.isEmpty else { return nil }
            // On bytes: this runs for every file below posts/, and a '/' is always a whole
            // character, so its index cuts the path cleanly.
            var rest = path.utf8.dropLast()
            while let slash = rest.lastIndex(of: UInt8(ascii: "/")) {
                let folder = String(path[...slash])
                if indexes[folder] != nil { return folder }
                rest = path.utf8[..<slash]
            }
            return nil
        }
        func isBundleIndex(_ path: String, of folder: String) -> Bool {
            indexes[folder]?[marks?.language(ofFile: path)] == path
        }
        var result: [ContentInventory.ArticleFile] = []
        var members: [String: [String]] = [:]
        for file in files {
            guard let folder = bundle(of: file) else {
                if !MarkdownFileName.isMarkdown(file) { diagnostics.append(Self.skipped(file)) }
                continue
            }
            if isBundleIndex(file, of: folder) { continue }
            if MarkdownFileName.isMarkdown(file) {
                let index = indexes[folder]?[marks?.language(ofFile: file)] ?? indexes[folder]?[nil] ?? folder
                diagnostics.append(Self.skippedInBundle(file, index: index))
            } else {
                members[folder, default: []].append(file)
            }
        }
        for path in markdown {
            let language = marks?.language(ofFile: path)
            // A section without bundles (most archives) asks nothing more of its files.
            if indexes.isEmpty {
                result.append(.init(path: path, isBundle: false, bundleFiles: [], language: language, name: marks.map { $0.name(ofFile: path) }))
                continue
            }
            let folder = MarkdownFileName.folder(of: path)
            if isBundleIndex(path, of: folder) {
                result.append(.init(path: path, isBundle: true, bundleFiles: members[folder] ?? [], language: language))
            } else if bundle(of: path) == nil {
                result.append(.init(path: path, isBundle: false, bundleFiles: [], language: language,
                                    name: marks.map { $0.name(ofFile: path) }))
            }
        }
        return result
    }

    /// Whether `path` is a bundle's index file: `FOLDER/index.md`, and in a site of several
    /// languages `FOLDER/index.en.md` too.
    private func isIndex(_ path: String) -> Bool {
        guard let marks, marks.isMultilingual else { return MarkdownFileName.isIndex(path) }
        return path.utf8.contains(UInt8(ascii: "/")) && MarkdownFileName.isMarkdown(path) && marks.name(ofFile: path) == "index"
    }

    private static func name(of path: String) -> String {
        String(path.split(separator: "/").last ?? Substring(path))
    }

    private static func skipped(_ path: String) -> Diagnostic {
        .warning(
            "'\(name(of: path))' is not an article (.md, .markdown or .mdown) and not in a bundle folder; it is skipped",
            at: SourceLocation(path: path),
            fix: "rename it to .md if it is an article in Markdown, or move an image next to the index.md of its article's bundle folder or into Content/images/")
    }

    private static func skippedInBundle(_ path: String, index: String) -> Diagnostic {
        .warning(
            "'\(name(of: path))' is a second Markdown file in the bundle of '\(index)'; it is neither an article nor copied",
            at: SourceLocation(path: path),
            fix: "move it out of the bundle folder to make it an article of its own, or merge its text into '\(index)'")
    }
}
