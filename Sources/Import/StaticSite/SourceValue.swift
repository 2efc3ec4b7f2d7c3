import FrontMatter

/// A front matter value of a Jekyll or Hugo file, whether written in YAML, TOML or JSON.
indirect enum SourceValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    /// A date or date-time in YAML's timestamp form.
    case timestamp(String)
    case list([SourceValue])
    case table([SourceField])

    init(_ node: YAMLNode) {
        switch node.value {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .int(let number): self = .int(number)
        case .double(let number): self = .double(number)
        case .string(let text): self = .string(text)
        case .date(let date): self = .timestamp(date.description)
        case .dateTime(let time): self = .timestamp(time.description)
        case .sequence(let items): self = .list(items.map(SourceValue.init))
        case .mapping(let pairs):
            self = .table(pairs.map { SourceField(key: Self.keyText($0.key.value), value: SourceValue($0.value)) })
        }
    }

    private static func keyText(_ value: YAMLValue) -> String {
        switch value {
        case .string(let text): text
        case .int(let number): String(number)
        case .bool(let flag): flag ? "true" : "false"
        case .null: "null"
        case .double(let number): String(number)
        case .date(let date): date.description
        case .dateTime(let time): time.description
        case .sequence, .mapping: ""
        }
    }

    /// The value as text, for a value that should be one (a title written as a number).
    var text: String? {
        switch self {
        case .string(let text): text
        case .int(let number): String(number)
        case .double(let number): String(number)
        case .bool(let flag): flag ? "true" : "false"
        case .timestamp(let text): text
        case .null, .list, .table: nil
        }
    }

    /// A list of texts: a list, or one text (for Jekyll, split at spaces when `splitting`).
    func texts(splitting: Bool = false) -> [String] {
        switch self {
        case .list(let items): return items.compactMap(\.text).filter { !$0.isEmpty }
        case .null: return []
        default:
            guard let text, !text.isEmpty else { return [] }
            return splitting ? text.split(separator: " ").map(String.init) : [text]
        }
    }

    subscript(key: String) -> SourceValue? {
        guard case .table(let fields) = self else { return nil }
        return fields.first { $0.key == key }?.value
    }

    /// The value as Zeche's front matter writes it; nil for null.
    var frontMatterValue: FrontMatterValue? {
        switch self {
        case .null: return nil
        case .bool(let flag): return .bool(flag)
        case .int(let number): return .integer(number)
        case .double(let number): return .text(String(number))
        case .string(let text): return .text(text)
        case .timestamp(let text): return .timestamp(text)
        case .list(let items): return .list(items.compactMap(\.frontMatterValue))
        case .table(let fields):
            return .mapping(fields.compactMap { field in field.value.frontMatterValue.map { FrontMatterField(field.key, $0) } })
        }
    }
}

/// One key and value of a front matter table, in source order.
struct SourceField: Sendable, Hashable {
    var key: String
    var value: SourceValue
}
