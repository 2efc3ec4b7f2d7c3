/// The lengths of an SVG root element's `width`, `height` and `viewBox`, in CSS pixels.
enum SVGLength {
    /// CSS pixels per unit for the absolute units (CSS Values 4, 6.2): 96 px are 1 in.
    private static let pixelsPerUnit: [String: Double] = [
        "": 1, "px": 1, "in": 96, "cm": 96 / 2.54, "mm": 96 / 25.4, "q": 96 / 101.6, "pt": 96.0 / 72, "pc": 16,
    ]

    /// A length in pixels, or `nil` for a relative one (`100%`, `2em`, `auto`), a negative one,
    /// or text that is no length.
    static func pixels(_ text: String) -> Double? {
        let trimmed = trimmingWhitespace(text)
        let numberLength = numberPrefixLength(trimmed)
        guard numberLength > 0, let value = Double(String(decoding: trimmed.prefix(numberLength), as: UTF8.self)) else {
            return nil
        }
        let unit = String(decoding: trimmed.dropFirst(numberLength), as: UTF8.self).lowercased()
        guard let scale = pixelsPerUnit[unit], value >= 0 else { return nil }
        return value * scale
    }

    /// The width and height of a `viewBox` ("min-x min-y width height", separated by whitespace
    /// or commas), or `nil` when it is not four numbers with a positive width and height, which
    /// SVG treats as no viewBox.
    static func viewBoxSize(_ text: String) -> (width: Double, height: Double)? {
        let parts = Array(text.utf8).split { SVGHeaderReader.isWhitespace($0) || $0 == UInt8(ascii: ",") }
        guard parts.count == 4 else { return nil }
        var numbers: [Double] = []
        for part in parts {
            guard numberPrefixLength(part) == part.count,
                  let number = Double(String(decoding: part, as: UTF8.self)) else { return nil }
            numbers.append(number)
        }
        guard numbers[2] > 0, numbers[3] > 0, numbers[2].isFinite, numbers[3].isFinite else { return nil }
        return (numbers[2], numbers[3])
    }

    private static func trimmingWhitespace(_ text: String) -> ArraySlice<UInt8> {
        let bytes = Array(text.utf8)
        var slice = bytes[...]
        while let first = slice.first, SVGHeaderReader.isWhitespace(first) { slice = slice.dropFirst() }
        while let last = slice.last, SVGHeaderReader.isWhitespace(last) { slice = slice.dropLast() }
        return slice
    }

    /// How many bytes at the start form a number: a sign, digits with at most one point, and
    /// an exponent (SVG's `<number>`).
    private static func numberPrefixLength(_ bytes: ArraySlice<UInt8>) -> Int {
        var index = bytes.startIndex
        func digits() -> Int {
            let start = index
            while index < bytes.endIndex, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            return index - start
        }
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
        var digitCount = digits()
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: ".") {
            index += 1
            digitCount += digits()
        }
        guard digitCount > 0 else { return 0 }
        let mantissaEnd = index
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.endIndex, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            // "2em" is 2 and the unit em, not a broken exponent.
            if digits() == 0 { index = mantissaEnd }
        }
        return index - bytes.startIndex
    }
}
