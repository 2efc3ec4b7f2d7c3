import Foundation

/// Where the content of a Jekyll or Hugo site is: the Markdown files to import, whether each
/// is meant as a post or a page, and the files of Hugo's page bundles.
struct StaticSiteLayout {
    /// One Markdown file to import.
    struct Entry: Sendable {
        /// Relative to the import folder.
        var path: String
        /// Whether the file sits in Jekyll's `_drafts/`.
        var isDraft = false
        /// Whether it is a Hugo section's `_index.md`.
        var isSectionIndex = false
        /// For a Hugo page bundle (`NAME/index.md`): its other files, relative to the import
        /// folder.
        var bundleFiles: [String] = []
        /// The folders between the posts folder and the file (Jekyll categories, Hugo sections).
        var folders: [String] = []
    }

    let root: URL
    /// The folder that holds the content, relative to `root` (`content`, `_posts`), or empty.
    var contentFolder = ""
    /// Where root-relative files are (`/images/x.png`): the site folder, and Hugo's `static/`.
    var staticFolders: [String] = [""]
    var entries: [Entry] = []
    /// Files that are not imported, by kind, for the summary.
    var skipped: [String: Int] = [:]

    static let markdownExtensions: Set<String> = ["md", "markdown", "mdown", "mkdn", "mkd", "mdx"]
    static let ignoredFolders: Set<String> = ["node_modules", "vendor", "_site", "public", "resources", ".git", "themes", "layouts", "_layouts", "_includes", "_sass", "assets", "static", "archetypes", "data", "_data", "i18n"]

    static func jekyll(_ root: URL) -> StaticSiteLayout {
        var layout = StaticSiteLayout(root: root)
        let hasPosts = Self.isFolder(root.appendingPathComponent("_posts"))
        if hasPosts {
            layout.contentFolder = "_posts"
            layout.add(folder: "_posts", role: .post)
            if Self.isFolder(root.appendingPathComponent("_drafts")) { layout.add(folder: "_drafts", role: .draft) }
            layout.add(folder: "", role: .jekyllPage)
        } else {
            layout.add(folder: "", role: .post)
        }
        return layout
    }

    static func hugo(_ root: URL) -> StaticSiteLayout {
        var layout = StaticSiteLayout(root: root)
        if Self.isFolder(root.appendingPathComponent("content")) {
            layout.contentFolder = "content"
            layout.staticFolders = ["static", "assets", ""]
            layout.add(folder: "content", role: .post)
        } else {
            layout.add(folder: "", role: .post)
        }
        return layout
    }

    private enum Role { case post, draft, jekyllPage }

    private mutating func add(folder: String, role: Role) {
        let files = Self.files(in: root, folder: folder, skipUnderscored: role == .jekyllPage)
        let markdown = files.filter { Self.markdownExtensions.contains(Self.fileExtension($0)) }
        // Hugo's page bundles: a folder with index.md; its other files travel with it.
        let bundleFolders = Set(markdown.filter { Self.stem($0) == "index" && $0.contains("/") && Self.folder(of: $0) != folder }
            .map { Self.folder(of: $0) })
        for file in files where !Self.markdownExtensions.contains(Self.fileExtension(file)) {
            if !bundleFolders.contains(where: { file.hasPrefix($0 + "/") }), role != .jekyllPage {
                skipped["other files (not Markdown)", default: 0] += 1
            }
        }
        for file in markdown {
            if let bundle = bundleFolders.first(where: { file.hasPrefix($0 + "/") }), Self.folder(of: file) != bundle {
                // A Markdown file deeper in a bundle belongs to it, as in Hugo.
                skipped["Markdown files inside page bundles", default: 0] += 1
                continue
            }
            if role == .jekyllPage, file.split(separator: "/").contains(where: { $0.hasPrefix("_") }) { continue }
            var entry = Entry(path: file, isDraft: role == .draft)
            entry.isSectionIndex = Self.stem(file) == "_index"
            let relative = folder.isEmpty ? file : String(file.dropFirst(folder.count + 1))
            entry.folders = relative.split(separator: "/").dropLast().map(String.init)
            if Self.stem(file) == "index", bundleFolders.contains(Self.folder(of: file)) {
                entry.bundleFiles = files.filter { $0.hasPrefix(Self.folder(of: file) + "/") && !Self.markdownExtensions.contains(Self.fileExtension($0)) }
                entry.folders.removeLast()
            } else if entry.isSectionIndex, !entry.folders.isEmpty {
                // A section's `_index.md` stands for the section's folder itself.
                entry.folders.removeLast()
            }
            entries.append(entry)
        }
    }

    /// The files below `folder` (relative to `root`), sorted, without hidden files and the
    /// folders of generators' own machinery.
    static func files(in root: URL, folder: String, skipUnderscored: Bool) -> [String] {
        let start = folder.isEmpty ? root : root.appendingPathComponent(folder)
        guard let enumerator = FileManager.default.enumerator(at: start, includingPropertiesForKeys: [.isRegularFileKey],
                                                              options: [.skipsHiddenFiles]) else { return [] }
        var found: [String] = []
        let base = root.standardizedFileURL.path
        for case let url as URL in enumerator {
            let name = url.lastPathComponent
            if (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true {
                let isTopLevel = url.deletingLastPathComponent().standardizedFileURL.path == start.standardizedFileURL.path
                if (ignoredFolders.contains(name) && folder.isEmpty && isTopLevel) || (skipUnderscored && name.hasPrefix("_")) {
                    enumerator.skipDescendants()
                }
                continue
            }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(base + "/") else { continue }
            found.append(String(path.dropFirst(base.count + 1)))
        }
        return found.sorted()
    }

    static func isFolder(_ url: URL) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) && isFolder.boolValue
    }

    static func fileExtension(_ path: String) -> String {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    static func stem(_ path: String) -> String {
        let name = String(path.split(separator: "/").last ?? "")
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }
}
