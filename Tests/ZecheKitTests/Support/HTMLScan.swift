import Foundation

/// A strict reading of the HTML Zeche writes, to prove that no text broke out of its place.
///
/// Zeche escapes `<`, `>`, `&`, `"` and `'` in every value and quotes every attribute with
/// `"`, so every `<` of a page must start a comment, a doctype or a well-formed tag, every
/// attribute value must be double-quoted without a `<` in it, and a `<script>` element runs
/// to the first `</script`. Anything else is a problem: text that became markup.
struct HTMLScan {
    struct Tag {
        let name: String
        let attributes: [(name: String, value: String?)]
        let isEnd: Bool

        func value(of attribute: String) -> String? {
            attributes.first { $0.name == attribute }?.value.flatMap { $0 }
        }
    }

    private(set) var tags: [Tag] = []
    /// Each `<script>` start tag with the raw text up to its end tag.
    private(set) var scripts: [(tag: Tag, content: String)] = []
    private(set) var problems: [String] = []

    init(_ html: String) {
        let bytes = Array(html.utf8)
        var index = 0
        func starts(with text: String, at position: Int) -> Bool {
            let prefix = Array(text.utf8)
            return position + prefix.count <= bytes.count
                && bytes[position..<(position + prefix.count)].map { $0 | ($0 >= 0x41 && $0 <= 0x5A ? 0x20 : 0) }.elementsEqual(prefix)
        }
        func find(_ text: String, from position: Int) -> Int? {
            var candidate = position
            while candidate < bytes.count {
                if starts(with: text, at: candidate) { return candidate }
                candidate += 1
            }
            return nil
        }
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C }
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            if starts(with: "<!--", at: index) {
                guard let end = find("-->", from: index + 4) else {
                    problems.append("a comment that does not end, at byte \(index)")
                    return
                }
                index = end + 3
                continue
            }
            if starts(with: "<!doctype", at: index) {
                index = (find(">", from: index) ?? bytes.count) + 1
                continue
            }
            var position = index + 1
            let isEnd = position < bytes.count && bytes[position] == UInt8(ascii: "/")
            if isEnd { position += 1 }
            guard position < bytes.count, isLetter(bytes[position]) else {
                problems.append("a '<' that starts no tag: \(text(index..<min(bytes.count, index + 30)))")
                index += 1
                continue
            }
            let nameStart = position
            while position < bytes.count, isLetter(bytes[position]) || (bytes[position] >= 0x30 && bytes[position] <= 0x39) { position += 1 }
            let name = text(nameStart..<position).lowercased()
            var attributes: [(name: String, value: String?)] = []
            var closed = false
            while position < bytes.count {
                while position < bytes.count, isSpace(bytes[position]) { position += 1 }
                guard position < bytes.count else { break }
                if bytes[position] == UInt8(ascii: ">") {
                    position += 1
                    closed = true
                    break
                }
                if starts(with: "/>", at: position) {
                    position += 2
                    closed = true
                    break
                }
                let attributeStart = position
                while position < bytes.count, !isSpace(bytes[position]), !"=>/\"'<".utf8.contains(bytes[position]) { position += 1 }
                guard position > attributeStart else {
                    problems.append("'\(text(position..<(position + 1)))' inside <\(name)>")
                    position += 1
                    continue
                }
                let attribute = text(attributeStart..<position).lowercased()
                while position < bytes.count, isSpace(bytes[position]) { position += 1 }
                guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else {
                    attributes.append((attribute, nil))
                    continue
                }
                position += 1
                while position < bytes.count, isSpace(bytes[position]) { position += 1 }
                guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
                    problems.append("the value of '\(attribute)' in <\(name)> is not in double quotes")
                    continue
                }
                guard let end = bytes[(position + 1)...].firstIndex(of: UInt8(ascii: "\"")) else {
                    problems.append("the value of '\(attribute)' in <\(name)> does not end")
                    return
                }
                let value = text((position + 1)..<end)
                if value.contains("<") { problems.append("a '<' in the value of '\(attribute)' in <\(name)>: \(value)") }
                attributes.append((attribute, value))
                position = end + 1
            }
            if !closed { problems.append("<\(name)> does not end") }
            let tag = Tag(name: name, attributes: attributes, isEnd: isEnd)
            tags.append(tag)
            index = position
            if name == "script", !isEnd {
                let end = find("</script", from: index) ?? bytes.count
                scripts.append((tag, text(index..<end)))
                index = end
            }
        }
    }

    /// Text with the character references Zeche and cmark write turned back into characters.
    static func decoded(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var output = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            output += rest[..<ampersand]
            rest = rest[ampersand...]
            guard let semicolon = rest.firstIndex(of: ";"), rest.distance(from: rest.startIndex, to: semicolon) <= 10 else {
                output += "&"
                rest = rest.dropFirst()
                continue
            }
            let entity = rest[rest.index(after: rest.startIndex)..<semicolon]
            let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]
            if let character = named[String(entity)] {
                output += character
            } else if entity.hasPrefix("#x") || entity.hasPrefix("#X"), let code = UInt32(entity.dropFirst(2), radix: 16), let scalar = Unicode.Scalar(code) {
                output.unicodeScalars.append(scalar)
            } else if entity.hasPrefix("#"), let code = UInt32(entity.dropFirst()), let scalar = Unicode.Scalar(code) {
                output.unicodeScalars.append(scalar)
            } else {
                output += "&"
                rest = rest.dropFirst()
                continue
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return output + rest
    }

    /// The decoded text between the start tag that `startTag` begins and the next `</name>`,
    /// or `nil` when the page has no such element; for elements that hold only text.
    static func text(of startTag: String, closing name: String, in html: String) -> String? {
        guard let start = html.range(of: startTag), let end = html.range(of: "</\(name)>", range: start.upperBound..<html.endIndex) else {
            return nil
        }
        return decoded(String(html[start.upperBound..<end.lowerBound]))
    }
}
