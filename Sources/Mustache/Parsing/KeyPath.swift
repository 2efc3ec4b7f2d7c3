/// A name of the data, precompiled: `article.author.name` is three keys.
struct KeyPath: Sendable {
    /// The keys are `Program.keys[keysStart..<keysStart + count]`; no keys means `.`.
    var keysStart: Int32
    var count: Int32
    /// The name as written, for messages.
    var name: String
}
