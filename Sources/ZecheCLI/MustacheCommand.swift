/// `zeche mustache` (being written).
enum MustacheCommand: Command {
    static let name = "mustache"
    static let summary = "(not yet available)"
    static let synopsis = "mustache"
    static let discussion = "Not yet available."
    static let options: [ArgumentList.Option] = []

    static func run(_ arguments: ArgumentList, in context: CommandContext) async throws(UsageError) -> Int32 {
        throw UsageError("'zeche mustache' is not available yet")
    }
}
