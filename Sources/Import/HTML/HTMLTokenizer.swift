/// Splits an HTML fragment into start tags, end tags, text and comments, as forgivingly as a
/// browser: a `<` that starts no tag is text, and an unclosed comment or tag is text too, so
/// that no words are lost.
struct HTMLTokenizer {
    enum Token: Equatable {
        case startTag(name: String, attributes: [String: String], selfClosing: Bool)
        case endTag(String)
        case text(String)
        case comment(String)
    }

    private let bytes: [UInt8]
    private var index = 0
    /// For each literal searched for: the position from which it is known not to occur, so
    /// that many unclosed comments or tags cost one search, not one each (no quadratic time).
    private var missingFrom: [[UInt8]: Int] = [:]

    init(_ html: String) {
        bytes = Array(html.utf8)
    }

    /// Elements whose content is text up to their end tag, never markup.
    static let rawTextElements: Set<String> = ["script", "style", "textarea", "title", "xmp"]

    mutating func tokens() -> [Token] {
        var tokens: [Token] = []
        var textStart = 0
        func flushText(upTo end: Int) {
            if end > textStart {
                tokens.append(.text(HTMLEntities.decode(String(decoding: bytes[textStart..<end], as: UTF8.self))))
            }
        }
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            let start = index
            guard let token = markup(at: start) else {
                index = start + 1
                continue
            }
            flushText(upTo: start)
            if case .startTag(let name, _, false) = token, Self.rawTextElements.contains(name) {
                tokens.append(token)
                let contentStart = index
                let end = find("</" + name, caseInsensitive: true, from: index) ?? bytes.count
                if end > contentStart {
                    tokens.append(.text(String(decoding: bytes[contentStart..<end], as: UTF8.self)))
                }
                index = end
                textStart = index
                continue
            }
            if let token = token.nonEmpty { tokens.append(token) }
            textStart = index
        }
        flushText(upTo: bytes.count)
        return tokens
    }

    /// The markup that starts at the `<` at `start`, moving past it; nil when it is text.
    private mutating func markup(at start: Int) -> Token? {
        let next = start + 1 < bytes.count ? bytes[start + 1] : 0
        if matches("<!--", at: start) {
            guard let end = find("-->", from: start + 4) else { return nil }
            index = end + 3
            return .comment(String(decoding: bytes[(start + 4)..<end], as: UTF8.self))
        }
        if matches("<![CDATA[", at: start) {
            guard let end = find("]]>", from: start + 9) else { return nil }
            index = end + 3
            return .text(String(decoding: bytes[(start + 9)..<end], as: UTF8.self))
        }
        if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
            guard let end = find(">", from: start + 2) else { return nil }
            index = end + 1
            return .comment("")
        }
        if next == UInt8(ascii: "/") {
            guard start + 2 < bytes.count, Self.isLetter(bytes[start + 2]) else { return nil }
            var position = start + 2
            let name = readName(&position)
            guard let end = find(">", from: position) else { return nil }
            index = end + 1
            return .endTag(name)
        }
        guard Self.isLetter(next) else { return nil }
        var position = start + 1
        let name = readName(&position)
        var attributes: [String: String] = [:]
        while position < bytes.count {
            while position < bytes.count, Self.isSpace(bytes[position]) || bytes[position] == UInt8(ascii: "/") {
                if bytes[position] == UInt8(ascii: "/"), position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: ">") {
                    index = position + 2
                    return .startTag(name: name, attributes: attributes, selfClosing: true)
                }
                position += 1
            }
            guard position < bytes.count else { return nil }
            if bytes[position] == UInt8(ascii: ">") {
                index = position + 1
                return .startTag(name: name, attributes: attributes, selfClosing: false)
            }
            let nameStart = position
            while position < bytes.count, !Self.isSpace(bytes[position]),
                  bytes[position] != UInt8(ascii: "="), bytes[position] != UInt8(ascii: ">") { position += 1 }
            let attribute = String(decoding: bytes[nameStart..<position], as: UTF8.self).lowercased()
            while position < bytes.count, Self.isSpace(bytes[position]) { position += 1 }
            var value = ""
            if position < bytes.count, bytes[position] == UInt8(ascii: "=") {
                position += 1
                while position < bytes.count, Self.isSpace(bytes[position]) { position += 1 }
                guard position < bytes.count else { return nil }
                let quote = bytes[position]
                if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    guard let end = find(String(UnicodeScalar(quote)), from: position + 1) else { return nil }
                    value = String(decoding: bytes[(position + 1)..<end], as: UTF8.self)
                    position = end + 1
                } else {
                    let valueStart = position
                    while position < bytes.count, !Self.isSpace(bytes[position]), bytes[position] != UInt8(ascii: ">") { position += 1 }
                    value = String(decoding: bytes[valueStart..<position], as: UTF8.self)
                }
            }
            if !attribute.isEmpty, attributes[attribute] == nil { attributes[attribute] = HTMLEntities.decode(value) }
        }
        return nil
    }

    private func readName(_ position: inout Int) -> String {
        let start = position
        while position < bytes.count, Self.isLetter(bytes[position]) || (bytes[position] >= 0x30 && bytes[position] <= 0x39)
            || bytes[position] == UInt8(ascii: "-") || bytes[position] == UInt8(ascii: ":") { position += 1 }
        return String(decoding: bytes[start..<position], as: UTF8.self).lowercased()
    }

    private func matches(_ literal: String, at position: Int) -> Bool {
        let literal = Array(literal.utf8)
        guard position + literal.count <= bytes.count else { return false }
        return bytes[position..<(position + literal.count)].elementsEqual(literal)
    }

    private mutating func find(_ literal: String, caseInsensitive: Bool = false, from start: Int) -> Int? {
        let literal = Array(literal.utf8)
        guard let first = literal.first else { return start }
        if let missing = missingFrom[literal], start >= missing { return nil }
        var position = start
        while position + literal.count <= bytes.count {
            let byte = bytes[position]
            if byte == first || (caseInsensitive && byte | 0x20 == first | 0x20) {
                let candidate = bytes[position..<(position + literal.count)]
                if caseInsensitive ? candidate.elementsEqual(literal, by: { $0 | 0x20 == $1 | 0x20 }) : candidate.elementsEqual(literal) {
                    return position
                }
            }
            position += 1
        }
        missingFrom[literal] = min(start, missingFrom[literal] ?? start)
        return nil
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }
}

extension HTMLTokenizer.Token {
    /// Nil for the empty comment that stands for a doctype or processing instruction.
    fileprivate var nonEmpty: Self? {
        if case .comment(let text) = self, text.isEmpty { return nil }
        return self
    }
}
