/// Writes values as YAML that reads back as the same strings.
///
/// Text that YAML would read as something else (a number, a date, `true`, `null`), or that
/// holds a character with a meaning in YAML (`: `, ` #`, quotes, brackets, a leading `-`), is
/// double-quoted with escapes; simple words stay plain, as a person would write them.
package enum YAMLText {
    /// `text` as a YAML scalar, plain when that is safe and double-quoted otherwise.
    package static func scalar(_ text: String) -> String {
        isSafePlain(text) ? text : doubleQuoted(text)
    }

    /// A flow sequence: `[Digitalisierung, "Q&A: Fragen"]`.
    package static func flowSequence(_ items: [String]) -> String {
        "[" + items.map(scalar).joined(separator: ", ") + "]"
    }

    /// `text` in double quotes, with `"`, `\` and control characters escaped.
    package static func doubleQuoted(_ text: String) -> String {
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\t": quoted += "\\t"
            case "\r": quoted += "\\r"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                quoted += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }

    // Words that YAML 1.1 and 1.2 readers take for booleans or null.
    private static let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "y", "n", "null"]

    /// Starts with a letter, holds only letters, digits, single inner spaces and `-._'()/`,
    /// and is not a reserved word: such text means the same plain in any YAML context.
    private static func isSafePlain(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.properties.isAlphabetic,
              text.unicodeScalars.last != " ", !text.contains("  "),
              !reserved.contains(text.lowercased())
        else { return false }
        return text.unicodeScalars.allSatisfy { scalar in
            (scalar.properties.isAlphabetic && !(0x80...0x9F).contains(scalar.value)) || ("0"..."9").contains(scalar)
                || " -._'()/".unicodeScalars.contains(scalar)
        }
    }
}
