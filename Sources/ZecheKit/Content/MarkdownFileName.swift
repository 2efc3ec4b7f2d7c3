/// The names of Markdown content files: `.md`, `.markdown` and `.mdown`, in any case, read
/// alike everywhere (articles, bundles' `index` files, authors, pages); Jekyll and Hugo sites
/// use all three.
package enum MarkdownFileName {
    /// The extensions, without the dot, in the order a bundle's index file is looked for.
    package static let extensions = ["md", "markdown", "mdown"]

    /// Whether `path` names a Markdown file.
    package static func isMarkdown(_ path: String) -> Bool {
        extensionLength(of: path) != nil
    }

    /// The file name of `path` without its folder and its Markdown extension:
    /// `Content/posts/2026-11-24-a.markdown` → `2026-11-24-a`.
    package static func stem(of path: String) -> String {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
        guard let length = extensionLength(of: name) else { return name }
        return String(name.utf8.dropLast(length)) ?? name
    }

    /// Whether `path` is an index file in a folder: `FOLDER/index.md` (or `.markdown`, `.mdown`).
    package static func isIndex(_ path: String) -> Bool {
        path.contains("/") && isMarkdown(path) && stem(of: path) == "index"
    }

    /// The folder of `path`, with its trailing `/`; empty for a bare name.
    package static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }

    /// The paths a link to `folder` (with its trailing `/`) may mean: its index files.
    package static func indexPaths(in folder: String) -> [String] {
        extensions.map { folder + "index." + $0 }
    }

    /// The length of `.md`, `.markdown` or `.mdown` at the end of `path` (any case), or nil.
    private static func extensionLength(of path: String) -> Int? {
        guard let dot = path.utf8.lastIndex(of: UInt8(ascii: ".")) else { return nil }
        let written = path.utf8[path.utf8.index(after: dot)...]
        guard written.count <= 8, !written.contains(UInt8(ascii: "/")) else { return nil }
        let lowered = String(decoding: written.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        return extensions.contains(lowered) ? written.count + 1 : nil
    }
}
