/// The boilerplate's front matter: `Content/boilerplate.md` holds the company's standard text
/// ("Über Q.One") in its body, and an optional `title`.
struct BoilerplateDraft: Sendable {
    let document: ContentDocument
    /// `nil`: the interface string `about_publisher` with the publisher's name.
    let title: String?
}

/// Reads `Content/boilerplate.md`.
struct BoilerplateReader {
    func read(_ document: ContentDocument) -> (BoilerplateDraft, [Diagnostic]) {
        guard document.diagnostics.isEmpty else { return (BoilerplateDraft(document: document, title: nil), []) }
        var reader = MappingReader(document.frontMatter, path: document.path, start: document.start, what: "front matter")
        let title = reader.string("title")
        reader.warnAboutUnknownKeys(known: ["title"], keptAs: nil)
        var diagnostics = reader.diagnostics
        if document.body.trimmingWhitespace().isEmpty {
            diagnostics.append(.warning("the boilerplate is empty", at: document.start,
                                        fix: "write the company's standard text below the front matter, or delete the file"))
        }
        return (BoilerplateDraft(document: document, title: title), diagnostics)
    }
}
