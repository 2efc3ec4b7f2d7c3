import Mustache

/// What pages show of the site's other languages: the language switcher, the `hreflang`
/// links of the `<head>`, and the languages' links for both.
extension ContextBuilder {
    /// A language of the site as every page shows it.
    struct LanguageLink: Sendable {
        /// The BCP 47 tag as `site.yml` writes it.
        let code: String
        /// The language's name in its own words (`language_name`: "Deutsch", "English").
        let name: String
        /// Its home page.
        let homeURL: String
    }

    /// A context builder per language of `sites`, each with its language's list entries taken
    /// from `summaries` (those of all languages, by global index).
    static func languages(_ sites: MultilingualSite, stylesheetURL: String, summaries: [TemplateValue],
                          marksStatus: Bool, searchPages: [Int: PageAddress]) -> [ContextBuilder] {
        let links = sites.isMultilingual ? sites.sites.map { site in
            LanguageLink(code: site.config.language, name: site.strings["language_name"], homeURL: site.config.urls.index(page: 1).url)
        } : []
        guard sites.isMultilingual else {
            return [ContextBuilder(site: sites.defaultSite, stylesheetURL: stylesheetURL, summaries: summaries, marksStatus: marksStatus,
                                   searchPage: searchPages[0])]
        }
        return sites.sites.enumerated().map { language, site in
            let start = sites.globalIndex(language: language, index: 0)
            return ContextBuilder(site: site, stylesheetURL: stylesheetURL, summaries: Array(summaries[start..<(start + site.articles.count)]),
                                  marksStatus: marksStatus, searchPage: searchPages[language], languages: links, language: language)
        }
    }

    /// `language_switcher`: each language (`code`, `name`, `url`, `is_current`,
    /// `is_translation`), leading to this page's version in it, or to its home page where
    /// the page has none; `null` on a site of one language.
    func languageSwitcher(for job: RenderJob) -> TemplateValue {
        guard languages.count > 1 else { return .null }
        let entries: [TemplateValue] = languages.enumerated().map { index, link in
            let translation = job.translations.first { $0.language == index }
            let isCurrent = index == language
            return [
                "code": .string(link.code),
                "name": .string(link.name),
                "url": .string(isCurrent ? job.url : translation?.url ?? link.homeURL),
                "is_current": .bool(isCurrent),
                "is_translation": .bool(!isCurrent && translation != nil),
            ]
        }
        return ["languages": .array(entries)]
    }

    /// `meta.alternates`: the `hreflang` links (`hreflang`, `url`, absolute) of a page that has
    /// translations, its own and `x-default` included; empty for the others.
    func addAlternates(of job: RenderJob, to root: inout TemplateObject) {
        guard case .object(var meta) = root["meta"] else { return }
        let links = PageAlternates.links(of: job, languageTags: languages.map(\.code))
        meta["alternates"] = .array(links.map { ["hreflang": .string($0.hreflang), "url": .string(site.config.urls.absolute($0.url))] })
        root["meta"] = .object(meta)
    }

    /// The article in the other languages for its structured data: each version's tag and URL.
    func translationsData(_ translations: [RenderJob.Translation]) -> [StructuredData.Version] {
        translations.map { StructuredData.Version(language: languages[$0.language].code, url: site.config.urls.absolute($0.url),
                                                  isOriginal: $0.language < language && $0.language == translations.map(\.language).min()) }
    }
}
