extension SiteConfig {
    /// The configuration of each language, the default language first; for a site in one
    /// language, the configuration itself. A language's configuration is the site's with its
    /// own tag, its pages in its folder (`SiteURLs.languageFolder`), and its words where its
    /// entry under `languages` gives them: title, description, copyright, menus, date format,
    /// and the titles, descriptions and paths of sections and categories.
    public var languageConfigs: [SiteConfig] {
        guard !languages.isEmpty else { return [self] }
        return languages.map(configuration(of:))
    }

    /// The tags of the site's languages, the default first.
    public var languageTags: [String] {
        languages.isEmpty ? [language] : languages.map(\.tag)
    }

    private func configuration(of language: LanguageConfig) -> SiteConfig {
        var config = self
        config.language = language.tag
        config.urls = urls.language(folder: language.folder)
        config.title = language.title ?? title
        config.description = language.description ?? description
        config.copyright = language.copyright ?? copyright
        config.mainMenu = language.mainMenu ?? mainMenu
        config.footerMenu = language.footerMenu ?? footerMenu
        config.dateFormat = language.dateFormat
        config.sections = sections.map { section in
            let words = language.sections[section.id]
            // Without a path of its own, the section is in the language's folder: /en/pressemitteilungen/.
            let path = words?.path ?? language.path + section.path.dropFirst()
            return section.translated(title: words?.title, description: words?.description, path: path)
        }
        if let search, !language.path.isEmpty, language.path != "/" {
            // The default path is the language's own word (/en/search/); a path of site.yml
            // is taken into the language's folder (/en/finden/).
            let path = search.path == SearchConfig.defaultPath(language: self.language) ? SearchConfig.defaultPath(language: language.tag) : search.path
            var own = SearchConfig(path: language.path + path.dropFirst())
            own.isExplicit = search.isExplicit
            config.search = own
        }
        config.categories = categories.map { category in
            let words = language.categories[category.id]
            return CategoryConfig(id: category.id, title: words?.title ?? category.title,
                                  description: words?.description ?? category.description)
        }
        return config
    }
}
