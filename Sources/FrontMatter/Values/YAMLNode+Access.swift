extension YAMLNode {
    /// The value of the first pair whose key is `key`, if this node is a mapping.
    ///
    /// Keys that are not strings match their text form (see `keyText`): `node["1"]` finds
    /// the key `1`, and `node["true"]` the key `yes`, which YAML 1.1 reads as true.
    public subscript(key: String) -> YAMLNode? {
        guard case .mapping(let pairs) = value else { return nil }
        return pairs.first { $0.key.keyText == key }?.value
    }

    /// The item at `index`, if this node is a sequence that long.
    public subscript(index: Int) -> YAMLNode? {
        guard case .sequence(let items) = value, items.indices.contains(index) else { return nil }
        return items[index]
    }

    /// The text, if this node is a string.
    public var stringValue: String? {
        if case .string(let text) = value { return text }
        return nil
    }

    /// The flag, if this node is a boolean.
    public var boolValue: Bool? {
        if case .bool(let flag) = value { return flag }
        return nil
    }

    /// The number, if this node is an integer.
    public var intValue: Int? {
        if case .int(let number) = value { return number }
        return nil
    }

    /// The number, if this node is a float or an integer.
    public var doubleValue: Double? {
        switch value {
        case .double(let number): number
        case .int(let number): Double(number)
        default: nil
        }
    }

    /// The date, if this node is a date without a time.
    public var dateValue: YAMLDate? {
        if case .date(let date) = value { return date }
        return nil
    }

    /// The date and time, if this node is a date-time.
    public var dateTimeValue: YAMLDateTime? {
        if case .dateTime(let dateTime) = value { return dateTime }
        return nil
    }

    /// The items, if this node is a sequence.
    public var sequenceValue: [YAMLNode]? {
        if case .sequence(let items) = value { return items }
        return nil
    }

    /// The pairs in source order, if this node is a mapping.
    public var mappingValue: [YAMLPair]? {
        if case .mapping(let pairs) = value { return pairs }
        return nil
    }

    /// Whether this node is null (`~`, `null`, or nothing at all).
    public var isNull: Bool {
        if case .null = value { return true }
        return false
    }

    /// The text form of a scalar: a string as it is, `null`, `true` or `false`, a number as
    /// JSON writes it, a date as `YYYY-MM-DD`, a date-time as `YAMLDateTime.description`;
    /// nil for collections. This is how keys appear in JSON and how `subscript(key:)` matches.
    public var scalarText: String? {
        switch value {
        case .null: "null"
        case .bool(let flag): flag ? "true" : "false"
        case .int(let number): String(number)
        case .double(let number): YAMLNode.numberText(number)
        case .string(let text): text
        case .date(let date): date.description
        case .dateTime(let dateTime): dateTime.description
        case .sequence, .mapping: nil
        }
    }

    /// The text of this node as a mapping key: `scalarText`, or the JSON text of a collection.
    public var keyText: String {
        scalarText ?? jsonText()
    }
}
