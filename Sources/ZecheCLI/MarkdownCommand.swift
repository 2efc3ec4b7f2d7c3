import FrontMatter
import Markdown
import ZecheKit

/// `zeche markdown FILE`: what Zeche makes of one Markdown file's body.
enum MarkdownCommand: Command {
    static let name = "markdown"
    static let summary = "print the HTML of one Markdown file"
    static let synopsis = "markdown [FILE | -] [--source DIR]"
    static let discussion = """
        Prints the HTML that Zeche renders from a Markdown file's body, with the site's \
        Markdown settings (from site.yml in the site's folder, if there is one). A front matter \
        block is skipped. Links are printed as written: a build rewrites links between files.
        """
    static let options: [ArgumentList.Option] = [SiteOptions.source]

    static func run(_ arguments: ArgumentList, in context: CommandContext) async throws(UsageError) -> Int32 {
        guard arguments.positionals.count <= 1 else { throw UsageError("give one file, or '-' for standard input") }
        let input = try InputFile.read(arguments.positionals.first ?? "-", in: context)
        if let warning = input.warning { context.console.error(warning) }
        var options = MarkdownOptions()
        let root = SiteOptions.root(arguments, in: context)
        if case (let config?, _) = SiteConfig.load(root: root) {
            options = MarkdownOptions(allowsRawHTML: config.allowsRawHTML, usesSmartPunctuation: config.usesSmartPunctuation)
        }
        let split: FrontMatter
        do {
            split = try FrontMatter(splitting: input.text)
        } catch {
            context.console.error("\(input.displayName):\(error.line):\(error.column): error: \(error.message)\nfix: \(error.fix)\n")
            return 1
        }
        let document = MarkdownParser(options: options).parse(split.body)
        if let problem = document.shapeProblem {
            context.console.error("\(input.displayName):\(split.bodyStartLine + problem.line - 1):\(problem.column): error: \(problem.message)\nfix: \(problem.fix)\n")
            return 1
        }
        context.console.output(document.html)
        return 0
    }
}
