/// `zeche new` (being written).
enum NewCommand: Command {
    static let name = "new"
    static let summary = "(not yet available)"
    static let synopsis = "new"
    static let discussion = "Not yet available."
    static let options: [ArgumentList.Option] = []

    static func run(_ arguments: ArgumentList, in context: CommandContext) async throws(UsageError) -> Int32 {
        throw UsageError("'zeche new' is not available yet")
    }
}
