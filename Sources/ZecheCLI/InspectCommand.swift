import Foundation
import FrontMatter
import ZecheKit

/// `zeche inspect FILE`: what Zeche understood of one content file.
enum InspectCommand: Command {
    static let name = "inspect"
    static let summary = "show what Zeche reads from one content file"
    static let synopsis = "inspect FILE [--json] [--drafts] [--future]"
    static let discussion = """
        Shows the front matter of FILE as Zeche parsed it and, for an article, the model it \
        derives: slug, URL, dates, authors, tags, summary, headings, quotes, word count and \
        related articles. With --json, prints one JSON object {"file", "frontMatter", "article"}. \
        Drafts and future articles are always included. Exit status 1 when the file has errors.
        """
    static let options: [ArgumentList.Option] = [.flag("json", "print one JSON object")]

    static func run(_ arguments: ArgumentList, in context: CommandContext) async throws(UsageError) -> Int32 {
        guard arguments.positionals.count == 1, let argument = arguments.positionals.first else {
            throw UsageError("give one content file, e.g. zeche inspect Content/posts/2026-11-24-artikel.md")
        }
        let file = URL(fileURLWithPath: argument, relativeTo: context.currentDirectory).standardizedFileURL
        guard FileManager.default.fileExists(atPath: file.path) else { throw UsageError("no file '\(argument)'") }
        let root = siteRoot(containing: file) ?? file.deletingLastPathComponent()
        let relative = String(file.path.dropFirst(root.path.count).drop(while: { $0 == "/" }))

        let input = try InputFile.read(file.path, in: context)
        let split: FrontMatter
        var frontMatter: YAMLNode?
        var ownDiagnostics: [Diagnostic] = []
        do {
            split = try FrontMatter(splitting: input.text)
            do {
                frontMatter = try split.parseYAML()
            } catch {
                ownDiagnostics += error.errors.map {
                    .error($0.message, at: SourceLocation(path: relative, line: $0.line, column: $0.column), fix: $0.fix)
                }
            }
        } catch {
            ownDiagnostics.append(.error(error.message, at: SourceLocation(path: relative, line: error.line, column: error.column),
                                         fix: error.fix))
        }

        var article: Article?
        var site: Site?
        if ownDiagnostics.isEmpty {
            var loader = SiteLoader(root: root)
            let result = loader.load(SiteLoader.Options(includeDrafts: true, includeFuture: true, now: context.now()))
            ownDiagnostics += result.diagnostics.filter { $0.location?.path == relative }
            site = result.partialSite
            article = site?.articles.first { $0.sourcePath == relative }
        }
        SiteOptions.print(ownDiagnostics, root: root, console: context.console)
        if ownDiagnostics.containsErrors { return 1 }

        if arguments.has("json") {
            let frontMatterJSON = frontMatter?.jsonText() ?? "null"
            let articleJSON = article.flatMap { article in site.map { InspectReport.json(article, site: $0) } } ?? "null"
            context.console.output("{\"file\": \(InspectReport.string(relative)), \"frontMatter\": \(frontMatterJSON), \"article\": \(articleJSON)}\n")
        } else {
            context.console.output(InspectReport.text(file: relative, frontMatter: frontMatter, article: article, site: site))
        }
        return 0
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
}
