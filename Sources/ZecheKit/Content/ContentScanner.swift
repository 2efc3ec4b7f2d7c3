import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists the files of a site's `Content/` folder: articles and bundles under `posts/`,
/// authors, pages and shared images. Hidden files are skipped; symbolic links are followed,
/// but a link that leads back into a folder being walked is reported instead of looping.
struct ContentScanner {
    let root: URL

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
        var diagnostics: [Diagnostic] = []
        let posts = Self.withoutUnicodeTwins(walker.files(in: "Content/posts", root: root), into: &diagnostics)
        inventory.articles = groupBundles(posts.filter(MarkdownFileName.isMarkdown), posts, into: &diagnostics)
        inventory.authors = Self.withoutUnicodeTwins(walker.files(in: "Content/authors", root: root), into: &diagnostics)
            .filter(MarkdownFileName.isMarkdown)
        inventory.pages = Self.withoutUnicodeTwins(walker.files(in: "Content/pages", root: root), into: &diagnostics)
            .filter(MarkdownFileName.isMarkdown)
        inventory.images = Self.withoutUnicodeTwins(walker.files(in: "Content/images", root: root), into: &diagnostics)
        inventory.diagnostics = walker.diagnostics + diagnostics
        return inventory
    }

    /// `paths` without those that equal an earlier one under Unicode canonical equivalence:
    /// `grüße.md` written with a composed `ü` and with `u` + U+0308. Linux keeps both files,
    /// macOS cannot, and Swift strings (and so every table keyed by path) take them as one
    /// name, so one file's content would silently stand in for the other's.
    static func withoutUnicodeTwins(_ paths: [String], into diagnostics: inout [Diagnostic]) -> [String] {
        var seen: [String: String] = [:]
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

    /// A folder below `Content/posts/` with an `index.md` (or `index.markdown`, `index.mdown`)
    /// is a bundle: its other files travel with the article, and Markdown files inside it are
    /// not articles of their own. `Content/posts/index.md` itself is a plain article, or it
    /// would swallow all the others. Any other file is named in a warning: it is skipped.
    private func groupBundles(_ markdown: [String], _ files: [String], into diagnostics: inout [Diagnostic]) -> [ContentInventory.ArticleFile] {
        // The first index file of a folder, in path order, makes it a bundle.
        var indexes: [String: String] = [:]
        for path in markdown where MarkdownFileName.isIndex(path) && MarkdownFileName.folder(of: path) != "Content/posts/" {
            let folder = MarkdownFileName.folder(of: path)
            if indexes[folder] == nil { indexes[folder] = path }
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
        var result: [ContentInventory.ArticleFile] = []
        var members: [String: [String]] = [:]
        for file in files {
            guard let folder = bundle(of: file) else {
                if !MarkdownFileName.isMarkdown(file) { diagnostics.append(Self.skipped(file)) }
                continue
            }
            if indexes[folder] == file { continue }
            if MarkdownFileName.isMarkdown(file) {
                diagnostics.append(Self.skippedInBundle(file, index: indexes[folder] ?? folder))
            } else {
                members[folder, default: []].append(file)
            }
        }
        for path in markdown {
            let folder = MarkdownFileName.folder(of: path)
            if indexes[folder] == path {
                result.append(.init(path: path, isBundle: true, bundleFiles: members[folder] ?? []))
            } else if bundle(of: path) == nil {
                result.append(.init(path: path, isBundle: false, bundleFiles: []))
            }
        }
        return result
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
