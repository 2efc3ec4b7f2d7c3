/// A document's body text as the index reads it: given, or read only when the index needs it
/// (a build whose article bodies wait in a file), so that an archive's texts are not all in
/// memory while its index is made. Two texts are equal when they read the same.
public struct SearchText: Sendable, Hashable {
    private let read: @Sendable () -> String

    /// A text in memory.
    public init(_ text: String) {
        read = { text }
    }

    /// A text that `read` gives each time the index needs it.
    public init(reading read: @escaping @Sendable () -> String) {
        self.read = read
    }

    public var text: String { read() }

    public static func == (left: SearchText, right: SearchText) -> Bool {
        left.text == right.text
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
    }
}
