/// `zeche publish` (being written).
enum PublishCommand: Command {
    static let name = "publish"
    static let summary = "(not yet available)"
    static let synopsis = "publish"
    static let discussion = "Not yet available."
    static let options: [ArgumentList.Option] = []

    static func run(_ arguments: ArgumentList, in context: CommandContext) async throws(UsageError) -> Int32 {
        throw UsageError("'zeche publish' is not available yet")
    }
}
