/// A block `{{$name}}` where it renders: its default content follows the instruction.
struct BlockSite: Sendable {
    var block: Int32
    /// The first instruction after the default content, relative to the block instruction.
    var skip: Int32
    /// The indentation overriding content gets here, in `Program.text`.
    var indentStart: Int32
    var indentCount: Int32
    /// Whether the opening tag stood alone on its line, so overriding content starts a line.
    var isStandalone: Bool
    var site: Int32
}
