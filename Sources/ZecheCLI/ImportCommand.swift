import Foundation
import Import
import ZecheKit

/// `zeche import wordpress|jekyll|hugo SOURCE`: moves an archive into a Zeche site.
enum ImportCommand: Command {
    static let name = "import"
    static let summary = "move articles in from WordPress, Jekyll or Hugo"
    static let synopsis = "import wordpress EXPORT.xml [--uploads DIR] [--into DIR] | import jekyll|hugo DIR [--url URL] [--into DIR]"
    static let discussion = """
        Turns a WordPress export (Tools → Export, WXR 1.1 or 1.2), or the folder of a Jekyll \
        or Hugo site (or just its posts folder), into a Zeche site's files: articles, drafts, \
        pages, authors, tags and categories, cover images, and the old addresses as \
        'aliases:'. Bodies become Markdown; what Markdown cannot hold is kept visibly and \
        listed at the end as file:line to review. Into a folder without site.yml, it also \
        writes site.yml and the default theme, so the result builds at once. Nothing is \
        overwritten: if a file to write exists, nothing is written. See docs/migrating.md.
        """
    static let options: [ArgumentList.Option] = [
        .value("into", "DIR", "the site folder to write into (default: the current folder)"),
        .value("uploads", "DIR", "WordPress only: a copy of wp-content/uploads, to copy images from"),
        .value("url", "URL", "Jekyll and Hugo: the old site's address, if its configuration does not give it"),
    ]

    static func run(_ arguments: ArgumentList, in context: CommandContext) async throws(UsageError) -> Int32 {
        guard let kind = arguments.positionals.first else {
            throw UsageError("say what to import from: wordpress, jekyll or hugo")
        }
        guard let sourceName = arguments.positionals.dropFirst().first else {
            throw UsageError(kind == "wordpress" ? "give the export file, e.g. zeche import wordpress export.xml" : "give the site's folder, e.g. zeche import \(kind) ../blog")
        }
        guard arguments.positionals.count == 2 else { throw UsageError("unexpected argument '\(arguments.positionals[2])'") }
        let source = URL(fileURLWithPath: sourceName, relativeTo: context.currentDirectory).standardizedFileURL
        let intoName = arguments.value("into") ?? "."
        let into = URL(fileURLWithPath: intoName, relativeTo: context.currentDirectory).standardizedFileURL
        var plan: ImportPlan
        let sourceLabel: String
        do {
            switch kind {
            case "wordpress":
                guard arguments.value("url") == nil else { throw UsageError("--url is for Jekyll and Hugo; a WordPress export names its address") }
                let uploads = arguments.value("uploads").map { URL(fileURLWithPath: $0, relativeTo: context.currentDirectory).standardizedFileURL }
                plan = try WordPressImporter(uploads: uploads).plan(file: source, displayPath: sourceName)
                sourceLabel = "WordPress (\(sourceName))"
            case "jekyll", "hugo":
                guard arguments.value("uploads") == nil else { throw UsageError("--uploads is for WordPress exports only") }
                let importer = StaticSiteImporter(kind: kind == "hugo" ? .hugo : .jekyll, siteURL: arguments.value("url"))
                plan = try importer.plan(folder: source, displayPath: sourceName)
                sourceLabel = (kind == "hugo" ? "Hugo" : "Jekyll") + " (\(sourceName))"
            default:
                throw UsageError("unknown source '\(kind)'\(Suggestion.nearest(to: kind, in: ["wordpress", "jekyll", "hugo"]).map { "; did you mean '\($0)'?" } ?? ""); choose wordpress, jekyll or hugo")
            }
        } catch let error as ImportError {
            context.console.error("error: \(error.description)\nfix: \(error.fix)\n")
            return 1
        } catch let error as UsageError {
            throw error
        } catch {
            context.console.error("error: \(error)\n")
            return 1
        }
        let isNewSite = !FileManager.default.fileExists(atPath: into.appendingPathComponent("site.yml").path)
        if isNewSite { addSite(to: &plan, source: sourceLabel, into: into, now: context.now()) }
        do {
            try ImportWriter(folder: into).write(plan)
        } catch {
            var message = "error: \(error.description)\n"
            if case .filesExist(let paths) = error {
                message += paths.prefix(10).map { "  \(intoName)/\($0)\n" }.joined() + (paths.count > 10 ? "  …\n" : "")
            }
            context.console.error(message + "fix: \(error.fix)\n")
            return 1
        }
        context.console.output(plan.report.summary)
        context.console.output("\nWrote \(plan.paths.count) files into \(intoName)\(isNewSite ? " (a new site: site.yml and the default theme)" : ""). Next: cd \(intoName) && zeche build\n")
        return 0
    }

    /// The files of a new site around the imported content: `site.yml` from the source, the
    /// default theme, `.gitignore`, the workflows and the editors' README, each only if missing.
    private static func addSite(to plan: inout ImportPlan, source: String, into folder: URL, now: Date) {
        plan.textFiles["site.yml"] = plan.siteConfig(source: source)
        let language: SiteScaffold.Language = ImportPlan.languageTag(plan.siteLanguage).hasPrefix("de") ? .de : .en
        // The workflows pin this binary's release, as `zeche init` does without --zeche-version.
        let scaffold = SiteScaffold(title: plan.siteTitle, language: language, now: now, release: InitCommand.ownRelease().0)
        for file in scaffold.files() where !file.path.hasPrefix("Content/") && file.path != "site.yml" {
            guard !FileManager.default.fileExists(atPath: folder.appendingPathComponent(file.path).path) else { continue }
            plan.binaryFiles[file.path] = file.contents
        }
    }
}
