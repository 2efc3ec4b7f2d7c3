/// Why `zeche init` or `zeche new` wrote nothing.
public enum ScaffoldError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `zeche init` was given a folder with files in it.
    case folderNotEmpty(String)
    /// `zeche init` was given the path of a file.
    case notAFolder(String)
    /// The article (or the same article in the other form, file or bundle) exists.
    case fileExists(String)
    case cannotWrite(path: String, reason: String)
    /// The title has nothing that a slug keeps.
    case emptySlug(title: String)
    /// `Content/authors/` holds no author.
    case noAuthors
    /// `--author` names no file of `Content/authors/`; `known` lists the ones there are.
    case unknownAuthor(String, known: [String])
    /// The site has several authors and `--author` was not given.
    case authorNeeded(known: [String])
    /// `--section` names no section of `site.yml` (nor `posts`); `known` lists the ones there are.
    case unknownSection(String, known: [String])

    /// Whether the mistake is in how the command was called (exit status 2) rather than in
    /// the site or the file system (1).
    public var isUsageError: Bool {
        switch self {
        case .emptySlug, .unknownAuthor, .authorNeeded, .unknownSection: true
        default: false
        }
    }

    /// What went wrong, in one sentence.
    public var description: String {
        switch self {
        case .folderNotEmpty(let path):
            "the folder '\(path)' is not empty"
        case .notAFolder(let path):
            "'\(path)' is a file, not a folder"
        case .fileExists(let path):
            "'\(path)' already exists"
        case .cannotWrite(let path, let reason):
            "cannot write '\(path)': \(reason)"
        case .emptySlug(let title):
            "the title '\(title)' has no letters or digits for the file name"
        case .noAuthors:
            "the site has no authors in Content/authors/"
        case .unknownAuthor(let id, let known):
            if let near = Suggestion.nearest(to: id, in: known) {
                "unknown author '\(id)'; did you mean '\(near)'? Known authors: \(known.joined(separator: ", "))"
            } else {
                "unknown author '\(id)'; known authors: \(known.joined(separator: ", "))"
            }
        case .authorNeeded(let known):
            "the site has several authors; choose one with --author: \(known.joined(separator: ", "))"
        case .unknownSection(let id, let known):
            if let near = Suggestion.nearest(to: id, in: known) {
                "unknown section '\(id)'; did you mean '\(near)'? Known sections: \(known.joined(separator: ", "))"
            } else {
                "unknown section '\(id)'; known sections: \(known.joined(separator: ", "))"
            }
        }
    }

    /// What to do about it.
    public var fix: String {
        switch self {
        case .folderNotEmpty:
            "choose a new or empty folder; zeche init never overwrites files"
        case .notAFolder:
            "choose the name of a new folder"
        case .fileExists:
            "choose another title, or edit the existing article"
        case .cannotWrite:
            "check the folder's permissions and free disk space"
        case .emptySlug:
            "use a title with letters or digits"
        case .noAuthors:
            "add an author as Content/authors/ID.md with 'name:' in its front matter"
        case .unknownAuthor:
            "pass the file name of an author in Content/authors/ without '.md'"
        case .authorNeeded:
            "add --author ID"
        case .unknownSection:
            "pass the id of a section that site.yml declares under 'sections', or posts"
        }
    }

    /// The error as a diagnostic, at the file or folder it is about, printed like every other
    /// message of Zeche.
    public var diagnostic: Diagnostic {
        .error(description, at: location, fix: fix)
    }

    private var location: SourceLocation? {
        switch self {
        case .folderNotEmpty(let path), .notAFolder(let path), .fileExists(let path), .cannotWrite(let path, _):
            SourceLocation(path: path)
        case .noAuthors:
            SourceLocation(path: "Content/authors/")
        case .emptySlug, .unknownAuthor, .authorNeeded, .unknownSection:
            nil
        }
    }
}
