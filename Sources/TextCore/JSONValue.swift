/// A JSON value to write: what JSON-LD, the JSON Feed, `zeche inspect --json` and the other
/// JSON files of Zeche are made of before `JSONWriter` turns them into text.
public indirect enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    /// A number written as the text given (a float as Python's `repr` writes it, say).
    case number(String)
    case string(String)
    case array([JSONValue])
    /// Members in the order given (or sorted by the writer).
    case object([(key: String, value: JSONValue)])

    /// A string, or `null` for `nil`.
    public static func optional(_ text: String?) -> JSONValue {
        text.map(JSONValue.string) ?? .null
    }
}
