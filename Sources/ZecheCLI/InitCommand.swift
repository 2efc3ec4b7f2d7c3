/// `zeche init` (being written).
enum InitCommand: Command {
    static let name = "init"
    static let summary = "(not yet available)"
    static let synopsis = "init"
    static let discussion = "Not yet available."
    static let options: [ArgumentList.Option] = []

    static func run(_ arguments: ArgumentList, in context: CommandContext) async throws(UsageError) -> Int32 {
        throw UsageError("'zeche init' is not available yet")
    }
}
