extension TemplateValue: Decodable {
    /// Decodes any JSON-like value: booleans before integers before doubles, so `true` stays a
    /// boolean and `85` an integer, while `1.21` becomes a double.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .int(value)
        } else if let value = try? container.decode(Double.self) {
            self = .double(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([TemplateValue].self) {
            self = .array(value)
        } else {
            self = .object(TemplateObject(try container.decode([String: TemplateValue].self)))
        }
    }
}
