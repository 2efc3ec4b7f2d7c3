/// Gives a plain scalar its type with PyYAML's YAML 1.1 implicit resolvers and constructors:
/// null, bool, int, float and timestamp, matched by hand instead of by regular expressions.
enum ScalarResolver {
    /// What a plain scalar means.
    enum Resolution {
        case value(YAMLValue)
        /// `<<`, YAML 1.1's merge key; the composer merges the mapping it names.
        case mergeKey
        /// A scalar that looks like a number or date but is not a valid one.
        case invalid(message: String, fix: String)
    }

    static func resolve(_ text: String) -> Resolution {
        guard let first = text.utf8.first else { return .value(.null) }
        // PyYAML picks the resolvers by the first character; most text skips all of them.
        switch first {
        case ASCII.tilde, 0x6E, 0x4E: // ~ n N
            if text == "~" || text == "null" || text == "Null" || text == "NULL" { return .value(.null) }
            return resolveBool(text) ?? .value(.string(text))
        case 0x79, 0x59, 0x74, 0x54, 0x66, 0x46, 0x6F, 0x4F: // y Y t T f F o O
            return resolveBool(text) ?? .value(.string(text))
        case ASCII.lessThan:
            return text == "<<" ? .mergeKey : .value(.string(text))
        case ASCII.equals:
            if text == "=" {
                return .invalid(
                    message: "a plain '=' is YAML 1.1's value key, which is not supported",
                    fix: "put it in quotes: \"=\"")
            }
            return .value(.string(text))
        case ASCII.plus, ASCII.minus, ASCII.dot, ASCII.zero...ASCII.nine:
            let bytes = Array(text.utf8)
            if NumberSyntax.isInt(bytes) { return resolveInt(bytes, text: text) }
            if NumberSyntax.isFloat(bytes) { return .value(.double(floatValue(bytes))) }
            if ASCII.isDigit(first), let timestamp = TimestampSyntax(bytes) {
                return timestamp.resolve(text: text)
            }
            return .value(.string(text))
        default:
            return .value(.string(text))
        }
    }

    private static func resolveBool(_ text: String) -> Resolution? {
        switch text {
        case "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON":
            return .value(.bool(true))
        case "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF":
            return .value(.bool(false))
        default:
            return nil
        }
    }

    /// PyYAML's `construct_yaml_int`: underscores dropped, `0b` binary, `0x` hexadecimal,
    /// a leading `0` octal, `:` base 60.
    private static func resolveInt(_ bytes: [UInt8], text: String) -> Resolution {
        var digits = bytes.filter { $0 != ASCII.underscore }
        var isNegative = false
        if digits.first == ASCII.minus || digits.first == ASCII.plus {
            isNegative = digits.first == ASCII.minus
            digits.removeFirst()
        }
        var magnitude: UInt64?
        if digits == [ASCII.zero] {
            magnitude = 0
        } else if digits.count >= 2, digits[0] == ASCII.zero, digits[1] == 0x62 { // 0b
            magnitude = accumulate(digits.dropFirst(2), radix: 2)
        } else if digits.count >= 2, digits[0] == ASCII.zero, digits[1] == 0x78 { // 0x
            magnitude = accumulate(digits.dropFirst(2), radix: 16)
        } else if digits.first == ASCII.zero {
            magnitude = accumulate(digits[...], radix: 8)
        } else if digits.contains(ASCII.colon) {
            magnitude = 0
            for part in digits.split(separator: ASCII.colon, omittingEmptySubsequences: false) {
                guard let total = magnitude, let value = accumulate(part, radix: 10) else {
                    magnitude = nil
                    break
                }
                let (shifted, overflow) = total.multipliedReportingOverflow(by: 60)
                let (sum, overflow2) = shifted.addingReportingOverflow(value)
                magnitude = overflow || overflow2 ? nil : sum
            }
        } else {
            magnitude = accumulate(digits[...], radix: 10)
        }
        // Only `0b` or `0x` followed by nothing but underscores have no digits.
        guard let magnitude else { return invalidNumber(text) }
        if isNegative {
            guard magnitude <= UInt64(Int.max) + 1 else { return tooLarge(text) }
            return .value(.int(magnitude == UInt64(Int.max) + 1 ? Int.min : -Int(magnitude)))
        }
        guard magnitude <= UInt64(Int.max) else { return tooLarge(text) }
        return .value(.int(Int(magnitude)))
    }

    /// The value of `digits` in `radix`, nil when there are none or when it does not fit.
    private static func accumulate(_ digits: ArraySlice<UInt8>, radix: UInt64) -> UInt64? {
        guard !digits.isEmpty else { return nil }
        var total: UInt64 = 0
        for digit in digits {
            guard ASCII.isHexDigit(digit) else { return nil }
            let (shifted, overflow) = total.multipliedReportingOverflow(by: radix)
            let (sum, overflow2) = shifted.addingReportingOverflow(UInt64(ASCII.hexValue(digit)))
            if overflow || overflow2 { return UInt64.max }
            total = sum
        }
        return total
    }

    private static func tooLarge(_ text: String) -> Resolution {
        .invalid(
            message: "the integer '\(shortened(text))' is too large",
            fix: "use a number between \(Int.min) and \(Int.max), or put it in quotes to keep it as text")
    }

    private static func invalidNumber(_ text: String) -> Resolution {
        .invalid(
            message: "'\(shortened(text))' looks like a number but has no digits",
            fix: "write digits after the prefix, or put the value in quotes to keep it as text")
    }

    /// PyYAML's `construct_yaml_float`: underscores dropped, `.inf`, `.nan`, `:` base 60.
    private static func floatValue(_ bytes: [UInt8]) -> Double {
        var text = bytes.filter { $0 != ASCII.underscore }.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        var sign = 1.0
        if text.first == ASCII.minus || text.first == ASCII.plus {
            if text.first == ASCII.minus { sign = -1.0 }
            text.removeFirst()
        }
        let lowered = String(decoding: text, as: UTF8.self)
        if lowered == ".inf" { return sign * .infinity }
        if lowered == ".nan" { return .nan }
        if text.contains(ASCII.colon) {
            var value = 0.0
            var base = 1.0
            for part in lowered.split(separator: ":", omittingEmptySubsequences: false).reversed() {
                value += (Double(part) ?? 0) * base
                base *= 60
            }
            return sign * value
        }
        return sign * (Double(lowered) ?? 0)
    }
}
