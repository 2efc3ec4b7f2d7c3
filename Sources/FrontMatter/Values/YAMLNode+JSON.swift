public import TextCore

extension YAMLNode {
    /// The node as a JSON value: mappings become objects in source order, keys their
    /// `keyText`; dates are strings `YYYY-MM-DD`, date-times strings in the form of
    /// `YAMLDateTime.description` (`2026-11-24T09:30:00+01:00`, `…Z`, or no offset for a local
    /// time). Integers are written without and floats always with a `.` or an exponent;
    /// infinities and NaN, which JSON has no numbers for, are the strings ".inf", "-.inf" and
    /// ".nan".
    public var jsonValue: JSONValue {
        switch value {
        case .null: .null
        case .bool(let flag): .bool(flag)
        case .int(let number): .int(number)
        case .double(let number): number.isFinite ? .number(Self.numberText(number)) : .string(Self.numberText(number))
        case .string(let text): .string(text)
        case .date(let date): .string(date.description)
        case .dateTime(let dateTime): .string(dateTime.description)
        case .sequence(let items): .array(items.map(\.jsonValue))
        case .mapping(let pairs): .object(pairs.map { (key: $0.key.keyText, value: $0.value.jsonValue) })
        }
    }

    /// The node as JSON text, as `zeche inspect --json` prints front matter: keys in source
    /// order, or sorted by code point with `sortedKeys`; `pretty` indents by two spaces, as
    /// Python's `json.dumps(indent=2)` does.
    public func jsonText(sortedKeys: Bool = false, pretty: Bool = false) -> String {
        JSONWriter(sortsKeys: sortedKeys, isPretty: pretty).text(jsonValue)
    }

    /// How JSON writes a float: the shortest text that reads back as the same value, always
    /// with a `.` or an exponent, as Python's `repr` writes it.
    static func numberText(_ number: Double) -> String {
        if number.isNaN { return ".nan" }
        if number.isInfinite { return number < 0 ? "-.inf" : ".inf" }
        return number.description
    }
}
