/// One step of a compiled template.
///
/// Templates compile to a flat list of instructions that the ``Renderer`` runs in a loop with
/// explicit stacks, so deeply nested sections and partials never recurse on the thread's stack.
/// Jumps are relative, so a chunk of code can be placed anywhere. Every payload is a plain
/// integer: running the code retains nothing.
enum Instruction: Sendable {
    /// Static bytes, with the points where an indented partial inserts its indentation.
    case text(TextRun)
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}`.
    case variable(path: Int32, site: Int32, escaped: Bool)
    /// `{{#name}}`: the matching `.sectionEnd` is `skip` instructions further.
    case section(path: Int32, site: Int32, skip: Int32)
    /// End of a section's body: the next item, or leave the section.
    case sectionEnd
    /// `{{^name}}`: the first instruction after the body is `skip` instructions further.
    case inverted(path: Int32, site: Int32, skip: Int32)
    /// A partial or parent: an index into `Program.includes`.
    case include(Int32)
    /// A block `{{$name}}` at its site: an index into `Program.blockSites`.
    case block(Int32)
    /// End of a template or of a block's overriding content.
    case end
}

/// A run of static bytes in `Program.text`.
struct TextRun: Sendable {
    var start: Int32
    var count: Int32
    /// Offsets into the run where indentation goes, stored in `Program.indentPoints`.
    var pointsStart: Int32
    var pointsCount: Int32
}
