import Media
import Mustache

/// The template values of the press kit, built once per run: each album with its files, by id.
struct MediaValues: Sendable {
    /// Full values in the order of `Site.pictures.albums`, and by id.
    let albums: [TemplateValue]
    let albumByID: [String: TemplateValue]

    /// How many images an album's entry shows as previews in lists and boxes.
    static let previewCount = 4

    init(site: Site) {
        let values = site.pictures.albums.map { Self.albumValue($0, site: site) }
        albums = values
        albumByID = Dictionary(zip(site.pictures.albums.map(\.id), values), uniquingKeysWith: { first, _ in first })
    }

    /// An album as templates see it: its texts, its page, its ZIP archive (`archive`: `url`,
    /// `file_name`, `byte_count`, `size`, `label`), its files and the first few images as
    /// `preview`.
    static func albumValue(_ album: MediaAlbum, site: Site) -> TemplateValue {
        let strings = site.strings
        let files = album.files.map { fileValue($0, strings: strings) }
        let previews = zip(album.files, files).filter { $0.0.image != nil }.prefix(previewCount).map(\.1)
        let count = album.files.count
        let countText = count == 1 ? strings["file_count_one"] : strings.format("file_count_other", ["count": strings.format(count)])
        let archiveSize = strings.format(byteCount: album.archiveByteCount)
        return [
            "id": .string(album.id),
            "title": .string(album.title),
            "description": .string(album.description),
            "content": .string(album.contentHTML),
            "licence": TemplateValue(album.licence),
            "date": album.date.map { ContextBuilder.dateValue($0, strings: strings) } ?? .null,
            "url": .string(album.address.url),
            "archive": [
                "url": .string(album.archive.url),
                "file_name": .string(album.id + ".zip"),
                "byte_count": .int(album.archiveByteCount),
                "size": .string(archiveSize),
                "label": .string("\(strings["download_all"]) (\(countText), \(archiveSize))"),
            ],
            "file_count": .int(count),
            "file_count_text": .string(countText),
            "files": .array(files),
            "has_files": .bool(!files.isEmpty),
            "preview": .array(Array(previews)),
            "has_preview": .bool(!previews.isEmpty),
            "params": TemplateValue(params: album.params),
        ]
    }

    /// A file of an album: `name`, `url`, `caption`, `credit`, `licence`, `alt`, `is_image`,
    /// `width`, `height`, `pixels` ("1600 × 900 Pixel"), `format` ("JPEG"), `media_type`,
    /// `byte_count` and `size` ("245 KB"); the image fields are `null` for other files.
    static func fileValue(_ file: MediaFile, strings: InterfaceStrings) -> TemplateValue {
        [
            "name": .string(file.name),
            "url": .string(file.address.url),
            "caption": TemplateValue(file.caption),
            "credit": TemplateValue(file.credit),
            "licence": TemplateValue(file.licence),
            "alt": .string(file.alt ?? ""),
            "is_image": .bool(file.image != nil),
            "width": file.image.map { .int($0.width) } ?? .null,
            "height": file.image.map { .int($0.height) } ?? .null,
            "pixels": file.image.map { .string(strings.format("pixels", ["width": String($0.width), "height": String($0.height)])) } ?? .null,
            "format": file.image.map { .string($0.format.name) } ?? .null,
            "media_type": file.image.map { .string($0.format.mediaType) } ?? .null,
            "byte_count": .int(file.byteCount),
            "size": .string(strings.format(byteCount: file.byteCount)),
        ]
    }
}
