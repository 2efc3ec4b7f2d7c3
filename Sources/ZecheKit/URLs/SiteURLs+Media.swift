/// The addresses of the press kit: its overview, each album's page, files and ZIP archive.
extension SiteURLs {
    /// The overview of the press kit's albums: `/media/`.
    public var media: PageAddress { page("media/") }

    /// An album's page: `/media/vorstand/`.
    public func album(id: String) -> PageAddress { page("media/\(id)/") }

    /// A file of an album, copied as it is: `/media/vorstand/portrait.jpg`.
    public func albumFile(id: String, name: String) -> PageAddress { file("media/\(id)/\(name)") }

    /// The ZIP archive of an album's files, beside its folder: `/media/vorstand.zip`.
    public func albumArchive(id: String) -> PageAddress { file("media/\(id).zip") }
}
