/// Writes front matter values as YAML: plain where PyYAML (and so Zeche) reads the text back
/// unchanged, double-quoted with escapes everywhere else.
enum YAMLWriter {
    /// `fields` as block YAML lines, each ending in a line break.
    static func lines(_ fields: [FrontMatterField], indent: Int = 0) -> String {
        var output = ""
        let pad = String(repeating: " ", count: indent)
        for field in fields {
            output += pad + key(field.key) + ":"
            output += value(field.value, indent: indent)
        }
        return output
    }

    private static func value(_ value: FrontMatterValue, indent: Int) -> String {
        switch value {
        case .list(let items) where items.isEmpty:
            return " []\n"
        case .list(let items) where items.allSatisfy(\.isScalar):
            return " [" + items.map { flowScalar($0) }.joined(separator: ", ") + "]\n"
        case .list(let items):
            let pad = String(repeating: " ", count: indent + 2)
            return "\n" + items.map { item in
                if case .mapping(let fields) = item, let first = fields.first {
                    // `- key: value` with the other keys under the first.
                    let rest = lines(Array(fields.dropFirst()), indent: indent + 4)
                    return pad + "- " + lines([first], indent: 0) + rest
                }
                return pad + "-" + Self.value(item, indent: indent + 2)
            }.joined()
        case .mapping(let fields) where fields.isEmpty:
            return " {}\n"
        case .mapping(let fields):
            return "\n" + lines(fields, indent: indent + 2)
        default:
            return " " + flowScalar(value) + "\n"
        }
    }

    /// A scalar as it may stand in a flow list or after `key: `.
    static func flowScalar(_ value: FrontMatterValue) -> String {
        switch value {
        case .text(let text): return scalar(text)
        case .bool(let flag): return flag ? "true" : "false"
        case .integer(let number): return String(number)
        case .timestamp(let text): return text
        case .list, .mapping: return "null"
        }
    }

    static func key(_ text: String) -> String {
        scalar(text)
    }

    /// `text` plain when that reads back as the same text, else in double quotes.
    static func scalar(_ text: String) -> String {
        isSafePlain(text) ? text : quoted(text)
    }

    static func quoted(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\t": output += "\\t"
            case "\r": output += "\\r"
            default:
                let value = scalar.value
                if value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value) || value == 0x2028 || value == 0x2029
                    || value == 0xFEFF || (0xD800...0xDFFF).contains(value) || value == 0xFFFE || value == 0xFFFF {
                    let hex = String(value, radix: 16, uppercase: true)
                    output += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output + "\""
    }

    /// Plain text is safe when it starts with a letter, holds only letters, digits, spaces
    /// and a few harmless marks, and is no YAML 1.1 boolean or null.
    private static func isSafePlain(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.properties.isAlphabetic,
              let last = text.unicodeScalars.last, last != " " else { return false }
        let allowed: Set<Unicode.Scalar> = [" ", "-", "_", ".", "/", "(", ")", "’", "–", "—", "+", "="]
        for scalar in text.unicodeScalars {
            let value = scalar.value
            guard value >= 0x20, value != 0x7F, !(0x80...0x9F).contains(value), value != 0x2028, value != 0x2029,
                  value != 0xFEFF, value != 0xA0, value != 0xFFFE, value != 0xFFFF
            else { return false }
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || allowed.contains(scalar) { continue }
            if value >= 0x80, scalar.properties.generalCategory != .control { continue }
            return false
        }
        let reserved: Set<String> = ["y", "n", "yes", "no", "true", "false", "on", "off", "null"]
        return !reserved.contains(text.lowercased()) && !text.contains("  ")
    }
}

extension FrontMatterValue {
    var isScalar: Bool {
        switch self {
        case .list, .mapping: false
        default: true
        }
    }
}
