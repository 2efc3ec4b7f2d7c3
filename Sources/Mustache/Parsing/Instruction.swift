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

/// A partial `{{>name}}` or parent `{{<name}}` tag, resolved when the library is loaded.
struct Include: Sendable {
    /// The template to run, or -1 when it does not exist or the name is dynamic.
    var target: Int32
    /// The name as written (without `*`), for messages.
    var name: String
    /// For `{{>*name}}`: the key path whose value names the template; else -1.
    var dynamicPath: Int32
    /// The indentation of a standalone tag, in `Program.text`.
    var indentStart: Int32
    var indentCount: Int32
    var site: Int32
    var isParent: Bool
    /// The blocks this parent tag overrides, in `Program.overrides`.
    var overridesStart: Int32
    var overridesCount: Int32
}

/// A block overridden inside a parent tag: the block's id and where its content's code starts.
struct Override: Sendable {
    var block: Int32
    var start: Int32
}

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

/// A place in a template that a message can point at: the tag's opening delimiter.
struct Site: Sendable {
    var template: Int32
    var offset: Int32
}

/// A name of the data, precompiled: `article.author.name` is three keys.
struct KeyPath: Sendable {
    /// The keys are `Program.keys[keysStart..<keysStart + count]`; no keys means `.`.
    var keysStart: Int32
    var count: Int32
    /// The name as written, for messages.
    var name: String
}
