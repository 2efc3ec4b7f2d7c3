public import FrontMatter
public import Mustache

extension TemplateValue {
    /// Text, or `null` when absent, so that templates can test optional fields.
    init(_ text: String?) {
        self = text.map { .string($0) } ?? .null
    }

    /// A front matter value as templates see it: dates as `YYYY-MM-DD` text, date-times in
    /// ISO 8601, mappings as objects.
    public init(yaml node: YAMLNode) {
        switch node.value {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .int(let number): self = .int(number)
        case .double(let number): self = .double(number)
        case .string(let text): self = .string(text)
        case .date(let date): self = .string(date.description)
        case .dateTime(let time): self = .string(time.description)
        case .sequence(let items): self = .array(items.map(TemplateValue.init(yaml:)))
        case .mapping(let pairs):
            var object = TemplateObject(minimumCapacity: pairs.count)
            for pair in pairs { object[pair.key.keyText] = TemplateValue(yaml: pair.value) }
            self = .object(object)
        }
    }

    /// Unknown front matter keys, for `*.params`.
    init(params: [String: ParamValue]) {
        self = .object(TemplateObject(params.mapValues(TemplateValue.init(yaml:))))
    }
}
