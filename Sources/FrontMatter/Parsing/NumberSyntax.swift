/// PyYAML's YAML 1.1 patterns for integers and floats, matched on bytes.
enum NumberSyntax {
    /// `[-+]?0b[0-1_]+ | [-+]?0[0-7_]+ | [-+]?(0|[1-9][0-9_]*) | [-+]?0x[0-9a-fA-F_]+ |
    /// [-+]?[1-9][0-9_]*(:[0-5]?[0-9])+`
    static func isInt(_ bytes: [UInt8]) -> Bool {
        let count = bytes.count
        var index = 0
        if index < count, bytes[index] == ASCII.plus || bytes[index] == ASCII.minus { index += 1 }
        guard index < count else { return false }
        if bytes[index] == ASCII.zero {
            if index + 1 == count { return true }
            let marker = bytes[index + 1]
            if marker == 0x62 { // b
                return count > index + 2
                    && bytes[(index + 2)...].allSatisfy { $0 == 0x30 || $0 == 0x31 || $0 == ASCII.underscore }
            }
            if marker == 0x78 { // x
                return count > index + 2
                    && bytes[(index + 2)...].allSatisfy { ASCII.isHexDigit($0) || $0 == ASCII.underscore }
            }
            return bytes[(index + 1)...].allSatisfy { ($0 >= 0x30 && $0 <= 0x37) || $0 == ASCII.underscore }
        }
        guard ASCII.isDigit(bytes[index]) else { return false }
        let end = digitsEnd(bytes, from: index + 1)
        if end == count { return true }
        return sexagesimalEnd(bytes, from: end) == count
    }

    /// `[-+]?([0-9][0-9_]*)\.[0-9_]*([eE][-+][0-9]+)? | \.[0-9][0-9_]*([eE][-+][0-9]+)? |
    /// [-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]* | [-+]?\.(inf|Inf|INF) | \.(nan|NaN|NAN)`
    static func isFloat(_ bytes: [UInt8]) -> Bool {
        let count = bytes.count
        var index = 0
        let isSigned = count > 0 && (bytes[0] == ASCII.plus || bytes[0] == ASCII.minus)
        if isSigned { index = 1 }
        guard index < count else { return false }
        if bytes[index] == ASCII.dot {
            let tail = String(decoding: bytes[(index + 1)...], as: UTF8.self)
            if tail == "inf" || tail == "Inf" || tail == "INF" { return true }
            if isSigned { return false }
            if tail == "nan" || tail == "NaN" || tail == "NAN" { return true }
            guard index + 1 < count, ASCII.isDigit(bytes[index + 1]) else { return false }
            return hasExponentTail(bytes, from: digitsEnd(bytes, from: index + 2))
        }
        guard ASCII.isDigit(bytes[index]) else { return false }
        let end = digitsEnd(bytes, from: index + 1)
        guard end < count else { return false }
        if bytes[end] == ASCII.dot {
            return hasExponentTail(bytes, from: digitsEnd(bytes, from: end + 1))
        }
        guard let groupsEnd = sexagesimalEnd(bytes, from: end), groupsEnd < count, bytes[groupsEnd] == ASCII.dot else {
            return false
        }
        return digitsEnd(bytes, from: groupsEnd + 1) == count
    }

    /// The index after a run of digits and underscores starting at `start`.
    private static func digitsEnd(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index < bytes.count, ASCII.isDigit(bytes[index]) || bytes[index] == ASCII.underscore { index += 1 }
        return index
    }

    /// The index after one or more groups `:[0-5]?[0-9]` starting at `start`, or nil.
    private static func sexagesimalEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        var groups = 0
        while index < bytes.count, bytes[index] == ASCII.colon {
            index += 1
            guard index < bytes.count, ASCII.isDigit(bytes[index]) else { return nil }
            if index + 1 < bytes.count, ASCII.isDigit(bytes[index + 1]) {
                guard bytes[index] <= 0x35 else { return nil }
                index += 2
            } else {
                index += 1
            }
            groups += 1
        }
        return groups > 0 ? index : nil
    }

    /// Whether the bytes from `start` are empty or an exponent `[eE][-+][0-9]+`.
    private static func hasExponentTail(_ bytes: [UInt8], from start: Int) -> Bool {
        if start == bytes.count { return true }
        guard bytes[start] == 0x65 || bytes[start] == 0x45, start + 2 < bytes.count,
              bytes[start + 1] == ASCII.plus || bytes[start + 1] == ASCII.minus else { return false }
        return bytes[(start + 2)...].allSatisfy(ASCII.isDigit)
    }
}
