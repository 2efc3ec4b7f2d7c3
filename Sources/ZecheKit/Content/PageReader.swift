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

    func read(_ document: ContentDocument) -> (PageDraft?, [Diagnostic]) {
        var reader = MappingReader(document.frontMatter, path: document.path, start: document.start, what: "front matter")
        let title = reader.string("title", required: "title: Impressum")
        let description = reader.string("description") ?? ""
        let fileName = String(String(document.path.split(separator: "/").last ?? "").dropLast(3))
        var slug = Slug.make(fileName)
        if let explicit = reader.string("slug"), let node = reader.node("slug") {
            if Slug.make(explicit) != explicit || explicit.isEmpty {
                reader.error("the slug '\(explicit)' may only hold a-z, 0-9 and '-'", at: node,
                             fix: "write slug: \(Slug.make(explicit).isEmpty ? "seite" : Slug.make(explicit))")
            }
            slug = explicit
        } else if slug.isEmpty {
            reader.diagnostics.append(.error("the file name '\(fileName)' gives no slug for the page's URL", at: document.start,
                                             fix: "add 'slug: …' with a-z, 0-9 and '-'"))
        }
        reader.warnAboutUnknownKeys(known: Self.knownKeys, keptAs: "page.params")
        var params: [String: ParamValue] = [:]
        for entry in reader.unreadEntries { params[entry.key] = entry.value }
        let diagnostics = reader.diagnostics
        guard let title, !diagnostics.containsErrors else { return (nil, diagnostics) }
        return (PageDraft(document: document, title: title, description: description, slug: slug, params: params), diagnostics)
    }
}
