import Foundation
import FrontMatter
import Mustache
import ZecheKit

/// `zeche mustache DATA TEMPLATE`: renders one template alone, for template authors.
enum MustacheCommand: Command {
    static let name = "mustache"
    static let summary = "render one Mustache template with data from a file"
    static let synopsis = "mustache DATA TEMPLATE [--partials DIR] [--strict]"
    static let discussion = """
        Renders TEMPLATE with DATA, a JSON or YAML file ('-' reads standard input), and prints \
        the result. Partials ({{> name}}) and parents ({{< name}}) are looked up in DIR by file \
        name without '.mustache' (and by path below DIR, e.g. 'article/meta'). As the Mustache \
        specification says, a name that is not set and a missing partial render as nothing; \
        with --strict they are also reported as warnings, as 'zeche build' does. Lambdas are not \
        supported: template data comes from files, not code. Exit status 1 on a template error.
        """
    static let options: [ArgumentList.Option] = [
        .value("partials", "DIR", "the folder of partials and parents"),
        .flag("strict", "warn about names that are not set and partials that do not exist"),
    ]

    static func run(_ arguments: ArgumentList, in context: CommandContext) async throws(UsageError) -> Int32 {
        guard arguments.positionals.count == 2 else {
            throw UsageError("give a data file and a template: zeche mustache data.json page.mustache")
        }
        let dataArgument = arguments.positionals[0]
        let templateArgument = arguments.positionals[1]
        let data = try InputFile.read(dataArgument, in: context)
        if let warning = data.warning { context.console.error(warning) }
        guard let value = decode(data, console: context.console) else { return 1 }

        let templateURL = URL(fileURLWithPath: templateArgument, relativeTo: context.currentDirectory)
        guard let templateData = FileManager.default.contents(atPath: templateURL.path) else {
            throw UsageError("cannot read the template '\(templateArgument)'")
        }
        var sources: [(name: String, displayPath: String, bytes: [UInt8])] = []
        let mainName = "\u{0}main"
        sources.append((mainName, templateArgument, [UInt8](templateData)))
        if let folder = arguments.value("partials") {
            let root = URL(fileURLWithPath: folder, relativeTo: context.currentDirectory)
            guard let paths = FileManager.default.subpaths(atPath: root.path) else {
                throw UsageError("cannot read the partials folder '\(folder)'")
            }
            for path in paths.sorted() where path.hasSuffix(".mustache") {
                guard let bytes = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else { continue }
                let shown = folder.hasSuffix("/") ? folder + path : folder + "/" + path
                sources.append((String(path.dropLast(".mustache".count)), shown, [UInt8](bytes)))
            }
        }
        do {
            let library = try TemplateLibrary(named: sources)
            var buffer = RenderBuffer()
            var warnings: [TemplateWarning] = []
            try library.render(mainName, value, into: &buffer, strict: arguments.has("strict"), warnings: &warnings)
            for warning in Set(warnings).sorted(by: { ($0.path, $0.line, $0.column) < ($1.path, $1.line, $1.column) }) {
                context.console.error("\(warning)\n")
            }
            FileHandle.standardOutput.write(Data(buffer.bytes))
            return 0
        } catch let error as TemplateLoadError {
            context.console.error(error.errors.map { "\($0)\n" }.joined())
            return 1
        } catch let error as TemplateError {
            context.console.error("\(error)\n")
            return 1
        } catch {
            context.console.error("error: \(error)\n")
            return 1
        }
    }

    /// JSON when the file says so by name or first character, else YAML.
    private static func decode(_ input: InputFile, console: Console) -> TemplateValue? {
        let trimmed = input.text.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" })
        if input.displayName.hasSuffix(".json") || trimmed.hasPrefix("{") || trimmed.hasPrefix("[") {
            do {
                return try JSONDecoder().decode(TemplateValue.self, from: Data(input.text.utf8))
            } catch {
                console.error("\(input.displayName): error: the data is not valid JSON: \(error)\n")
                return nil
            }
        }
        do {
            return TemplateValue(yaml: try YAMLParser().parse(input.text))
        } catch {
            console.error(error.errors.map { "\(input.displayName):\($0.line):\($0.column): error: \($0.message)\nfix: \($0.fix)\n" }.joined())
            return nil
        }
    }
}
