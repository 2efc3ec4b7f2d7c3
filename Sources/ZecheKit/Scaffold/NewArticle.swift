public import Foundation
import Markdown

/// A new draft article as `zeche new` writes it: `Content/posts/YYYY-MM-DD-slug.md` (or a
/// section's folder), or the bundle `Content/posts/YYYY-MM-DD-slug/index.md`, with its front
/// matter filled in.
public struct NewArticle: Sendable, Equatable {
    /// The file's path relative to the site's folder.
    public let relativePath: String
    /// The whole file: front matter and a first paragraph to replace.
    public let text: String
    /// The other form of the same article (bundle or single file), which must not exist either.
    let alternativePath: String

    /// An article titled `title`, dated `date` (to the minute), by `authorID`.
    /// `language` (BCP 47) picks the placeholder text. With a `section` (`zeche new --section`),
    /// the file goes into the section's folder and starts with the keys its articles use:
    /// the categories of `site.yml` (a comment lists them), the dateline's place and the
    /// press contacts where the section shows them, and `embargo` as a comment. Throws when
    /// the title gives no slug.
    public init(title: String, date: SiteDate, authorID: String, tags: [String], isBundle: Bool, language: String,
                section: SectionConfig? = nil, categories: [String] = [], pressContacts: [String] = []) throws(ScaffoldError) {
        let slug = Slug.make(title)
        guard !slug.isEmpty else { throw ScaffoldError.emptySlug(title: title) }
        let name = "Content/\(section?.id ?? SectionConfig.defaultID)/\(date.dayString)-\(slug)"
        relativePath = isBundle ? name + "/index.md" : name + ".md"
        alternativePath = isBundle ? name + ".md" : name + "/index.md"
        let minute = SiteDate(secondsSince1970: date.secondsSince1970 - Int64(date.second), utcOffsetSeconds: date.utcOffsetSeconds)
        let german = LanguageTag.primaryLanguage(of: language) == "de"
        var lines = [
            "---",
            "title: \(YAMLText.scalar(title))",
            "date: \(minute.iso8601)",
            "author: \(YAMLText.scalar(authorID))",
        ]
        if !categories.isEmpty, section != nil {
            lines.append("categories: []  # " + (german ? "eine oder mehrere von: " : "one or more of: ") + categories.joined(separator: ", "))
        }
        if !tags.isEmpty { lines.append("tags: \(YAMLText.flowSequence(tags))") }
        if let section {
            if let place = section.dateline { lines.append("dateline: \(YAMLText.scalar(place))") }
            if section.showsPressContacts, !pressContacts.isEmpty { lines.append("contacts: \(YAMLText.flowSequence(pressContacts))") }
            let embargo = SiteDate(secondsSince1970: minute.secondsSince1970 + 7 * 86_400, utcOffsetSeconds: minute.utcOffsetSeconds)
            lines.append("# embargo: \(embargo.dayString) 09:00  # " + (german
                ? "bis dahin privat (Sperrfrist); die Zeile einkommentieren, um sie zu setzen"
                : "private until then; remove the '#' to set it"))
        }
        lines += ["draft: true", "---", "", Self.placeholder(language: language, isPressRelease: section?.dateline != nil), ""]
        text = lines.joined(separator: "\n")
    }

    /// The ids of the site's authors: the names of `Content/authors/*.md`, sorted, without
    /// the translations of a site in several languages (`anna.en.md`).
    public static func authorIDs(root: URL) -> [String] {
        let folder = root.appendingPathComponent("Content/authors")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { MarkdownFileName.isMarkdown($0) && !$0.hasPrefix(".") }.map { MarkdownFileName.stem(of: $0) }
            .filter { stem in
                guard let dot = stem.lastIndex(of: "."), dot != stem.startIndex else { return true }
                return !LanguageMarks.looksLikeLanguage(String(stem[stem.index(after: dot)...]))
            }.sorted()
    }

    /// The author for a new article: the one asked for, which must exist, or the site's only one.
    public static func chooseAuthor(_ requested: String?, from known: [String]) throws(ScaffoldError) -> String {
        if let requested {
            guard known.contains(requested) else {
                throw known.isEmpty ? ScaffoldError.noAuthors : ScaffoldError.unknownAuthor(requested, known: known)
            }
            return requested
        }
        switch known.count {
        case 0: throw ScaffoldError.noAuthors
        case 1: return known[0]
        default: throw ScaffoldError.authorNeeded(known: known)
        }
    }

    /// The section for a new article: the one `--section` asks for (a declared one, or the
    /// default `posts`), or none.
    public static func chooseSection(_ requested: String?, from sections: [SectionConfig]) throws(ScaffoldError) -> SectionConfig? {
        guard let requested else { return nil }
        if let section = sections.first(where: { $0.id == requested }) { return section }
        guard requested == SectionConfig.defaultID else {
            throw ScaffoldError.unknownSection(requested, known: [SectionConfig.defaultID] + sections.map(\.id).filter { $0 != SectionConfig.defaultID })
        }
        return nil
    }

    /// Writes the article under `root`; never replaces an existing file or bundle.
    public func write(into root: URL) throws(ScaffoldError) {
        let fileManager = FileManager.default
        for path in [relativePath, alternativePath] where fileManager.fileExists(atPath: root.appendingPathComponent(path).path) {
            throw ScaffoldError.fileExists(path)
        }
        let file = root.appendingPathComponent(relativePath)
        do {
            try fileManager.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            // withoutOverwriting: another process may have made the file since the check above.
            try Data(text.utf8).write(to: file, options: .withoutOverwriting)
        } catch {
            if fileManager.fileExists(atPath: file.path) { throw ScaffoldError.fileExists(relativePath) }
            throw ScaffoldError.cannotWrite(path: relativePath, reason: error.localizedDescription)
        }
    }

    private static func placeholder(language: String, isPressRelease: Bool) -> String {
        if LanguageTag.primaryLanguage(of: language) == "de", isPressRelease {
            return "Hier beginnt die Pressemitteilung. Die Ortszeile (Ort und Datum) setzt Zeche vor den ersten Absatz; Zitate schreiben Sie als Blockzitat mit „— Name, Funktion“ in der letzten Zeile. Wenn der Text fertig ist, löschen Sie die Zeile `draft: true`."
        }
        if isPressRelease {
            return "The press release starts here. Zeche puts the dateline (place and date) before the first paragraph; write quotes as block quotes with \"— Name, role\" on their last line. When the text is ready, delete the line `draft: true`."
        }
        if LanguageTag.primaryLanguage(of: language) == "de" {
            return "Hier beginnt der Artikel. Der erste Absatz wird zur Zusammenfassung auf der Startseite und in den Feeds. Wenn der Text fertig ist, löschen Sie die Zeile `draft: true`."
        }
        return "The article starts here. Its first paragraph becomes the summary on the front page and in the feeds. When the text is ready, delete the line `draft: true`."
    }
}
