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
