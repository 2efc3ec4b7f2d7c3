/// Writes YAML nodes as JSON text into a byte buffer.
///
/// Mappings become objects in source order (or sorted by key), keys their `keyText`, dates
/// and date-times strings, and the non-finite floats the strings ".inf", "-.inf" and ".nan",
/// which JSON numbers cannot express.
struct JSONWriter {
    let sortsKeys: Bool
    let isPretty: Bool
    private(set) var output: [UInt8] = []

    init(sortsKeys: Bool, isPretty: Bool) {
        self.sortsKeys = sortsKeys
        self.isPretty = isPretty
    }

    /// How JSON writes a float: the shortest text that reads back as the same value, always
    /// with a `.` or an exponent, as Python's `repr` writes it.
    static func numberText(_ number: Double) -> String {
        if number.isNaN { return ".nan" }
        if number.isInfinite { return number < 0 ? "-.inf" : ".inf" }
        return number.description
    }

    mutating func write(_ node: YAMLNode, depth: Int = 0) {
        switch node.value {
        case .null: append("null")
        case .bool(let flag): append(flag ? "true" : "false")
        case .int(let number): append(String(number))
        case .double(let number):
            if number.isFinite { append(Self.numberText(number)) } else { writeString(Self.numberText(number)) }
        case .string(let text): writeString(text)
        case .date(let date): writeString(date.description)
        case .dateTime(let dateTime): writeString(dateTime.description)
        case .sequence(let items):
            output.append(ASCII.leftBracket)
            for (index, item) in items.enumerated() {
                if index > 0 { output.append(ASCII.comma) }
                newline(depth + 1)
                write(item, depth: depth + 1)
            }
            if !items.isEmpty { newline(depth) }
            output.append(ASCII.rightBracket)
        case .mapping(let pairs):
            output.append(ASCII.leftBrace)
            var members = pairs.map { (key: $0.key.keyText, value: $0.value) }
            if sortsKeys {
                // By code points, like Python's sort_keys; the sort is stable for equal keys.
                members = members.enumerated().sorted { lhs, rhs in
                    lhs.element.key.utf8.lexicographicallyPrecedes(rhs.element.key.utf8)
                        || (lhs.element.key == rhs.element.key && lhs.offset < rhs.offset)
                }.map(\.element)
            }
            for (index, member) in members.enumerated() {
                if index > 0 { output.append(ASCII.comma) }
                newline(depth + 1)
                writeString(member.key)
                output.append(ASCII.colon)
                if isPretty { output.append(ASCII.space) }
                write(member.value, depth: depth + 1)
            }
            if !members.isEmpty { newline(depth) }
            output.append(ASCII.rightBrace)
        }
    }

    private mutating func newline(_ depth: Int) {
        guard isPretty else { return }
        output.append(ASCII.lineFeed)
        output.append(contentsOf: repeatElement(ASCII.space, count: depth * 2))
    }

    private mutating func append(_ text: String) {
        output.append(contentsOf: text.utf8)
    }

    private mutating func writeString(_ text: String) {
        output.append(ASCII.doubleQuote)
        for byte in text.utf8 {
            switch byte {
            case ASCII.doubleQuote: append("\\\"")
            case ASCII.backslash: append("\\\\")
            case ASCII.lineFeed: append("\\n")
            case ASCII.carriageReturn: append("\\r")
            case ASCII.tab: append("\\t")
            case 0x08: append("\\b")
            case 0x0C: append("\\f")
            case 0x00..<0x20: append("\\u00" + hex(UInt32(byte), digits: 2).lowercased())
            default: output.append(byte)
            }
        }
        output.append(ASCII.doubleQuote)
    }
}
