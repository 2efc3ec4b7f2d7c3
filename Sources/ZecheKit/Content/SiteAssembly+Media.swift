import Foundation
import Markdown

/// The press kit: each album of `Content/media/` with its files, their sizes, captions,
/// credits and licences.
extension SiteAssembly {
    /// Makes the albums' files (and each album's `index.md`, for links to its page) link
    /// targets; returns the files with their output paths. Records the ids of the albums.
    mutating func addAlbumFiles(to targets: inout LinkTargets) -> [BundleFile] {
        let drafted = Set(albumDrafts.map(\.document.path))
        var files: [BundleFile] = []
        for album in inventory.albums where drafted.contains(album.indexPath) {
            albumIDs.insert(album.id)
            targets.add(album.indexPath, url: config.urls.album(id: album.id).url)
            for path in album.files {
                let address = config.urls.albumFile(id: album.id, name: Self.fileName(of: path))
                targets.add(path, url: address.url)
                files.append(BundleFile(sourcePath: path, outputPath: address.outputPath))
            }
        }
        return files
    }

    /// The albums, newest first (by `date`, then by id): each with its files in the order of
    /// its `files` list, then the rest by name. An entry that names no file of the album is an
    /// error; so is an image that is not what its name says, and, where the site requires
    /// credits, an image without one.
    mutating func resolveAlbums(targets: LinkTargets) -> [MediaAlbum] {
        let folders = Dictionary(inventory.albums.map { ($0.indexPath, $0) }, uniquingKeysWith: { first, _ in first })
        let parser = MarkdownParser(options: config.markdownOptions(strings: strings))
        var albums: [MediaAlbum] = []
        for draft in albumDrafts {
            guard let folder = folders[draft.document.path] else { continue }
            let address = config.urls.album(id: draft.id)
            let body = renderBody(draft.document, parser: parser, targets: targets, place: BodyPlace(urls: config.urls, pageURL: address.url))
            albums.append(MediaAlbum(
                id: draft.id, title: draft.title, description: draft.description, contentHTML: body.document.html,
                licence: draft.licence, date: draft.date, sourcePath: draft.document.path, address: address,
                archive: config.urls.albumArchive(id: draft.id), files: albumFiles(draft, folder: folder), params: draft.params))
        }
        return albums.sorted { first, second in
            switch (first.date, second.date) {
            case (let a?, let b?) where a != b: a > b
            case (.some, nil): true
            case (nil, .some): false
            default: first.id < second.id
            }
        }
    }

    private mutating func albumFiles(_ draft: AlbumDraft, folder: ContentInventory.AlbumFolder) -> [MediaFile] {
        let byName = Dictionary(folder.files.map { (Self.fileName(of: $0), $0) }, uniquingKeysWith: { first, _ in first })
        var ordered: [(path: String, entry: AlbumDraft.FileEntry?)] = []
        for entry in draft.files {
            if let path = byName[entry.name] {
                ordered.append((path, entry))
            } else {
                let near = Suggestion.nearest(to: entry.name, in: byName.keys)
                diagnostics.append(.error(
                    "the album '\(draft.id)' has no file '\(entry.name)'\(near.map { "; did you mean '\($0)'?" } ?? "")", at: entry.location,
                    fix: "copy the file into Content/media/\(draft.id)/, or remove its entry from 'files'"))
            }
        }
        let listed = Set(draft.files.map(\.name))
        ordered += folder.files.filter { !listed.contains(Self.fileName(of: $0)) }.map { ($0, nil) }
        return ordered.map { path, entry in
            let name = Self.fileName(of: path)
            let location = entry?.location ?? SourceLocation(path: path)
            var facts: ImageFacts?
            if ImageCatalog.isImage(path) {
                namedImages.insert(path)
                facts = cache.images.facts(of: path, named: name, what: "image", at: location, into: &diagnostics)
            }
            let credit = entry?.credit ?? draft.credit
            if config.images.requiresCredit, credit == nil, ImageCatalog.isImage(path), !BodyImages.isVectorDrawing(name) {
                diagnostics.append(.error(
                    "the file '\(name)' of the album '\(draft.id)' has no credit, and the site requires one for every image (images: {require_credit: true})",
                    at: entry?.location ?? draft.document.start,
                    fix: entry == nil ? "add '- {name: \(name), credit: \"Foto: Name\"}' to 'files', or 'credit: …' for every file of the album"
                        : "add credit: \"Foto: Name\" to its entry"))
            }
            if ImageCatalog.isImage(path), entry?.alt == nil, entry?.caption == nil {
                diagnostics.append(.warning(
                    "the image '\(name)' of the album '\(draft.id)' has no text for readers who cannot see it",
                    at: entry?.location ?? draft.document.start,
                    fix: entry == nil ? "add '- {name: \(name), alt: \"…\"}' to 'files'" : "add alt: \"…\" (or a caption) to its entry"))
            }
            let byteCount = facts?.byteCount ?? FileSignature(path: root.path + "/" + path).map { Int($0.size) } ?? 0
            return MediaFile(
                name: name, sourcePath: path, address: config.urls.albumFile(id: draft.id, name: name), byteCount: byteCount,
                image: facts, caption: entry?.caption, credit: credit, licence: entry?.licence ?? draft.licence,
                alt: entry?.alt ?? entry?.caption)
        }
    }

    static func fileName(of path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
