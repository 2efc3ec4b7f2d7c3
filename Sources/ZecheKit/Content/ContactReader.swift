import FrontMatter
import Markdown

/// A press contact's front matter, checked, before the short text is rendered.
struct ContactDraft: Sendable {
    let id: String
    let document: ContentDocument
    let name: String
    let role: String?
    let phone: PhoneNumber?
    let email: String?
    let photo: ArticleDraft.Reference?
    let languages: [String]
    let params: [String: ParamValue]
}

/// Reads `Content/contacts/ID.md`.
struct ContactReader {
    static let knownKeys = ["name", "role", "phone", "email", "photo", "languages"]

    /// The draft, made even when the file has mistakes (they are reported), so that articles
    /// naming the contact are not also reported as naming an unknown one.
    /// `name` is the file's name without extension and language mark (`lena` for
    /// `lena.en.md`), the contact's id.
    func read(_ document: ContentDocument, name: String? = nil) -> (ContactDraft, [Diagnostic]) {
        let id = name ?? MarkdownFileName.stem(of: document.path)
        var diagnostics: [Diagnostic] = []
        if Slug.make(id) != id {
            let suggestion = Slug.make(id).isEmpty ? "vorname-nachname" : Slug.make(id)
            diagnostics.append(.error(
                "the contact file name '\(id).md' is not an id in URL form: a-z, 0-9 and single '-' between them",
                at: document.start, fix: "rename the file to '\(suggestion).md' and name the contact as '\(suggestion)' in articles"))
        }
        guard document.diagnostics.isEmpty else {
            return (ContactDraft(id: id, document: document, name: id, role: nil, phone: nil, email: nil, photo: nil, languages: [],
                                 params: [:]), diagnostics)
        }
        var reader = MappingReader(document.frontMatter, path: document.path, start: document.start, what: "front matter")
        let name = reader.string("name", required: "name: Lena Hoffmann")
        let role = reader.string("role")
        var phone: PhoneNumber?
        if let text = reader.string("phone"), let node = reader.node("phone") {
            switch PhoneNumber.parse(text) {
            case .success(let number): phone = number
            case .failure(let problem):
                let (message, fix) = PhoneNumber.message(problem, text: text)
                reader.error(message, at: node, fix: fix)
            }
        }
        var email = reader.string("email")
        if let text = email, let node = reader.node("email"), !Self.looksLikeEmail(text) {
            reader.error("the e-mail address '\(text)' is not an address like presse@example.com", at: node,
                         fix: "write email: name@domain, without 'mailto:' or spaces")
            email = nil
        }
        var photo: ArticleDraft.Reference?
        if let text = reader.string("photo"), let node = reader.node("photo") {
            photo = .init(name: text, location: reader.location(of: node))
        }
        let languages = reader.stringList("languages") ?? []
        if name != nil, phone == nil, email == nil, reader.node("phone") == nil, reader.node("email") == nil {
            reader.diagnostics.append(.warning("the contact has neither 'phone' nor 'email'", at: document.start,
                                               fix: "add phone: +49 … or email: …, so that journalists can reach the contact"))
        }
        reader.warnAboutUnknownKeys(known: Self.knownKeys, keptAs: "contact.params")
        var params: [String: ParamValue] = [:]
        for entry in reader.unreadEntries { params[entry.key] = entry.value }
        return (ContactDraft(
            id: id, document: document, name: name ?? id, role: role, phone: phone, email: email, photo: photo,
            languages: languages, params: params), diagnostics + reader.diagnostics)
    }

    /// One `@` with text on both sides, a dot in the domain, no spaces, no scheme.
    static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".")
            && !text.contains(where: { $0.isWhitespace || $0 == ":" || $0 == "<" || $0 == ">" || $0 == "\"" })
    }
}
