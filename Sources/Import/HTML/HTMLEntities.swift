/// Decodes character references in HTML text and attribute values: `&amp;`, `&#8217;`,
/// `&#x2019;`. An unknown name, or a reference without its `;`, stays as written.
enum HTMLEntities {
    static func decode(_ text: Substring) -> String {
        guard text.contains("&") else { return String(text) }
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var rest = text[...]
        while let ampersand = rest.firstIndex(of: "&") {
            output += rest[..<ampersand]
            let afterAmpersand = rest.index(after: ampersand)
            guard let semicolon = rest[afterAmpersand...].prefix(32).firstIndex(of: ";"),
                  let scalar = Self.scalar(for: rest[afterAmpersand..<semicolon]) else {
                output += "&"
                rest = rest[afterAmpersand...]
                continue
            }
            output.unicodeScalars.append(scalar)
            rest = rest[rest.index(after: semicolon)...]
        }
        output += rest
        return output
    }

    static func decode(_ text: String) -> String {
        decode(text[...])
    }

    private static func scalar(for reference: Substring) -> Unicode.Scalar? {
        if reference.hasPrefix("#") {
            let digits = reference.dropFirst()
            let value: UInt32?
            if digits.hasPrefix("x") || digits.hasPrefix("X") {
                value = UInt32(digits.dropFirst(), radix: 16)
            } else {
                value = UInt32(digits, radix: 10)
            }
            guard let value, value != 0 else { return nil }
            // Windows-1252 numbers that old editors wrote for typographic marks (&#146; for ’).
            if (0x80...0x9F).contains(value), let mapped = windows1252[value] { return Unicode.Scalar(mapped) }
            return Unicode.Scalar(value)
        }
        return named[String(reference)].flatMap(Unicode.Scalar.init)
    }

    private static let windows1252: [UInt32: UInt32] = [
        0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
        0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152, 0x8E: 0x017D, 0x91: 0x2018,
        0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC,
        0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A, 0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178,
    ]
}
