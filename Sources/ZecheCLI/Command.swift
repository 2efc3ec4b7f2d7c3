import Foundation

/// One subcommand of `zeche`.
protocol Command: Sendable {
    static var name: String { get }
    /// One line for the command list.
    static var summary: String { get }
    /// The synopsis after `zeche`, e.g. `build [--drafts] [--output DIR]`.
    static var synopsis: String { get }
    /// A paragraph that explains what the command does.
    static var discussion: String { get }
    static var options: [ArgumentList.Option] { get }

    /// Runs the command; returns the exit status (0 success, 1 content or template errors,
    /// 2 usage errors).
    static func run(_ arguments: ArgumentList, in context: CommandContext) async throws(UsageError) -> Int32
}

extension Command {
    static var help: String {
        let rows = options.map { option in
            let short = option.shortName.map { "-\($0), " } ?? "    "
            return (short + "--" + option.name + (option.takesValue ? " " + option.valueName : ""), option.help)
        } + [("-h, --help", "show this help")]
        let width = rows.map(\.0.count).max() ?? 0
        let table = rows.map { "  " + $0.0 + String(repeating: " ", count: width - $0.0.count + 3) + $0.1 }
        return "usage: zeche \(synopsis)\n\n\(discussion)\n\noptions:\n" + table.joined(separator: "\n") + "\n"
    }
}

/// What a command needs from its surroundings; libraries get these passed in, never read them.
struct CommandContext: Sendable {
    let currentDirectory: URL
    let environment: [String: String]
    let console: Console
    /// The clock for deciding which articles are in the future and for `zeche new`.
    let now: @Sendable () -> Date
}
