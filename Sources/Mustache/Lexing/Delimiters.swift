/// The opening and closing tag delimiters in force, `{{` and `}}` unless a set-delimiter tag
/// changed them.
struct Delimiters: Sendable, Equatable {
    var open: [UInt8]
    var close: [UInt8]

    static let standard = Delimiters(open: Array("{{".utf8), close: Array("}}".utf8))

    var openText: String { String(decoding: open, as: UTF8.self) }
    var closeText: String { String(decoding: close, as: UTF8.self) }

    /// A tag written with these delimiters, for messages: `tag("/items")` is `{{/items}}`.
    func tag(_ content: String) -> String { openText + content + closeText }
}
