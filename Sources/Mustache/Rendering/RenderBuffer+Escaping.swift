extension RenderBuffer {
    /// The bytes HTML escaping replaces, as bits of a mask: `"` 0x22, `&` 0x26, `'` 0x27,
    /// `<` 0x3C and `>` 0x3E. All are below 64, so one shift tests a byte.
    private static let escapedBytes: UInt64 = 1 << 0x22 | 1 << 0x26 | 1 << 0x27 | 1 << 0x3C | 1 << 0x3E

    /// Appends `source` with `& < > " '` replaced by entities, copying the runs between them whole.
    mutating func appendEscaped(_ source: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        var index = 0
        let count = source.count
        while index < count {
            let byte = source[index]
            if byte < 64, RenderBuffer.escapedBytes & (1 << UInt64(byte)) != 0 {
                if index > runStart { append(UnsafeBufferPointer(rebasing: source[runStart..<index])) }
                switch byte {
                case 0x26: append("&amp;")
                case 0x3C: append("&lt;")
                case 0x3E: append("&gt;")
                case 0x22: append("&quot;")
                default: append("&#39;")
                }
                runStart = index + 1
            }
            index += 1
        }
        if count > runStart { append(UnsafeBufferPointer(rebasing: source[runStart..<count])) }
    }

    /// Appends a string's UTF-8, escaped for HTML or not.
    mutating func append(_ string: String, escaped: Bool) {
        var string = string
        string.withUTF8 { utf8 in
            if escaped { appendEscaped(utf8) } else { append(utf8) }
        }
    }

    /// Appends an integer in decimal, without allocating.
    mutating func append(_ value: Int) {
        if value == 0 {
            append(UInt8(ascii: "0"))
            return
        }
        var magnitude = value.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var index = 20
            while magnitude > 0 {
                index -= 1
                digits[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            }
            if value < 0 { append(UInt8(ascii: "-")) }
            append(UnsafeBufferPointer(rebasing: digits[index..<20]))
        }
    }

    /// Appends a double as the spec's data does: `1.21` as `1.21`, a whole number as an integer.
    mutating func append(_ value: Double) {
        if value.isFinite, value == value.rounded(), value.magnitude < 1e15 {
            append(Int(value))
        } else {
            append(value.description, escaped: false)
        }
    }

    /// Appends how `value` interpolates: nothing for null, lists and objects.
    mutating func append(_ value: TemplateValue, escaped: Bool) {
        switch value {
        case .string(let string): append(string, escaped: escaped)
        case .int(let int): append(int)
        case .double(let double): append(double)
        case .bool(let bool): append(bool ? "true" : "false")
        case .null, .array, .object, .record: break
        }
    }
}
