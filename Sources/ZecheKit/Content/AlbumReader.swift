import Foundation
import FrontMatter
import Markdown

/// An album's `index.md`, checked, before its files are resolved.
struct AlbumDraft: Sendable {
    /// What the `files` list says of one file.
    struct FileEntry: Sendable {
        let name: String
        let location: SourceLocation
        let caption: String?
        let credit: String?
        let licence: String?
        let alt: String?
    }

    let id: String
    let document: ContentDocument
    let title: String
    let description: String
    /// The terms under which the press may use the files.
    let licence: String?
    let date: SiteDate?
    /// The credit of every file that names none of its own.
    let credit: String?
    let files: [FileEntry]
    let params: [String: ParamValue]
}

/// Reads `Content/media/ALBUM/index.md`: `title` (required), `description`, `licence`, `date`,
/// `credit` (for every file that has none) and `files`, a list of entries with the `name` of a
/// file of the album and its `caption`, `credit`, `licence` and `alt` text.
struct AlbumReader {
    static let knownKeys = ["title", "description", "licence", "date", "credit", "files"]
    static let fileKeys = ["name", "caption", "credit", "licence", "alt"]

    let timeZone: TimeZone

    /// The draft, made even when the file has mistakes (they are reported), so that the files
    /// are still offered and articles that name the album are not also reported.
    func read(_ document: ContentDocument) -> (AlbumDraft, [Diagnostic]) {
        let id = String(MarkdownFileName.folder(of: document.path).dropFirst("Content/media/".count).dropLast())
        guard document.diagnostics.isEmpty else {
            return (AlbumDraft(id: id, document: document, title: id, description: "", licence: nil, date: nil, credit: nil,
                               files: [], params: [:]), [])
        }
        var reader = MappingReader(document.frontMatter, path: document.path, start: document.start, what: "front matter")
        let title = reader.string("title", required: "title: Logos")
        let description = reader.string("description") ?? ""
        let licence = Self.text(reader.string("licence"))
        let date = reader.date("date", timeZone: timeZone)
        let credit = Self.text(reader.string("credit"))
        let files = fileEntries(&reader)
        if Slug.make(id) != id {
            reader.diagnostics.append(.error(
                "the album folder '\(id)' is not in URL form: a-z, 0-9 and single '-' between them", at: document.start,
                fix: "rename the folder to Content/media/\(Slug.make(id).isEmpty ? "pressefotos" : Slug.make(id))/"))
        }
        reader.warnAboutUnknownKeys(known: Self.knownKeys, keptAs: "album.params")
        var params: [String: ParamValue] = [:]
        for entry in reader.unreadEntries { params[entry.key] = entry.value }
        return (AlbumDraft(id: id, document: document, title: title ?? id, description: description, licence: licence, date: date,
                           credit: credit, files: files, params: params), reader.diagnostics)
    }

    private func fileEntries(_ reader: inout MappingReader) -> [AlbumDraft.FileEntry] {
        guard let node = reader.node("files") else { return [] }
        guard case .sequence(let items) = node.value else {
            reader.error("'files' must be a list of entries, each with the 'name' of a file of the album", at: node,
                         fix: "write '- name: portrait.jpg' and '  caption: …' per file")
            return []
        }
        var entries: [AlbumDraft.FileEntry] = []
        var seen: [String: SourceLocation] = [:]
        for item in items {
            var entry = MappingReader(item, path: reader.path, start: reader.location(of: item), what: "file entry")
            let name = entry.string("name", required: "name: portrait.jpg")?.trimmingWhitespace()
            let caption = Self.text(entry.string("caption"))
            let credit = Self.text(entry.string("credit"))
            let licence = Self.text(entry.string("licence"))
            let alt = Self.text(entry.string("alt"))
            entry.warnAboutUnknownKeys(known: Self.fileKeys, keptAs: nil)
            let location = entry.node("name").map(entry.location(of:)) ?? reader.location(of: item)
            if let name, let first = seen[name] {
                entry.diagnostics.append(.error("the file '\(name)' has an entry already at \(first.line):\(first.column)", at: location,
                                                fix: "merge the two entries"))
            } else if let name {
                seen[name] = location
                entries.append(.init(name: name, location: location, caption: caption, credit: credit, licence: licence, alt: alt))
            }
            reader.append(entry.diagnostics)
        }
        return entries
    }

    /// A text with its ends trimmed; `nil` when nothing is left.
    private static func text(_ value: String?) -> String? {
        guard let trimmed = value?.trimmingWhitespace(), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}
