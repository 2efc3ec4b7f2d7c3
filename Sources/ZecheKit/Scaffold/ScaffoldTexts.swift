/// The words of a new site in one language: configuration, example content and README.
///
/// Templates hold `{title}`, `{date}` and similar placeholders that `SiteScaffold` fills in.
struct ScaffoldTexts: Sendable {
    let defaultTitle: String
    let timeZone: String
    let articleSlug: String
    let authorID: String
    let pageSlug: String
    let siteConfigTemplate: String
    let articleTemplate: String
    let author: String
    let page: String
    let readmeTemplate: String

    static func of(_ language: SiteScaffold.Language) -> ScaffoldTexts {
        switch language {
        case .de: german
        case .en: english
        }
    }

    /// `site.yml`, with the title written as YAML.
    func siteConfig(title: String, timeZone: String, year: Int) -> String {
        siteConfigTemplate
            .replacingOccurrences(of: "{title}", with: YAMLText.scalar(title))
            .replacingOccurrences(of: "{copyright}", with: YAMLText.scalar("© \(year) \(title)"))
            .replacingOccurrences(of: "{timezone}", with: timeZone)
    }

    func article(date: SiteDate) -> String {
        articleTemplate
            .replacingOccurrences(of: "{date}", with: date.iso8601)
            .replacingOccurrences(of: "{author}", with: authorID)
    }

    func readme(title: String, release: ZecheRelease) -> String {
        readmeTemplate
            .replacingOccurrences(of: "{zeche_version}", with: release.version)
            .replacingOccurrences(of: "{title}", with: title)
    }

    /// The example author's avatar: a newspaper on a round badge.
    static let avatar = """
        <svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96">
          <rect width="96" height="96" rx="48" fill="#1f3a5f"/>
          <rect x="24" y="28" width="48" height="40" rx="4" fill="#ffffff"/>
          <rect x="30" y="34" width="36" height="6" fill="#1f3a5f"/>
          <rect x="30" y="45" width="16" height="16" fill="#9fb3c8"/>
          <rect x="50" y="45" width="16" height="3" fill="#9fb3c8"/>
          <rect x="50" y="51" width="16" height="3" fill="#9fb3c8"/>
          <rect x="50" y="57" width="12" height="3" fill="#9fb3c8"/>
        </svg>

        """

    static let gitignore = """
        # The built site: 'zeche build' writes it and CI publishes it, so it is never committed.
        /Output/
        # What a build that was stopped halfway leaves beside Output/.
        /.Output.zeche-*/
        # The build cache: what the next 'zeche build' can reuse. Safe to delete.
        /.zeche-cache/
        .build*/

        """
}
