/// Characters that a text value of front matter or `site.yml` must not hold because a reader
/// cannot see them: C0 and C1 control characters (tab and line feed excepted) and the
/// bidirectional embeddings, overrides and isolates that can make text display in another
/// order than it is stored (the "Trojan Source" trick, CVE-2021-42574).
///
/// A YAML file cannot hold most of them as they are (the parser refuses raw control
/// characters), but double-quoted escapes such as `"\a"` or `"\u202E"` produce them, and the
/// bidirectional characters are printable as far as YAML is concerned.
enum InvisibleCharacter {
    /// The first such character of `text`, if any.
    static func first(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first(where: isInvisible)
    }

    /// `text` with each such character written as `<U+202E>`, for printing user text on a
    /// terminal: a bidirectional override would reorder what follows it, and an escape
    /// sequence could recolour or clear the screen.
    static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isInvisible) else { return text }
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isInvisible(scalar) {
                output.append(contentsOf: "<\(code(scalar))>".unicodeScalars)
            } else {
                output.append(scalar)
            }
        }
        return String(output)
    }

    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// `U+202E RIGHT-TO-LEFT OVERRIDE`: the code point and the character's name (for control
    /// characters, which have no name, their Unicode name alias).
    static func describe(_ scalar: Unicode.Scalar) -> String {
        let name = scalar.properties.name ?? controlNames[scalar.value]
        return name.map { "\(code(scalar)) \($0)" } ?? code(scalar)
    }

    /// `U+202E`.
    static func code(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    // The `control` aliases of Unicode's NameAliases.txt (C0 controls have no name of their own),
    // with the `figment` aliases where a C1 control has no other.
    private static let controlNames: [UInt32: String] = [
        0x00: "NULL", 0x01: "START OF HEADING", 0x02: "START OF TEXT", 0x03: "END OF TEXT",
        0x04: "END OF TRANSMISSION", 0x05: "ENQUIRY", 0x06: "ACKNOWLEDGE", 0x07: "ALERT",
        0x08: "BACKSPACE", 0x09: "CHARACTER TABULATION", 0x0A: "LINE FEED", 0x0B: "LINE TABULATION",
        0x0C: "FORM FEED", 0x0D: "CARRIAGE RETURN", 0x0E: "SHIFT OUT", 0x0F: "SHIFT IN",
        0x10: "DATA LINK ESCAPE", 0x11: "DEVICE CONTROL ONE", 0x12: "DEVICE CONTROL TWO",
        0x13: "DEVICE CONTROL THREE", 0x14: "DEVICE CONTROL FOUR", 0x15: "NEGATIVE ACKNOWLEDGE",
        0x16: "SYNCHRONOUS IDLE", 0x17: "END OF TRANSMISSION BLOCK", 0x18: "CANCEL", 0x19: "END OF MEDIUM",
        0x1A: "SUBSTITUTE", 0x1B: "ESCAPE", 0x1C: "INFORMATION SEPARATOR FOUR", 0x1D: "INFORMATION SEPARATOR THREE",
        0x1E: "INFORMATION SEPARATOR TWO", 0x1F: "INFORMATION SEPARATOR ONE", 0x7F: "DELETE",
        0x80: "PADDING CHARACTER", 0x81: "HIGH OCTET PRESET", 0x82: "BREAK PERMITTED HERE", 0x83: "NO BREAK HERE",
        0x84: "INDEX", 0x85: "NEXT LINE", 0x86: "START OF SELECTED AREA", 0x87: "END OF SELECTED AREA",
        0x88: "CHARACTER TABULATION SET", 0x89: "CHARACTER TABULATION WITH JUSTIFICATION", 0x8A: "LINE TABULATION SET",
        0x8B: "PARTIAL LINE FORWARD", 0x8C: "PARTIAL LINE BACKWARD", 0x8D: "REVERSE LINE FEED", 0x8E: "SINGLE SHIFT TWO",
        0x8F: "SINGLE SHIFT THREE", 0x90: "DEVICE CONTROL STRING", 0x91: "PRIVATE USE ONE", 0x92: "PRIVATE USE TWO",
        0x93: "SET TRANSMIT STATE", 0x94: "CANCEL CHARACTER", 0x95: "MESSAGE WAITING", 0x96: "START OF GUARDED AREA",
        0x97: "END OF GUARDED AREA", 0x98: "START OF STRING", 0x99: "SINGLE GRAPHIC CHARACTER INTRODUCER",
        0x9A: "SINGLE CHARACTER INTRODUCER", 0x9B: "CONTROL SEQUENCE INTRODUCER", 0x9C: "STRING TERMINATOR",
        0x9D: "OPERATING SYSTEM COMMAND", 0x9E: "PRIVACY MESSAGE", 0x9F: "APPLICATION PROGRAM COMMAND",
    ]
}
