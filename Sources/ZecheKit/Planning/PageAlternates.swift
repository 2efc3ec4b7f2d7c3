/// The `hreflang` links of a page that has translations: one per language the page is in (its
/// own included), then `x-default` for the version in the first of those languages (the
/// default language's, where there is one). Search engines take them from the page's
/// `<head>` and from the sitemap, and want every version to name all the others.
enum PageAlternates {
    struct Link: Sendable, Hashable {
        /// The BCP 47 tag as `site.yml` writes it, or `x-default`.
        let hreflang: String
        /// The version's root-relative URL.
        let url: String
    }

    /// The links of `job`, empty for a page in one language only.
    static func links(of job: RenderJob, languageTags: [String]) -> [Link] {
        guard !job.translations.isEmpty else { return [] }
        let versions = ([RenderJob.Translation(language: job.language, url: job.url)] + job.translations).sorted { $0.language < $1.language }
        return versions.map { Link(hreflang: languageTags[$0.language], url: $0.url) } + [Link(hreflang: "x-default", url: versions[0].url)]
    }
}
