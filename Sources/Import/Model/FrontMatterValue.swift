/// A value of an imported file's front matter, written as YAML that Zeche's parser reads back
/// to the same value.
public enum FrontMatterValue: Sendable, Hashable {
    case text(String)
    case bool(Bool)
    case integer(Int)
    /// A date or date-time already in YAML's timestamp form (`2026-11-24T14:30:00+01:00`),
    /// written without quotes so that it reads as a date.
    case timestamp(String)
    case list([FrontMatterValue])
    case mapping([FrontMatterField])
}

/// One key and value of a front matter mapping, in the order they are written.
public struct FrontMatterField: Sendable, Hashable {
    public var key: String
    public var value: FrontMatterValue

    public init(_ key: String, _ value: FrontMatterValue) {
        self.key = key
        self.value = value
    }
}

extension [FrontMatterField] {
    /// The value of `key`, if there is one.
    subscript(key: String) -> FrontMatterValue? {
        first { $0.key == key }?.value
    }

    /// Sets `key` to `value`, in place if it is there, at the end if not.
    mutating func set(_ key: String, _ value: FrontMatterValue) {
        if let index = firstIndex(where: { $0.key == key }) {
            self[index].value = value
        } else {
            append(FrontMatterField(key, value))
        }
    }
}
