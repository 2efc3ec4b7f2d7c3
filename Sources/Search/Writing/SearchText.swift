/// A document's body text as the index reads it: given, or read only when the index needs it
/// (a build whose article bodies wait in a file), so that an archive's texts are not all in
/// memory while its index is made.
///
/// A text may carry an identity (a hash of its bytes, which the caller already has): two
/// texts with identities are equal when their identities are, without reading either, and
/// the index keeps the identity instead of the text to tell an edited document from the
/// last update's. Two texts without one are equal when they read the same; a text with an
/// identity never equals one without.
public struct SearchText: Sendable, Hashable {
    private let read: @Sendable () -> String
    /// Equal for equal texts, and (with a chance of about 2⁻⁶⁴) different for different ones.
    public let identity: UInt64?

    /// A text in memory.
    public init(_ text: String) {
        read = { text }
        identity = nil
    }

    /// A text that `read` gives each time the index needs it.
    public init(reading read: @escaping @Sendable () -> String) {
        self.read = read
        identity = nil
    }

    /// A text that `read` gives each time the index needs it, known by `identity`: the same
    /// for the same text, as a hash of its UTF-8 bytes is.
    public init(reading read: @escaping @Sendable () -> String, identity: UInt64) {
        self.read = read
        self.identity = identity
    }

    /// What a kept index knows of a text it no longer has: its identity alone. An update
    /// replaces every such text with the document it is given before anything is read.
    init(standingFor identity: UInt64) {
        read = { "" }
        self.identity = identity
    }

    public var text: String { read() }

    public static func == (left: SearchText, right: SearchText) -> Bool {
        switch (left.identity, right.identity) {
        case (let left?, let right?): left == right
        case (nil, nil): left.text == right.text
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) {
        if let identity {
            hasher.combine(identity)
        } else {
            hasher.combine(text)
        }
    }
}
