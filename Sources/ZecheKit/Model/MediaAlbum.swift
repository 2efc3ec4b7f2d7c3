public import FrontMatter
import Media

/// An album of the press kit, from `Content/media/ALBUM/`: logos, portraits, product photos
/// for journalists to download, one by one or all at once as a ZIP archive Zeche writes.
public struct MediaAlbum: Sendable, Hashable {
    // Hashed by hand: `params` (YAML values) are hashed by their JSON text.
    /// The folder's name; articles name albums by it (`media: [vorstand]`).
    public let id: String
    public let title: String
    public let description: String
    /// The text of `index.md`, rendered.
    public let contentHTML: String
    /// The terms under which the press may use the files, when the album states them.
    public let licence: String?
    public let date: SiteDate?
    /// `Content/media/ALBUM/index.md`.
    public let sourcePath: String
    /// The album's page: `/media/ALBUM/`.
    public let address: PageAddress
    /// The ZIP archive of all files: `/media/ALBUM.zip`.
    public let archive: PageAddress
    /// The files in the order of the `files` list, then the others by name.
    public let files: [MediaFile]
    public let params: [String: ParamValue]

    /// The archive's size in bytes: a stored ZIP's size follows from its names and files.
    public var archiveByteCount: Int {
        ZIPWriter.archiveSize(of: files.map { (entryName(of: $0), $0.byteCount) })
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(title)
        hasher.combine(description)
        hasher.combine(contentHTML)
        hasher.combine(licence)
        hasher.combine(date)
        hasher.combine(files)
        hasher.combine(params.mapValues { $0.jsonText() })
    }

    /// The name of a file inside the archive: `vorstand/portrait.jpg`, so that unpacking it
    /// makes a folder.
    public func entryName(of file: MediaFile) -> String { id + "/" + file.name }
}

/// A file of an album, copied as it is to `/media/ALBUM/NAME`.
public struct MediaFile: Sendable, Hashable {
    public let name: String
    public let sourcePath: String
    public let address: PageAddress
    public let byteCount: Int
    /// The format and size of an image; `nil` for other files (a PDF fact sheet).
    public let image: ImageFacts?
    public let caption: String?
    /// Its own credit, or the album's.
    public let credit: String?
    /// Its own licence, or the album's.
    public let licence: String?
    /// Its text alternative; the caption when it has none.
    public let alt: String?
}
