/// One key and its value in a YAML mapping. Keys are scalars.
public struct YAMLPair: Sendable, Equatable {
    /// The key; usually a string, but `1:` or `yes:` resolve like values do.
    public var key: YAMLNode
    /// The value.
    public var value: YAMLNode

    /// Creates a pair.
    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}
