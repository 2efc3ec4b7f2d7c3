extension YAMLNode {
    /// The node as JSON text, as `zeche inspect --json` prints front matter.
    ///
    /// Mappings become objects with their keys in source order, or sorted by code point with
    /// `sortedKeys`; keys that are not strings are written as their `keyText`. Dates are
    /// strings `YYYY-MM-DD`, date-times strings in the form of `YAMLDateTime.description`
    /// (`2026-11-24T09:30:00+01:00`, `…Z`, or no offset for a local time). Integers are
    /// written without and floats always with a `.` or an exponent; infinities and NaN, which
    /// JSON has no numbers for, are the strings ".inf", "-.inf" and ".nan". `pretty` indents
    /// by two spaces, as Python's `json.dumps(indent=2)` does.
    public func jsonText(sortedKeys: Bool = false, pretty: Bool = false) -> String {
        var writer = JSONWriter(sortsKeys: sortedKeys, isPretty: pretty)
        writer.write(self)
        return String(decoding: writer.output, as: UTF8.self)
    }
}
