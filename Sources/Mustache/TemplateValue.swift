/// The data a template renders: a closed set of JSON-like values, built once per page.
///
/// Templates look names up in objects (`article.title`), iterate arrays in sections, and test
/// truthiness. `null`, `false`, an empty array and an empty string are falsey; everything else,
/// including `0` and an empty object, is truthy. Empty strings are falsey so that an optional
/// text field can guard its markup (`{{#subtitle}}<p>{{subtitle}}</p>{{/subtitle}}`); numbers
/// are always truthy because a count of zero is still a value to show.
///
/// A key whose value is `.null` counts as set: strict rendering warns only about absent keys, so
/// the site declares optional fields as `null`.
public enum TemplateValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([TemplateValue])
    case object([String: TemplateValue])

    /// Whether a section renders for this value (see the type's description).
    public var isTruthy: Bool {
        switch self {
        case .null: false
        case .bool(let value): value
        case .int, .double, .object: true
        case .string(let value): !value.isEmpty
        case .array(let items): !items.isEmpty
        }
    }

    var isObject: Bool {
        if case .object = self { return true }
        return false
    }

    /// A short description of the value's kind for messages: "a string", "a list".
    var kindDescription: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .int, .double: "a number"
        case .string: "a string"
        case .array: "a list"
        case .object: "an object"
        }
    }
}
