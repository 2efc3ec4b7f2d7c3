/// The language of a content file, read from its name in a site of several languages: a file
/// of another language than the default one has the language's tag before its extension
/// (`2026-11-24-austausch.en.md`, a bundle's `index.en.md`, `Content/authors/anna.en.md`),
/// and is linked to the file of the same name without it. In a site of one language, names
/// mean nothing more than they always did.
struct LanguageMarks: Sendable, Hashable {
    /// What the end of a file's name says of its language.
    enum Mark: Sendable, Hashable {
        /// No mark: the default language.
        case none
        /// The default language's tag, written out (`name.de.md` on a German site).
        case defaultLanguage
        /// A declared language other than the default, as `site.yml` writes its tag.
        case language(String)
        /// Something that looks like a language tag (`fr`, `en-US`) that `site.yml` does not
        /// declare.
        case undeclared(String)
    }

    let defaultLanguage: String
    /// The declared languages but the default one, as `site.yml` writes them.
    let others: [String]

    init(config: SiteConfig) {
        defaultLanguage = config.language
        others = config.languages.dropFirst().map(\.tag)
    }

    /// Whether names carry languages: the site declares more than one.
    var isMultilingual: Bool { !others.isEmpty }

    /// The name of a file without its extension (`MarkdownFileName.stem`) split into the name
    /// proper and its language mark: `austausch.en` → (`austausch`, `.language("en")`).
    func split(_ stem: String) -> (name: String, mark: Mark) {
        guard isMultilingual, let dot = stem.lastIndex(of: "."), dot != stem.startIndex else { return (stem, .none) }
        let written = String(stem[stem.index(after: dot)...])
        let name = String(stem[..<dot])
        let lowered = written.lowercased()
        if let tag = others.first(where: { $0.lowercased() == lowered }) { return (name, .language(tag)) }
        if lowered == defaultLanguage.lowercased() { return (name, .defaultLanguage) }
        return Self.looksLikeLanguage(written) ? (name, .undeclared(written)) : (stem, .none)
    }

    /// The declared language (other than the default) of the file at `path`, `nil` for the
    /// default language or a mark that is not declared.
    func language(ofFile path: String) -> String? {
        if case .language(let tag) = split(MarkdownFileName.stem(of: path)).mark { return tag }
        return nil
    }

    /// The file's name without extension and language mark: `anna.en.md` → `anna`.
    func name(ofFile path: String) -> String {
        split(MarkdownFileName.stem(of: path)).name
    }

    /// A mark that is no declared language but would be taken for one: two letters, with a
    /// region of two letters or three digits (`fr`, `en-US`, `es-419`). Longer words (`final`,
    /// `one`) are parts of names.
    static func looksLikeLanguage(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let language = parts.first, language.count == 2, language.allSatisfy(\.isASCIILetter), parts.count <= 2 else { return false }
        guard parts.count == 2 else { return true }
        let region = parts[1]
        return (region.count == 2 && region.allSatisfy(\.isASCIILetter)) || (region.count == 3 && region.allSatisfy { $0.isASCII && $0.isNumber })
    }
}

private extension Character {
    var isASCIILetter: Bool { isASCII && isLetter }
}
