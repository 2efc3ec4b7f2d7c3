import Foundation
import FrontMatter
import TextCore
import ZecheKit

/// `zeche inspect FILE`: what Zeche understood of one content file.
enum InspectCommand: Command {
    static let name = "inspect"
    static let summary = "show what Zeche reads from one content file"
    static let synopsis = "inspect FILE [--json]"
    static let discussion = """
        Shows the front matter of FILE as Zeche parsed it and, for an article of a site (a \
        folder with site.yml), the model it derives: slug, URL, dates, authors, tags, section, \
        categories, contacts, dateline, embargo, summary, headings, quotes, word count and \
        related articles. Drafts and future articles are \
        always included. With --json, prints one JSON object {"file", "frontMatter", \
        "article"}: "frontMatter" holds the values as written (dates as YYYY-MM-DD, date-times \
        with the offset as written, and none when none was written, as YAML reads them), \
        "article" the derived model (its dates carry the site's offset), or null. Errors of \
        the file are printed to standard error; exit status 1 when there is one, and nothing \
        else is printed when the front matter cannot be read.
        """
    static let options: [ArgumentList.Option] = [.flag("json", "print one JSON object")]

    static func run(_ arguments: ArgumentList, in context: CommandContext) async throws(UsageError) -> Int32 {
        guard arguments.positionals.count == 1, let argument = arguments.positionals.first else {
            throw UsageError("give one content file, e.g. zeche inspect Content/posts/2026-11-24-artikel.md")
        }
        let file = URL(fileURLWithPath: argument, relativeTo: context.currentDirectory).standardizedFileURL
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder) else { throw UsageError("no file '\(argument)'") }
        guard !isFolder.boolValue else { throw UsageError("'\(argument)' is a folder; give one content file") }
        let siteRoot = siteRoot(containing: file)
        // Outside a site, paths in messages are relative to the current folder where possible.
        let root = siteRoot ?? (relativePath(of: file, in: context.currentDirectory) != nil
            ? context.currentDirectory.standardizedFileURL : file.deletingLastPathComponent())
        let relative = relativePath(of: file, in: root) ?? file.lastPathComponent

        let (frontMatter, readErrors) = BuildPipeline.frontMatter(of: relative, root: root)
        guard !readErrors.containsErrors else {
            SiteOptions.print(readErrors, root: root, console: context.console)
            return 1
        }
        var diagnostics = readErrors
        var article: Article?
        var site: Site?
        if let siteRoot {
            var pipeline = BuildPipeline(root: siteRoot, options: BuildOptions(
                includeDrafts: true, includeFuture: true, now: context.now(), embargoKey: try SiteOptions.embargoKey(in: context)))
            let loaded = pipeline.loadContent()
            // The file's own diagnostics, and those of site.yml, which shape every article.
            diagnostics += loaded.diagnostics.filter { $0.location?.path == relative || $0.location?.path == "site.yml" }
            site = loaded.site
            // An article under embargo is resolved too, in no list: it is shown with its embargo.
            article = site?.articles.first { $0.sourcePath == relative }
                ?? site?.newsroom.embargoed.first { $0.sourcePath == relative }
        }
        SiteOptions.print(diagnostics, root: root, console: context.console)

        if arguments.has("json") {
            let report: JSONValue = .object([
                ("file", .string(relative)),
                ("frontMatter", frontMatter?.jsonValue ?? .null),
                ("article", article.flatMap { article in site.map { InspectReport.json(article, site: $0) } } ?? .null),
            ])
            context.console.output(JSONWriter().text(report) + "\n")
        } else {
            context.console.output(InspectReport.text(file: relative, frontMatter: frontMatter, article: article, site: site))
        }
        return diagnostics.containsErrors ? 1 : 0
    }

    /// The nearest folder above `file` that holds a `site.yml`.
    private static func siteRoot(containing file: URL) -> URL? {
        var folder = file.deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("site.yml").path) { return folder }
            folder.deleteLastPathComponent()
        }
        return nil
    }

    /// `file`'s path below `folder`, or `nil` when it is not inside it.
    private static func relativePath(of file: URL, in folder: URL) -> String? {
        let base = folder.standardizedFileURL.path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return file.path.hasPrefix(prefix) ? String(file.path.dropFirst(prefix.count)) : nil
    }
}
