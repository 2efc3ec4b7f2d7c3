import FrontMatter

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

    func read(_ document: ContentDocument) -> (AuthorDraft?, [Diagnostic]) {
        var reader = MappingReader(document.frontMatter, path: document.path, start: document.start, what: "front matter")
        let name = reader.string("name", required: "name: Doreen Müller")
        let role = reader.string("role")
        var avatar: ArticleDraft.Reference?
        if let text = reader.string("avatar"), let node = reader.node("avatar") {
            avatar = .init(name: text, location: reader.location(of: node))
        }
        let hashtags = (reader.stringList("hashtags") ?? []).map { $0.hasPrefix("#") ? String($0.dropFirst()) : $0 }
        let website = reader.string("website")
        if let website, !ArticleReader.isHTTPURL(website), let node = reader.node("website") {
            reader.error("the website '\(website)' is not an http(s) address", at: node, fix: "write website: https://…")
        }
        let email = reader.string("email")
        reader.warnAboutUnknownKeys(known: Self.knownKeys, keptAs: "author.params")
        var params: [String: ParamValue] = [:]
        for entry in reader.unreadEntries { params[entry.key] = entry.value }
        let fileName = String(document.path.split(separator: "/").last ?? "").dropLast(3)
        let diagnostics = reader.diagnostics
        guard let name, !diagnostics.containsErrors else { return (nil, diagnostics) }
        return (AuthorDraft(
            id: String(fileName), document: document, name: name, role: role, avatar: avatar, hashtags: hashtags,
            website: website, email: email, params: params), diagnostics)
    }
}
