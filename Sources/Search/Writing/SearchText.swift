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
    /// Appends the text's UTF-8 bytes, when the caller can give them without making a string:
    /// a string of every body read back from a file checked its UTF-8 again (a cold build at
    /// 10,000 articles reads each twice, for the analysis and for the text files).
    private let appendUTF8: (@Sendable (inout [UInt8]) -> Void)?
    /// Equal for equal texts, and (with a chance of about 2⁻⁶⁴) different for different ones.
    public let identity: UInt64?

    /// A text in memory.
    public init(_ text: String) {
        read = { text }
        appendUTF8 = nil
        identity = nil
    }

    /// A text that `read` gives each time the index needs it.
    public init(reading read: @escaping @Sendable () -> String) {
        self.read = read
        appendUTF8 = nil
        identity = nil
    }

    /// A text that `read` gives each time the index needs it, known by `identity`: the same
    /// for the same text, as a hash of its UTF-8 bytes is. With `appendUTF8`, which appends the
    /// same text's bytes (valid UTF-8), the index reads them without a string being made.
    public init(reading read: @escaping @Sendable () -> String, appendingUTF8 appendUTF8: (@Sendable (inout [UInt8]) -> Void)? = nil,
                identity: UInt64) {
        self.read = read
        self.appendUTF8 = appendUTF8
        self.identity = identity
    }

    /// What a kept index knows of a text it no longer has: its identity alone. An update
    /// replaces every such text with the document it is given before anything is read.
    init(standingFor identity: UInt64) {
        read = { "" }
        appendUTF8 = nil
        self.identity = identity
    }

    public var text: String { read() }

    /// Calls `body` with the text's UTF-8 bytes, read into `scratch` (emptied first, its
    /// capacity kept for the next text) when they can be read without making a string.
    func withUTF8<Result>(scratch: inout [UInt8], _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        guard let appendUTF8 else {
            var text = read()
            return text.withUTF8(body)
        }
        scratch.removeAll(keepingCapacity: true)
        appendUTF8(&scratch)
        return scratch.withUnsafeBufferPointer(body)
    }

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
