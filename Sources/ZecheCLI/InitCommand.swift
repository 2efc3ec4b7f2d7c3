import Foundation
import ZecheKit

/// `zeche init DIR`: writes a new site that builds at once.
enum InitCommand: Command {
    static let name = "init"
    static let summary = "create a new site with the default theme"
    static let synopsis = "init DIR [--title TITLE] [--language de|en] [--zeche-version VERSION --zeche-sha256 HASH]"
    static let discussion = """
        Creates the folder DIR with a new site: site.yml, an example article, author and \
        page in the chosen language (German by default), the default theme in Templates/, \
        GitHub workflows that check pull requests and publish to GitHub Pages, a .gitignore, \
        and a README.md that tells editors how to write, preview and publish. The site builds \
        as it is. DIR must be new or empty (a .git folder alone is allowed); nothing is \
        overwritten. The workflows download the Zeche release of this zeche and check it \
        against the SHA-256 of its linux-x86_64 binary; --zeche-version and --zeche-sha256 pin \
        another release (the hash is on the line for zeche-VERSION-linux-x86_64/zeche in the \
        release's SHA256SUMS).
        """
    static let options: [ArgumentList.Option] = [
        .value("title", "TITLE", "the site's title (default: 'Unser Newsroom' or 'Our Newsroom')"),
        .value("language", "de|en", "the language of the site and its example content (default: de)"),
        .value("zeche-version", "VERSION", "the Zeche release the workflows download (default: this zeche's)"),
        .value("zeche-sha256", "HASH", "the SHA-256 of that release's linux-x86_64 zeche binary"),
        .value("release-url", "URL", "where releases are downloaded from (default: \(ZecheRelease.defaultDownloads))"),
    ]

    static func run(_ arguments: ArgumentList, in context: CommandContext) async throws(UsageError) -> Int32 {
        guard let folderName = arguments.positionals.first else {
            throw UsageError("give the folder for the new site, e.g. zeche init newsroom")
        }
        guard arguments.positionals.count == 1 else { throw UsageError("unexpected argument '\(arguments.positionals[1])'") }
        let languageName = arguments.value("language") ?? "de"
        guard let language = SiteScaffold.Language(rawValue: languageName) else {
            let choices = SiteScaffold.Language.allCases.map(\.rawValue).joined(separator: " or ")
            throw UsageError("'--language \(languageName)' is not available; choose \(choices)")
        }
        let folder = URL(fileURLWithPath: folderName, relativeTo: context.currentDirectory).standardizedFileURL
        let (release, warning) = try pinnedRelease(arguments)
        let scaffold = SiteScaffold(title: arguments.value("title"), language: language, now: context.now(), release: release)
        do {
            try scaffold.write(into: folder, displayPath: folderName)
        } catch {
            SiteOptions.print([error.diagnostic], root: context.currentDirectory, console: context.console)
            return 1
        }
        context.console.output("""
            Created the site '\(scaffold.title)' in \(folderName).
            Next steps:
              cd \(folderName)
              zeche build                build the site into Output/
              zeche serve                preview it while you edit
              zeche new "Article title"  start an article
            README.md tells editors how to write, preview and publish; the workflows in
            .github/workflows/ publish with zeche \(release.version) once the site is on GitHub.

            """)
        if let warning { context.console.error(warning) }
        return 0
    }
}
