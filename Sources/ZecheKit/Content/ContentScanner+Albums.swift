/// The press kit's albums: the folders of `Content/media/`.
extension ContentScanner {
    /// Groups the files of `Content/media/` into albums: each folder directly in it with an
    /// `index.md` (or `.markdown`, `.mdown`) is one, and its other files are the album's. A
    /// file directly in `Content/media/`, in a folder inside an album, or in a folder without
    /// an index file is named in a warning: it is not built.
    static func albums(_ files: [String], into diagnostics: inout [Diagnostic]) -> [ContentInventory.AlbumFolder] {
        let prefix = "Content/media/"
        var byFolder: [String: [String]] = [:]
        var order: [String] = []
        for file in files {
            let inside = file.dropFirst(prefix.count)
            guard let slash = inside.firstIndex(of: "/") else {
                diagnostics.append(.warning(
                    "the file '\(file)' is in no album of the press kit, so it is not built", at: SourceLocation(path: file),
                    fix: "move it into an album's folder, e.g. Content/media/logos/, which has an index.md with the album's title"))
                continue
            }
            let folder = String(inside[..<slash])
            if byFolder[folder] == nil { order.append(folder) }
            byFolder[folder, default: []].append(file)
        }
        var albums: [ContentInventory.AlbumFolder] = []
        for folder in order {
            let paths = byFolder[folder] ?? []
            let albumPrefix = prefix + folder + "/"
            let index = MarkdownFileName.indexPaths(in: albumPrefix).first(where: paths.contains)
            guard let index else {
                diagnostics.append(.warning(
                    "the folder '\(albumPrefix)' has no index.md, so it is no album of the press kit and its \(paths.count == 1 ? "file is" : "\(paths.count) files are") not built",
                    at: SourceLocation(path: albumPrefix),
                    fix: "create \(albumPrefix)index.md with the album's title (title: …), its description and licence"))
                continue
            }
            var members: [String] = []
            for path in paths where path != index {
                if path.dropFirst(albumPrefix.count).contains("/") {
                    diagnostics.append(.warning(
                        "the file '\(path)' is in a folder inside the album '\(folder)', so it is not built", at: SourceLocation(path: path),
                        fix: "move it into \(albumPrefix) itself; albums have no folders"))
                } else if MarkdownFileName.isMarkdown(path) {
                    diagnostics.append(.warning(
                        "'\(path)' is a second Markdown file in the album '\(folder)'; it is neither read nor offered",
                        at: SourceLocation(path: path), fix: "merge its text into \(index), or remove it"))
                } else {
                    members.append(path)
                }
            }
            albums.append(ContentInventory.AlbumFolder(id: folder, indexPath: index, files: members))
        }
        return albums
    }
}
