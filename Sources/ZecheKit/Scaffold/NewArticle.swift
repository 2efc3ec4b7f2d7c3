public import Foundation
import Markdown

/// A new draft article as `zeche new` writes it: `Content/posts/YYYY-MM-DD-slug.md`, or the
/// bundle `Content/posts/YYYY-MM-DD-slug/index.md`, with its front matter filled in.
public struct NewArticle: Sendable, Equatable {
    /// The file's path relative to the site's folder.
    public let relativePath: String
    /// The whole file: front matter and a first paragraph to replace.
    public let text: String
    /// The other form of the same article (bundle or single file), which must not exist either.
    let alternativePath: String

    /// An article titled `title`, dated `date` (to the minute), by `authorID`.
    /// `language` (BCP 47) picks the placeholder text. Throws when the title gives no slug.
    public init(title: String, date: SiteDate, authorID: String, tags: [String], isBundle: Bool, language: String) throws(ScaffoldError) {
        let slug = Slug.make(title)
        guard !slug.isEmpty else { throw ScaffoldError.emptySlug(title: title) }
        let name = "Content/posts/\(date.dayString)-\(slug)"
        relativePath = isBundle ? name + "/index.md" : name + ".md"
        alternativePath = isBundle ? name + ".md" : name + "/index.md"
        let minute = SiteDate(secondsSince1970: date.secondsSince1970 - Int64(date.second), utcOffsetSeconds: date.utcOffsetSeconds)
        var lines = [
            "---",
            "title: \(YAMLText.scalar(title))",
            "date: \(minute.iso8601)",
            "author: \(YAMLText.scalar(authorID))",
        ]
        if !tags.isEmpty { lines.append("tags: \(YAMLText.flowSequence(tags))") }
        lines += ["draft: true", "---", "", Self.placeholder(language: language), ""]
        text = lines.joined(separator: "\n")
    }

    /// The ids of the site's authors: the names of `Content/authors/*.md`, sorted.
    public static func authorIDs(root: URL) -> [String] {
        let folder = root.appendingPathComponent("Content/authors")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { MarkdownFileName.isMarkdown($0) && !$0.hasPrefix(".") }.map { MarkdownFileName.stem(of: $0) }.sorted()
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

    private static func placeholder(language: String) -> String {
        if LanguageTag.primaryLanguage(of: language) == "de" {
            return "Hier beginnt der Artikel. Der erste Absatz wird zur Zusammenfassung auf der Startseite und in den Feeds. Wenn der Text fertig ist, löschen Sie die Zeile `draft: true`."
        }
        return "The article starts here. Its first paragraph becomes the summary on the front page and in the feeds. When the text is ready, delete the line `draft: true`."
    }
}
