import FrontMatter
import Markdown

/// An author's front matter, checked, before the biography is rendered.
struct AuthorDraft: Sendable {
    let id: String
    let document: ContentDocument
    let name: String
    let role: String?
    let avatar: ArticleDraft.Reference?
    let hashtags: [String]
    let website: String?
    let email: String?
    let params: [String: ParamValue]
}

/// Reads `Content/authors/ID.md`.
struct AuthorReader {
    static let knownKeys = ["name", "role", "avatar", "hashtags", "website", "email"]

    /// The draft, made even when the file has mistakes (they are reported), so that articles
    /// naming the author are not also reported as naming an unknown one.
    /// `name` is the file's name without extension and language mark (`anna` for
    /// `anna.en.md`), the author's id.
    func read(_ document: ContentDocument, name: String? = nil) -> (AuthorDraft, [Diagnostic]) {
        let id = name ?? MarkdownFileName.stem(of: document.path)
        var diagnostics: [Diagnostic] = []
        if Slug.make(id) != id {
            let suggestion = Slug.make(id).isEmpty ? "vorname-nachname" : Slug.make(id)
            diagnostics.append(.error(
                "the author file name '\(id).md' is not an id in URL form: a-z, 0-9 and single '-' between them",
                at: document.start, fix: "rename the file to '\(suggestion).md' and name the author as '\(suggestion)' in articles"))
        }
        guard document.diagnostics.isEmpty else {
            return (AuthorDraft(id: id, document: document, name: id, role: nil, avatar: nil, hashtags: [], website: nil,
                                email: nil, params: [:]), diagnostics)
        }
        var reader = MappingReader(document.frontMatter, path: document.path, start: document.start, what: "front matter")
        let name = reader.string("name", required: "name: Doreen Müller")
        let role = reader.string("role")
        var avatar: ArticleDraft.Reference?
        if let text = reader.string("avatar"), let node = reader.node("avatar") {
            avatar = .init(name: text, location: reader.location(of: node))
        }
        let hashtags = (reader.stringList("hashtags") ?? []).map { $0.hasPrefix("#") ? String($0.dropFirst()) : $0 }
        var website = reader.string("website").map(Escaping.url)
        if let text = website, !ArticleReader.isHTTPURL(text), let node = reader.node("website") {
            reader.error("the website '\(text)' is not an http(s) address", at: node, fix: "write website: https://…")
            website = nil
        }
        let email = reader.string("email")
        reader.warnAboutUnknownKeys(known: Self.knownKeys, keptAs: "author.params")
        var params: [String: ParamValue] = [:]
        for entry in reader.unreadEntries { params[entry.key] = entry.value }
        return (AuthorDraft(
            id: id, document: document, name: name ?? id, role: role, avatar: avatar, hashtags: hashtags,
            website: website, email: email, params: params), diagnostics + reader.diagnostics)
    }
}
