/// Writes a press contact as a vCard 3.0 (RFC 2426), the file behind the contact box's
/// "save contact" link.
///
/// Version 3.0 rather than 4.0 (RFC 6350): Outlook on Windows and many phones' importers read
/// 2.1 and 3.0 only, and a journalist should be able to save the contact wherever they work.
/// What 4.0 adds that a contact has (`LANG` for the languages) goes into `NOTE` instead.
/// Lines end in CR LF and are folded at 75 bytes, never inside a UTF-8 character.
struct VCardWriter {
    let site: Site

    func write(_ contact: Contact) -> String {
        let urls = site.config.urls
        let name = Self.structuredName(contact.name)
        var lines = [
            "BEGIN:VCARD",
            "VERSION:3.0",
            "N:" + [name.family, name.given, "", name.prefixes, ""].map(Self.escaped).joined(separator: ";"),
            "FN:" + Self.escaped(contact.name),
            "ORG:" + Self.escaped(site.config.publisherName),
        ]
        if let role = contact.role { lines.append("TITLE:" + Self.escaped(role)) }
        if let phone = contact.phoneE164 { lines.append("TEL;TYPE=WORK,VOICE:" + phone) }
        if let email = contact.email { lines.append("EMAIL;TYPE=INTERNET,WORK:" + Self.escaped(email)) }
        if let photo = contact.photo { lines.append("PHOTO;VALUE=uri:" + urls.absolute(photo.url)) }
        lines.append("URL:" + urls.absolute(contact.url))
        var note: [String] = []
        if !contact.languages.isEmpty { note.append("\(site.strings["languages"]): \(contact.languages.joined(separator: ", "))") }
        if !contact.bioText.isEmpty { note.append(contact.bioText) }
        if !note.isEmpty { lines.append("NOTE:" + Self.escaped(note.joined(separator: "\n"))) }
        lines.append("END:VCARD")
        return lines.map(Self.folded).joined(separator: "\r\n") + "\r\n"
    }

    /// Family name, given names and honorific prefixes: "Dr. Lena Marie Hoffmann" →
    /// ("Hoffmann", "Lena Marie", "Dr."). The last word is taken as the family name.
    static func structuredName(_ name: String) -> (family: String, given: String, prefixes: String) {
        var words = name.split(separator: " ").map(String.init)
        var prefixes: [String] = []
        while words.count > 1, let first = words.first, first.hasSuffix(".") {
            prefixes.append(first)
            words.removeFirst()
        }
        let family = words.popLast() ?? ""
        return (family, words.joined(separator: " "), prefixes.joined(separator: " "))
    }

    /// A text value: backslash, comma, semicolon and line breaks escaped (RFC 2426 5.8.4).
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case ",": result += "\\,"
            case ";": result += "\\;"
            case "\n", "\r\n", "\r": result += "\\n"
            default: result.append(character)
            }
        }
        return result
    }

    /// A content line folded into lines of at most 75 bytes; each continuation starts with a
    /// space.
    static func folded(_ line: String) -> String {
        var parts: [String] = []
        var current = ""
        var currentBytes = 0
        for character in line {
            let size = character.utf8.count
            let limit = parts.isEmpty ? 75 : 74
            if currentBytes + size > limit {
                parts.append(current)
                current = ""
                currentBytes = 0
            }
            current.append(character)
            currentBytes += size
        }
        parts.append(current)
        return parts.joined(separator: "\r\n ")
    }
}
