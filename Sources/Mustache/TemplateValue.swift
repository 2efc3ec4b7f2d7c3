import TextCore

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
///
/// An object comes in two forms that templates cannot tell apart: `.object`, its fields (see
/// ``TemplateObject``), and `.record`, values whose names are shared with every record of their
/// layout (what a site keeps by the thousand, see ``TemplateRecord``). They compare and hash as
/// the same object.
public enum TemplateValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([TemplateValue])
    case object(TemplateObject)
    case record(TemplateRecord)

    /// Whether a section renders for this value (see the type's description).
    public var isTruthy: Bool {
        switch self {
        case .null: false
        case .bool(let value): value
        case .int, .double, .object, .record: true
        case .string(let value): !value.isEmpty
        case .array(let items): !items.isEmpty
        }
    }

    var isObject: Bool {
        switch self {
        case .object, .record: true
        default: false
        }
    }

    /// The value of an object's field `name`; `nil` when it has none or is not an object.
    public func member(_ name: String) -> TemplateValue? {
        member(name, hash: ByteHash.of(name))
    }

    /// ``member(_:)`` for a name whose `ByteHash` is known (a compiled template's).
    @inline(__always)
    func member(_ name: String, hash: UInt64) -> TemplateValue? {
        switch self {
        case .object(let fields): fields.value(named: name, hash: hash)
        case .record(let record): record.value(named: name, hash: hash)
        default: nil
        }
    }

    /// An object's field names; none when the value is not an object.
    var memberNames: [String] {
        switch self {
        case .object(let fields): fields.names
        case .record(let record): record.layout.names
        default: []
        }
    }

    /// An object's fields (a record's made from its values), to change or extend; `nil` when
    /// the value is not an object.
    public var objectFields: TemplateObject? {
        objectFields(reservingCapacity: 0)
    }

    /// ``objectFields`` with room for `extra` more fields, for a caller that adds them.
    public func objectFields(reservingCapacity extra: Int) -> TemplateObject? {
        switch self {
        case .object(var fields):
            fields.reserveCapacity(fields.count + extra)
            return fields
        case .record(let record):
            return record.fields(reservingCapacity: extra)
        default:
            return nil
        }
    }

    /// The value with a record made an object: `.object` is the one form of an object that
    /// equality and hashing see.
    private var comparable: TemplateValue {
        if case .record(let record) = self { return .object(record.fields()) }
        return self
    }

    public static func == (lhs: TemplateValue, rhs: TemplateValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let left), .bool(let right)): left == right
        case (.int(let left), .int(let right)): left == right
        case (.double(let left), .double(let right)): left == right
        case (.string(let left), .string(let right)): left == right
        case (.array(let left), .array(let right)): left == right
        case (.object(let left), .object(let right)): left == right
        case (.record(let left), .record(let right)) where left.layout === right.layout: left.values == right.values
        case (.record, .record), (.record, .object), (.object, .record): lhs.comparable == rhs.comparable
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bool(let value): hasher.combine(1); hasher.combine(value)
        case .int(let value): hasher.combine(2); hasher.combine(value)
        case .double(let value): hasher.combine(3); hasher.combine(value)
        case .string(let value): hasher.combine(4); hasher.combine(value)
        case .array(let items): hasher.combine(5); hasher.combine(items)
        case .object(let fields): hasher.combine(6); hasher.combine(fields)
        case .record(let record): hasher.combine(6); hasher.combine(record.fields())
        }
    }

    /// A short description of the value's kind for messages: "a string", "a list".
    var kindDescription: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .int, .double: "a number"
        case .string: "a string"
        case .array: "a list"
        case .object, .record: "an object"
        }
    }
}
