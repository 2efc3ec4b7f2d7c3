/// An article of the default language and the languages it is translated into: what
/// `zeche check --untranslated LANG` lists.
public struct ArticleTranslations: Sendable, Hashable {
    /// The site-relative path of its file.
    public let sourcePath: String
    public let title: String
    /// The tags of the languages it has a translation in, in the order of `site.yml`.
    public let languages: [String]
}
