extension RenderBuffer {
    /// The bytes HTML escaping replaces, as bits of a mask: `"` 0x22, `&` 0x26, `'` 0x27,
    /// `<` 0x3C and `>` 0x3E. All are below 64, so one shift tests a byte.
    private static let escapedBytes: UInt64 = 1 << 0x22 | 1 << 0x26 | 1 << 0x27 | 1 << 0x3C | 1 << 0x3E

    /// Appends `source` with `& < > " '` replaced by entities, copying the runs between them whole.
    /// Eight bytes are tested at once (`containsEscapedByte`), so that a run of plain text costs
    /// a few operations per word instead of a test and a branch per byte.
    mutating func appendEscaped(_ source: UnsafeBufferPointer<UInt8>) {
        guard let base = source.baseAddress else { return }
        var runStart = 0
        var index = 0
        let count = source.count
        while index < count {
            if index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if !RenderBuffer.containsEscapedByte(word) {
                    index += 8
                    continue
                }
            }
            let end = Swift.min(index + 8, count)
            while index < end {
                let byte = base[index]
                if byte < 64, RenderBuffer.escapedBytes & (1 << UInt64(byte)) != 0 {
                    if index > runStart { append(UnsafeBufferPointer(start: base + runStart, count: index - runStart)) }
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
        }
        if count > runStart { append(UnsafeBufferPointer(start: base + runStart, count: count - runStart)) }
    }

    /// Whether one of the eight bytes of `word` is one that HTML escaping replaces: for each of
    /// them, the word XOR that byte in every lane has a zero byte exactly where it occurs, and
    /// `(x - 0x01…) & ~x & 0x80…` is nonzero exactly when `x` has a zero byte.
    @inline(__always)
    static func containsEscapedByte(_ word: UInt64) -> Bool {
        let lanes: UInt64 = 0x0101_0101_0101_0101
        @inline(__always) func zeroLanes(_ x: UInt64) -> UInt64 { (x &- lanes) & ~x & (lanes &* 0x80) }
        return zeroLanes(word ^ (lanes &* 0x22)) | zeroLanes(word ^ (lanes &* 0x26)) | zeroLanes(word ^ (lanes &* 0x27))
            | zeroLanes(word ^ (lanes &* 0x3C)) | zeroLanes(word ^ (lanes &* 0x3E)) != 0
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
