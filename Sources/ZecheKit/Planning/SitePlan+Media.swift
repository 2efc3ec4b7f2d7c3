/// The press kit's pages, files and archives.
extension SitePlan {
    /// The overview (`media`), a page per album (`album`), each album's files copied as they
    /// are, and its ZIP archive. A site without albums has none of them. Returns the copies.
    mutating func planMedia(site: Site, has: (String) -> Bool) -> [Copy] {
        let albums = site.pictures.albums
        guard !albums.isEmpty else { return [] }
        let urls = site.config.urls
        if has("media") {
            add(.media, "media", urls.media)
        } else {
            warn("the theme has no 'media' template, so the overview of the press kit is not built", template: "media")
        }
        if has("album") {
            for (index, album) in albums.enumerated() { add(.album(index), "album", album.address) }
        } else {
            warn("the theme has no 'album' template, so the pages of the press kit's albums are not built", template: "album")
        }
        var copies: [Copy] = []
        for album in albums {
            copies += album.files.map { Copy(sourcePath: $0.sourcePath, outputPath: $0.address.outputPath) }
            archives.append(PlannedArchive(
                albumID: album.id, address: album.archive,
                entries: album.files.map { .init(name: album.entryName(of: $0), sourcePath: $0.sourcePath) }, date: album.date))
        }
        return copies
    }
}
