public import Foundation
import ZecheKit

/// The `zeche` command line: picks the subcommand, reads its arguments, runs it.
public struct CLI: Sendable {
    static let commands: [any Command.Type] = [
        BuildCommand.self, ServeCommand.self, CheckCommand.self, NewCommand.self, InitCommand.self,
        InspectCommand.self, PublishCommand.self, MarkdownCommand.self, MustacheCommand.self, ImportCommand.self,
    ]

    private let context: CommandContext

    public init(currentDirectory: URL, environment: [String: String], now: @escaping @Sendable () -> Date = Date.init) {
        context = CommandContext(
            currentDirectory: currentDirectory, environment: environment,
            console: Console(environment: environment), now: now)
    }

    /// Runs `zeche` with `arguments` (without the program name) and returns the exit status.
    public func run(_ arguments: [String]) async -> Int32 {
        guard let name = arguments.first, name != "--help", name != "-h", name != "help" || arguments.count > 1 else {
            context.console.output(Self.overview)
            return arguments.isEmpty ? 2 : 0
        }
        if name == "--version" {
            context.console.output(Self.versionText)
            return 0
        }
        if name == "help", let topic = arguments.dropFirst().first {
            guard let command = Self.commands.first(where: { $0.name == topic }) else {
                return usageError(UsageError("unknown command '\(topic)'\(Self.hint(for: topic))"), command: nil)
            }
            context.console.output(command.help)
            return 0
        }
        guard let command = Self.commands.first(where: { $0.name == name }) else {
            return usageError(UsageError("unknown command '\(name)'\(Self.hint(for: name))"), command: nil)
        }
        let rest = Array(arguments.dropFirst())
        if rest.contains("--help") || rest.contains("-h") {
            context.console.output(command.help)
            return 0
        }
        do {
            let parsed = try ArgumentList(rest, options: command.options)
            return try await command.run(parsed, in: context)
        } catch {
            return usageError(error, command: command)
        }
    }

    private func usageError(_ error: UsageError, command: (any Command.Type)?) -> Int32 {
        let usage = command.map { "usage: zeche \($0.synopsis)\nRun 'zeche \($0.name) --help' for more." }
            ?? "Run 'zeche --help' for the list of commands."
        context.console.error("error: \(error.message)\n\(usage)\n")
        return 2
    }

    private static func hint(for name: String) -> String {
        Suggestion.nearest(to: name, in: commands.map { $0.name }).map { "; did you mean '\($0)'?" } ?? ""
    }

    static var overview: String {
        let width = commands.map { $0.name.count }.max() ?? 0
        let list = commands.map { "  " + $0.name + String(repeating: " ", count: width - $0.name.count + 3) + $0.summary }
        return """
            zeche: a static site generator for company newsrooms.

            usage: zeche COMMAND [OPTIONS]

            commands:
            \(list.joined(separator: "\n"))

            Run 'zeche COMMAND --help' for a command's options.
            Exit status: 0 on success, 1 for errors in the site, 2 for wrong usage.

            """
    }
}
