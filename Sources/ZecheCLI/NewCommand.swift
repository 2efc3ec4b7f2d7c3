import Foundation
import ZecheKit

/// `zeche new "Titel"`: starts a draft article.
enum NewCommand: Command {
    static let name = "new"
    static let summary = "start a new draft article"
    static let synopsis = "new TITLE [--section ID] [--author ID] [--tags A,B] [--bundle] [--source DIR]"
    static let discussion = """
        Creates Content/posts/YYYY-MM-DD-slug.md (with --bundle, the folder \
        Content/posts/YYYY-MM-DD-slug/ with index.md, for an article with its own images) and \
        prints its path. The front matter holds the title, the date and time now in the \
        site's time zone, the author, the tags and 'draft: true'. The author must be one of \
        Content/authors/ID.md; a site with only one author needs no --author. An existing \
        file is never replaced. With --section, the article goes into the section's folder \
        (Content/pressemitteilungen/…) and starts with the keys of the section's articles: \
        categories, the dateline's place, the press contacts and a commented-out embargo.
        """
    static let options: [ArgumentList.Option] = [
        .value("section", "ID", "the section, as site.yml declares it (default: posts)"),
        .value("author", "ID", "the author: the name of a file in Content/authors/ without .md"),
        .value("tags", "A,B", "tags, separated by commas"),
        .flag("bundle", "make a folder for the article and its images"),
        SiteOptions.source,
    ]

    static func run(_ arguments: ArgumentList, in context: CommandContext) async throws(UsageError) -> Int32 {
        guard let title = arguments.positionals.first, !title.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw UsageError("give the article's title, e.g. zeche new \"Titel des Artikels\"")
        }
        guard arguments.positionals.count == 1 else {
            throw UsageError("unexpected argument '\(arguments.positionals[1])'; put a title with spaces in quotes")
        }
        let root = SiteOptions.root(arguments, in: context)
        let (config, diagnostics) = SiteConfig.load(root: root)
        guard let config else {
            SiteOptions.print(diagnostics, root: root, console: context.console)
            return 1
        }
        let tags = (arguments.value("tags") ?? "").split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let now = Int64(context.now().timeIntervalSince1970.rounded(.down))
        let article: NewArticle
        do {
            let section = try NewArticle.chooseSection(arguments.value("section"), from: config.sections)
            let author = try NewArticle.chooseAuthor(arguments.value("author"), from: NewArticle.authorIDs(root: root))
            article = try NewArticle(
                title: title.trimmingCharacters(in: .whitespaces), date: SiteDate(secondsSince1970: now, timeZone: config.timeZone),
                authorID: author, tags: tags, isBundle: arguments.has("bundle"), language: config.language, section: section,
                categories: config.categories.map(\.id), pressContacts: config.pressContacts.map(\.id))
            try article.write(into: root)
        } catch {
            if error.isUsageError { throw UsageError(error.description) }
            SiteOptions.print([error.diagnostic], root: root, console: context.console)
            return 1
        }
        let prefix = arguments.value("source").map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? ""
        context.console.output(prefix + article.relativePath + "\n")
        return 0
    }
}
