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
    /// The absolute base URL with a trailing slash: `https://news.example.com/` or
    /// `https://example.github.io/newsroom/`.
    public var baseURL: String {
        didSet { (basePath, origin) = Self.parts(of: baseURL) }
    }
    /// The path part of the base URL, with slashes at both ends: `/` or `/newsroom/`.
    public private(set) var basePath: String
    /// The base URL without its path: `https://news.example.com`.
    public private(set) var origin: String
    /// BCP 47 language tag of the site's text.
    public var language: String
    public var timeZone: TimeZone
    public var timeZoneIdentifier: String
    public var permalink: PermalinkPattern
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
    public var mainMenu: [MenuItem]
    public var footerMenu: [MenuItem]
    /// Unknown keys of `site.yml`, for templates as `site.params.KEY`.
    public var params: [(key: String, value: ParamValue)]
    /// `limits:` of `site.yml`.
    public var limits: SiteLimits

    public init(title: String, baseURL: String) {
        self.title = title
        description = ""
        self.baseURL = baseURL
        (basePath, origin) = Self.parts(of: baseURL)
        language = "de"
        timeZoneIdentifier = "Europe/Berlin"
        timeZone = TimeZone(identifier: "Europe/Berlin") ?? TimeZone(secondsFromGMT: 3600) ?? .current
        permalink = .default
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
        mainMenu = []
        footerMenu = []
        params = []
        limits = SiteLimits()
    }

    /// The base path and the origin of `baseURL`, kept beside it: every URL of a build
    /// starts with one of them.
    private static func parts(of baseURL: String) -> (basePath: String, origin: String) {
        guard let schemeEnd = baseURL.range(of: "://"),
              let slash = baseURL[schemeEnd.upperBound...].firstIndex(of: "/")
        else { return ("/", String(baseURL.dropLast())) }
        let path = String(baseURL[slash...])
        let basePath = path.hasSuffix("/") ? path : path + "/"
        return (basePath, basePath == "/" ? String(baseURL.dropLast()) : String(baseURL.dropLast(basePath.count)))
    }

    /// A root-relative site URL for a path inside the site (`2026/11/x/` → `/newsroom/2026/11/x/`).
    public func sitePath(_ path: String) -> String {
        basePath + (path.hasPrefix("/") ? String(path.dropFirst()) : path)
    }

    /// The absolute URL of a path inside the site.
    public func absoluteURL(_ path: String) -> String {
        origin + sitePath(path)
    }

    /// The primary language (`de`, `en`) used to pick interface strings and date formats.
    public var primaryLanguage: String { LanguageTag.primaryLanguage(of: language) }
}
