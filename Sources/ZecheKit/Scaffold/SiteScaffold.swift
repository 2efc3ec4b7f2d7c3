public import Foundation

/// A new site as `zeche init` writes it: `site.yml`, an example article, author and page in
/// the chosen language, the default theme, the GitHub workflows that test and publish it, a
/// `.gitignore` and a README for the editors. It builds as it is.
public struct SiteScaffold: Sendable {
    /// The languages a new site can start in.
    public enum Language: String, Sendable, CaseIterable {
        case de
        case en
    }

    /// One file of the new site.
    public struct File: Sendable, Equatable {
        /// The path relative to the site's folder.
        public let path: String
        public let contents: Data
    }

    /// The site's title, as given or the language's default.
    public let title: String
    /// The language of `site.yml` and of the example content.
    public let language: Language
    /// The time zone written to `site.yml`.
    public let timeZoneIdentifier: String
    /// The date of the example article: the moment of `zeche init`, to the minute.
    let date: SiteDate
    /// The Zeche release that the site's workflows download.
    public let release: ZecheRelease

    /// A site titled `title` (or the language's default title) whose example article is dated
    /// `now` and whose workflows build with `release`.
    public init(title: String?, language: Language, now: Date, release: ZecheRelease) {
        self.language = language
        self.release = release
        texts = ScaffoldTexts.of(language)
        self.title = title.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 } ?? texts.defaultTitle
        timeZoneIdentifier = texts.timeZone
        let zone = TimeZone(identifier: timeZoneIdentifier) ?? TimeZone(secondsFromGMT: 0) ?? .current
        let seconds = Int64(now.timeIntervalSince1970.rounded(.down))
        date = SiteDate(secondsSince1970: seconds - seconds % 60, timeZone: zone)
    }

    private let texts: ScaffoldTexts

    /// Every file of the new site, sorted by path.
    public func files() -> [File] {
        var files = [
            text("site.yml", texts.siteConfig(title: title, timeZone: timeZoneIdentifier, year: date.year)),
            text("Content/posts/\(date.dayString)-\(texts.articleSlug).md", texts.article(date: date)),
            text("Content/authors/\(texts.authorID).md", texts.author),
            text("Content/images/\(texts.authorID).svg", ScaffoldTexts.avatar),
            text("Content/pages/\(texts.pageSlug).md", texts.page),
            text("README.md", texts.readme(title: title, release: release)),
            text(".gitignore", ScaffoldTexts.gitignore),
            text(".github/workflows/publish.yml", SiteWorkflows.publish(release)),
            text(".github/workflows/check.yml", SiteWorkflows.check(release)),
        ]
        files += DefaultTheme.contents().map { File(path: "Templates/" + $0.path, contents: $0.data) }
        return files.sorted { $0.path < $1.path }
    }

    /// Writes the site into `folder`, which may not exist yet or must be empty (a `.git`
    /// folder alone is allowed, for a freshly cloned repository). Messages name the folder as
    /// `displayPath`.
    public func write(into folder: URL, displayPath: String? = nil) throws(ScaffoldError) {
        let shownPath = displayPath ?? folder.path
        let fileManager = FileManager.default
        var isFolder: ObjCBool = false
        if fileManager.fileExists(atPath: folder.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw ScaffoldError.notAFolder(shownPath) }
            let entries = (try? fileManager.contentsOfDirectory(atPath: folder.path)) ?? []
            guard entries.allSatisfy({ $0 == ".git" }) else { throw ScaffoldError.folderNotEmpty(shownPath) }
        }
        for file in files() {
            let url = folder.appendingPathComponent(file.path)
            do {
                try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.contents.write(to: url, options: .withoutOverwriting)
            } catch {
                throw ScaffoldError.cannotWrite(path: url.path, reason: error.localizedDescription)
            }
        }
    }

    private func text(_ path: String, _ contents: String) -> File {
        File(path: path, contents: Data(contents.utf8))
    }
}
