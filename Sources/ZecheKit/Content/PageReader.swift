import FrontMatter
import Markdown

/// A standalone page's front matter, checked.
struct PageDraft: Sendable {
    let document: ContentDocument
    let title: String
    let description: String
    let slug: String
    let params: [String: ParamValue]
}

/// Reads `Content/pages/NAME.md`.
struct PageReader {
    static let knownKeys = ["title", "description", "slug"]

    /// The draft, made even when the file has mistakes (they are reported), so that links to
    /// the page are not also reported as leading nowhere.
    /// `name` is the file's name without extension and language mark (`impressum` for
    /// `impressum.en.md`): the slug unless the front matter gives one.
    func read(_ document: ContentDocument, name: String? = nil) -> (PageDraft, [Diagnostic]) {
        let fileName = name ?? MarkdownFileName.stem(of: document.path)
        let fromFile = Slug.make(fileName)
        guard document.diagnostics.isEmpty else {
            return (PageDraft(document: document, title: fileName, description: "", slug: fromFile, params: [:]), [])
        }
        var reader = MappingReader(document.frontMatter, path: document.path, start: document.start, what: "front matter")
        let title = reader.string("title", required: "title: Impressum")
        let description = reader.string("description") ?? ""
        var slug = fromFile
        if let explicit = reader.string("slug"), let node = reader.node("slug") {
            let suggestion = Slug.make(explicit)
            if suggestion != explicit || explicit.isEmpty {
                reader.error("the slug '\(explicit)' is not in URL form: a-z, 0-9 and single '-' between them", at: node,
                             fix: "write slug: \(suggestion.isEmpty ? "seite" : suggestion)")
            } else {
                slug = explicit
            }
        } else if slug.isEmpty {
            reader.diagnostics.append(.error("the file name '\(fileName)' gives no slug for the page's URL", at: document.start,
                                             fix: "add 'slug: …' with a-z, 0-9 and '-'"))
        }
        reader.warnAboutUnknownKeys(known: Self.knownKeys, keptAs: "page.params")
        var params: [String: ParamValue] = [:]
        for entry in reader.unreadEntries { params[entry.key] = entry.value }
        return (PageDraft(document: document, title: title ?? fileName, description: description, slug: slug, params: params),
                reader.diagnostics)
    }
}
