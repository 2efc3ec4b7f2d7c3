import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists the files of a site's `Content/` folder: articles and bundles under `posts/`,
/// authors, pages and shared images. Hidden files are skipped; symbolic links are followed
/// only inside the site's folder, and a link that leads back into a folder being walked is
/// reported instead of looping. Files copied as they are (shared images, a bundle's files)
/// must pass `CopiedFilePolicy`.
struct ContentScanner {
    let root: URL
    /// `limits:` of `site.yml`: Markdown files above the size limit are reported, not listed.
    var limits = SiteLimits()

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
        let posts = Self.withoutUnicodeTwins(walker.files(in: "Content/posts", root: root), into: &diagnostics)
        inventory.articles = groupBundles(posts.filter { $0.hasSuffix(".md") }, posts)
        inventory.authors = Self.withoutUnicodeTwins(walker.files(in: "Content/authors", root: root), into: &diagnostics)
            .filter { $0.hasSuffix(".md") }
        inventory.pages = Self.withoutUnicodeTwins(walker.files(in: "Content/pages", root: root), into: &diagnostics)
            .filter { $0.hasSuffix(".md") }
        inventory.images = Self.withoutUnicodeTwins(walker.files(in: "Content/images", root: root), into: &diagnostics)
        // What is copied as it is must be a type the site publishes: a refused file is an
        // error at its path and never reaches the plan.
        inventory.images = CopiedFilePolicy.filter(inventory.images, rootPath: root.path, into: &diagnostics)
        inventory.articles = inventory.articles.map { article in
            guard !article.bundleFiles.isEmpty else { return article }
            return .init(path: article.path, isBundle: article.isBundle,
                         bundleFiles: CopiedFilePolicy.filter(article.bundleFiles, rootPath: root.path, into: &diagnostics))
        }
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

    /// A folder below `Content/posts/` with an `index.md` is a bundle: its other files travel
    /// with the article, and Markdown files inside it are not articles of their own.
    /// `Content/posts/index.md` itself is a plain article, or it would swallow all the others.
    private func groupBundles(_ markdown: [String], _ files: [String]) -> [ContentInventory.ArticleFile] {
        let bundleFolders = Set(markdown.filter { $0.hasSuffix("/index.md") && $0 != "Content/posts/index.md" }
            .map { String($0.dropLast("index.md".count)) })
        /// The innermost bundle folder (with its trailing slash) that holds `path`.
        func bundle(of path: String) -> String? {
            guard !bundleFolders.isEmpty, !path.isEmpty else { return nil }
            // On bytes: this runs for every file below posts/, and a '/' is always a whole
            // character, so its index cuts the path cleanly.
            var rest = path.utf8.dropLast()
            while let slash = rest.lastIndex(of: UInt8(ascii: "/")) {
                let folder = String(path[...slash])
                if bundleFolders.contains(folder) { return folder }
                rest = path.utf8[..<slash]
            }
            return nil
        }
        var result: [ContentInventory.ArticleFile] = []
        var members: [String: [String]] = [:]
        for file in files {
            if let folder = bundle(of: file), file != folder + "index.md" { members[folder, default: []].append(file) }
        }
        for path in markdown {
            let folder = String(path.dropLast("index.md".count))
            if path.hasSuffix("/index.md"), bundleFolders.contains(folder) {
                result.append(.init(path: path, isBundle: true, bundleFiles: (members[folder] ?? []).filter { !$0.hasSuffix(".md") }))
            } else if bundle(of: path) == nil {
                result.append(.init(path: path, isBundle: false, bundleFiles: []))
            }
        }
        return result
    }
}
