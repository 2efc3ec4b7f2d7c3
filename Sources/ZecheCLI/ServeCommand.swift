/// `zeche serve` (being written).
enum ServeCommand: Command {
    static let name = "serve"
    static let summary = "(not yet available)"
    static let synopsis = "serve"
    static let discussion = "Not yet available."
    static let options: [ArgumentList.Option] = []

    static func run(_ arguments: ArgumentList, in context: CommandContext) async throws(UsageError) -> Int32 {
        throw UsageError("'zeche serve' is not available yet")
    }
}
