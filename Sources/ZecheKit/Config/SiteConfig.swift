public import Foundation

/// The settings of a site, read from `site.yml`, with the defaults of DESIGN.md.
public struct SiteConfig: Sendable {
    /// What the Atom and JSON feeds carry for each article.
    public enum FeedContent: String, Sendable, CaseIterable {
        case full
        case summary
    }

    /// A link in a navigation menu.
    public struct MenuItem: Sendable, Hashable {
        public var title: String
        /// A root-relative path within the site (`/tags/`) or an absolute http(s) URL.
        public var url: String
    }

    public var title: String
    public var description: String
    /// Every URL and output path of the site, from `url` (or `--base-url`) and `permalink`.
    public var urls: SiteURLs
    /// BCP 47 language tag of the site's text.
    public var language: String
    public var timeZone: TimeZone
    public var timeZoneIdentifier: String
    /// Articles per index page.
    public var paginate: Int
    /// How many related articles an article shows when its front matter names none.
    public var relatedCount: Int
    public var shareNetworks: [ShareNetwork]
    public var feedContent: FeedContent
    public var allowsRawHTML: Bool
    public var usesSmartPunctuation: Bool
    /// The organisation named as publisher in structured data; defaults to the title.
    public var publisherName: String
    /// The publisher's logo, a site path such as `/images/logo.png`.
    public var publisherLogo: String?
    /// The custom domain written to `CNAME` by `zeche publish`.
    public var domain: String?
    public var copyright: String?
    /// Whether a name or partial a template uses but the page lacks is a warning (an older
    /// theme that relies on it) rather than the error it is by default.
    public var hasLenientTemplates: Bool
    public var mainMenu: [MenuItem]
    public var footerMenu: [MenuItem]
    /// The sections `site.yml` declares, in its order; `Content/posts/` is the default section
    /// whether declared or not.
    public var sections: [SectionConfig]
    /// The closed list of categories articles may name.
    public var categories: [CategoryConfig]
    /// The contacts press releases show when they name none of their own.
    public var pressContacts: [ConfigReference]
    /// The search page and its index; `nil` with `search: false`.
    public var search: SearchConfig?
    /// The `images` group: credits required, the default share image.
    public var images: ImageSettings
    /// Unknown keys of `site.yml`, for templates as `site.params.KEY`.
    public var params: [(key: String, value: ParamValue)]
    /// The languages of a site in several languages, the default language (`language`) first;
    /// empty for a site in one language. `languageConfigs` makes each one's configuration.
    public var languages: [LanguageConfig]
    /// How the language writes a date, from its entry under `languages`; `nil`: the interface
    /// strings' `date_format`.
    public var dateFormat: String?
    /// `limits:` of `site.yml`.
    public var limits: SiteLimits

    public init(title: String, baseURL: BaseURL) {
        self.title = title
        description = ""
        urls = SiteURLs(base: baseURL)
        language = "de"
        timeZoneIdentifier = "Europe/Berlin"
        timeZone = TimeZone(identifier: "Europe/Berlin") ?? TimeZone(secondsFromGMT: 3600) ?? .current
        paginate = 10
        relatedCount = 3
        shareNetworks = ShareNetwork.defaults
        feedContent = .full
        allowsRawHTML = false
        usesSmartPunctuation = false
        publisherName = title
        publisherLogo = nil
        domain = nil
        copyright = nil
        hasLenientTemplates = false
        mainMenu = []
        footerMenu = []
        sections = []
        categories = []
        pressContacts = []
        search = SearchConfig(path: SearchConfig.defaultPath(language: "de"))
        images = ImageSettings()
        params = []
        languages = []
        dateFormat = nil
        limits = SiteLimits()
    }

    /// The address a configuration without a valid `url` is given, so that the rest of the
    /// site can still be checked.
    static let placeholderBaseURL = BaseURL(origin: "https://example.com", path: "/")

    /// The primary language (`de`, `en`) used to pick interface strings and date formats.
    public var primaryLanguage: String { LanguageTag.primaryLanguage(of: language) }
}
