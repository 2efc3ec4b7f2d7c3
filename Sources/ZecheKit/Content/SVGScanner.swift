/// The XML reader of `SVGChecker`: one pass over the bytes, strict where XML is strict (quoted
/// attribute values, balanced tags, known entities), so that what it accepts every browser
/// reads the same way.
struct SVGScanner {
    typealias Problem = SVGChecker.Problem

    let bytes: [UInt8]
    private var position = 0
    /// Open elements: local name (lower case) and where the start tag began.
    private var open: [(name: String, offset: Int)] = []
    /// The text of the `<style>` element being read, and where it started.
    private var style: (text: [UInt8], offset: Int)?

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func run() -> Problem? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            position = 3
        } else if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) || bytes.contains(0) {
            return Problem(offset: 0, message: "the file is not UTF-8 text (UTF-16 or binary)")
        }
        // Without a declaration of another encoding the file must be UTF-8; browsers stop at
        // the first invalid byte, and a checker that read on would see what they do not.
        if !Self.declaresSingleByteEncoding(bytes), let invalid = Self.firstInvalidUTF8(bytes) {
            return Problem(offset: invalid, message: "a byte that is not UTF-8 (0x\(String(bytes[invalid], radix: 16, uppercase: true)))")
        }
        while position < bytes.count {
            guard let next = bytes[position...].firstIndex(of: UInt8(ascii: "<")) else {
                style?.text += bytes[position...]
                break
            }
            style?.text += bytes[position..<next]
            position = next
            if let problem = markup() { return problem }
        }
        if let unclosed = open.last {
            return Problem(offset: unclosed.offset, message: "the element <\(unclosed.name)> is not closed; the file is not well-formed XML")
        }
        return nil
    }

    private func starts(with text: StaticString, at offset: Int) -> Bool {
        let count = text.utf8CodeUnitCount
        guard offset + count <= bytes.count else { return false }
        return text.withUTF8Buffer { prefix in
            (0..<count).allSatisfy { index in
                let byte = bytes[offset + index]
                return (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) == (prefix[index] >= 0x41 && prefix[index] <= 0x5A ? prefix[index] | 0x20 : prefix[index])
            }
        }
    }

    private func find(_ text: StaticString, from offset: Int) -> Int? {
        var candidate = offset
        while candidate < bytes.count {
            guard let found = bytes[candidate...].firstIndex(of: text.utf8Start.pointee) else { return nil }
            if starts(with: text, at: found) { return found }
            candidate = found + 1
        }
        return nil
    }

    /// Reads the markup at `position` (a `<`) and moves past it.
    private mutating func markup() -> Problem? {
        let start = position
        if starts(with: "<!--", at: start) {
            guard let end = find("-->", from: start + 4) else { return Problem(offset: start, message: "a comment that is not closed") }
            position = end + 3
        } else if starts(with: "<![CDATA[", at: start) {
            guard let end = find("]]>", from: start + 9) else { return Problem(offset: start, message: "a CDATA section that is not closed") }
            style?.text += bytes[(start + 9)..<end]
            position = end + 3
        } else if starts(with: "<!DOCTYPE", at: start) {
            return doctype()
        } else if starts(with: "<!", at: start) {
            return Problem(offset: start, message: starts(with: "<!ENTITY", at: start)
                ? "an entity declaration, which can make a parser expand a few bytes into gigabytes"
                : "an XML declaration ('<!') that SVG pictures do not need")
        } else if starts(with: "<?", at: start) {
            return processingInstruction()
        } else if starts(with: "</", at: start) {
            return endTag()
        } else {
            return startTag()
        }
        return nil
    }

    /// `<!DOCTYPE svg PUBLIC "…" "…">` is fine; an internal subset (`[ … ]`) declares entities.
    private mutating func doctype() -> Problem? {
        let start = position
        var index = start + 9
        var quote: UInt8?
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: "[") {
                return Problem(offset: start, message: "a DOCTYPE with declarations ('['), which can define entities")
            } else if byte == UInt8(ascii: ">") {
                position = index + 1
                return nil
            }
            index += 1
        }
        return Problem(offset: start, message: "a DOCTYPE that is not closed")
    }

    /// `<?xml …?>` must name an encoding that is ASCII-compatible; `<?xml-stylesheet?>` loads
    /// a stylesheet or an XSLT program and is refused; other instructions mean nothing to
    /// browsers.
    private mutating func processingInstruction() -> Problem? {
        let start = position
        guard let end = find("?>", from: start + 2) else { return Problem(offset: start, message: "a processing instruction ('<?') that is not closed") }
        let body = bytes[(start + 2)..<end]
        // XML lets an instruction hold '<', but libxml2 reads markup in a broken declaration
        // (`<?xml x<svg …?>`) as elements: a picture needs neither.
        if body.contains(UInt8(ascii: "<")) {
            return Problem(offset: start, message: "a '<' inside a processing instruction ('<?…?>')")
        }
        let target = String(decoding: body.prefix { !Self.isSpace($0) }, as: UTF8.self).lowercased()
        if target == "xml-stylesheet" {
            return Problem(offset: start, message: "an <?xml-stylesheet?> instruction, which loads a stylesheet or an XSLT program")
        }
        if target == "xml", let encoding = Self.pseudoAttribute("encoding", in: String(decoding: body, as: UTF8.self)),
           !SVGChecker.allowedEncodings.contains(encoding.lowercased()) {
            return Problem(offset: start, message: "the encoding '\(encoding)'; pictures must be UTF-8 (or Latin-1)")
        }
        position = end + 2
        return nil
    }

    private mutating func endTag() -> Problem? {
        let start = position
        var index = start + 2
        let nameStart = index
        while index < bytes.count, !Self.isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
        let name = Self.localName(bytes[nameStart..<index])
        while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
        guard index < bytes.count, bytes[index] == UInt8(ascii: ">") else { return Problem(offset: start, message: "an end tag that is not closed") }
        guard let last = open.popLast(), last.name == name else {
            return Problem(offset: start, message: "the end tag </\(name)> does not match the open element; the file is not well-formed XML")
        }
        if name == "style", let css = style {
            style = nil
            if let problem = Self.decodedProblem(css.text, offset: css.offset, check: SVGChecker.cssProblem) { return problem }
        }
        position = index + 1
        return nil
    }

    private mutating func startTag() -> Problem? {
        let start = position
        var index = start + 1
        while index < bytes.count, !Self.isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">"), bytes[index] != UInt8(ascii: "/") {
            index += 1
        }
        guard index > start + 1 else { return Problem(offset: start, message: "a '<' that starts no tag; the file is not well-formed XML") }
        let name = Self.localName(bytes[(start + 1)..<index])
        if SVGChecker.refusedElements.contains(name) {
            let written = Self.localName(bytes[(start + 1)..<index], lowercased: false)
            return Problem(offset: start, message: "a <\(written)> element, which \(name == "script" || name == "handler" || name == "listener" ? "runs a script" : "can run scripts or load other documents")")
        }
        guard style == nil else { return Problem(offset: start, message: "an element inside <style>") }
        while true {
            while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
            guard index < bytes.count else { return Problem(offset: start, message: "a start tag that is not closed") }
            if bytes[index] == UInt8(ascii: ">") {
                open.append((name, start))
                if name == "style" { style = ([], index + 1) }
                position = index + 1
                return nil
            }
            if bytes[index] == UInt8(ascii: "/") {
                guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ">") else { return Problem(offset: index, message: "a '/' inside a tag") }
                position = index + 2
                return nil
            }
            if let problem = attribute(at: &index, element: name) { return problem }
        }
    }

    /// Reads one `name="value"` and checks it.
    private func attribute(at index: inout Int, element: String) -> Problem? {
        let start = index
        while index < bytes.count, !Self.isSpace(bytes[index]), bytes[index] != UInt8(ascii: "="), bytes[index] != UInt8(ascii: ">"),
              bytes[index] != UInt8(ascii: "/") {
            index += 1
        }
        let fullName = String(decoding: bytes[start..<index], as: UTF8.self)
        let name = Self.localName(bytes[start..<index])
        while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else {
            return Problem(offset: start, message: "the attribute '\(fullName)' has no value; the file is not well-formed XML")
        }
        index += 1
        while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else {
            return Problem(offset: start, message: "the value of '\(fullName)' is not in quotes; the file is not well-formed XML")
        }
        let quote = bytes[index]
        let valueStart = index + 1
        guard let valueEnd = bytes[valueStart...].firstIndex(of: quote) else {
            return Problem(offset: start, message: "the value of '\(fullName)' is not closed")
        }
        index = valueEnd + 1
        let raw = bytes[valueStart..<valueEnd]
        if raw.contains(UInt8(ascii: "<")) {
            return Problem(offset: start, message: "a '<' in the value of '\(fullName)'; the file is not well-formed XML")
        }
        let normalized = Self.normalizedWhitespace(raw)
        guard let value = Self.decodeEntities(raw), let xmlValue = normalized.map(Self.decodeEntities) ?? value else {
            return Problem(offset: start, message: "an unknown entity ('&…;') in the value of '\(fullName)'")
        }
        // Namespace declarations name a namespace; nothing is loaded from them.
        if fullName.lowercased() == "xmlns" || fullName.lowercased().hasPrefix("xmlns:") { return nil }
        if name.hasPrefix("on") {
            return Problem(offset: start, message: "the event handler attribute '\(fullName)', which runs a script")
        }
        // An XML parser hands each tab and line end written in a value on as a space (XML 1.0,
        // 3.3.3); an HTML parser reading the same markup inline keeps them. Both readings must pass.
        for reading in value == xmlValue ? [value] : [value, xmlValue] {
            if let problem = Self.valueProblem(reading, name: name, element: element) { return Problem(offset: start, message: "\(problem) in '\(fullName)'") }
        }
        return nil
    }

    /// What an attribute `name` of `element` with the value `value` could load or run, if anything.
    private static func valueProblem(_ value: String, name: String, element: String) -> String? {
        if let problem = SVGChecker.scriptURLProblem(value) { return problem }
        if SVGChecker.urlAttributes.contains(name), let problem = SVGChecker.urlProblem(value) { return problem }
        if SVGChecker.animationElements.contains(element), SVGChecker.animationValues.contains(name) {
            for part in value.split(separator: ";") {
                if let problem = SVGChecker.urlProblem(String(part)) { return problem }
            }
        }
        if name == "style" || value.lowercased().contains("url(") { return SVGChecker.cssProblem(value) }
        return nil
    }

    /// An attribute's bytes as an XML parser reads them before it decodes entities: each line
    /// end (CR LF, CR, LF) and tab becomes a space; `nil` when it has none.
    private static func normalizedWhitespace(_ raw: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        guard raw.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return nil }
        var result: [UInt8] = []
        result.reserveCapacity(raw.count)
        var index = raw.startIndex
        while index < raw.endIndex {
            let byte = raw[index]
            index += 1
            guard byte == 0x09 || byte == 0x0A || byte == 0x0D else {
                result.append(byte)
                continue
            }
            if byte == 0x0D, index < raw.endIndex, raw[index] == 0x0A { index += 1 }
            result.append(0x20)
        }
        return result[...]
    }

    /// The check of `text` after its entities are decoded (XML decodes them before CSS sees
    /// the text); an unknown entity is a problem of its own.
    private static func decodedProblem(_ text: [UInt8], offset: Int, check: (String) -> String?) -> Problem? {
        guard let decoded = decodeEntities(text[...]) else {
            return Problem(offset: offset, message: "an unknown entity ('&…;') in a <style> element")
        }
        return check(decoded).map { Problem(offset: offset, message: "\($0) in a <style> element") }
    }

    /// The text with XML's five entities and character references replaced; `nil` when it
    /// uses another entity (which only a DTD could define, and DTDs are refused).
    static func decodeEntities(_ raw: ArraySlice<UInt8>) -> String? {
        guard raw.contains(UInt8(ascii: "&")) else { return String(decoding: raw, as: UTF8.self) }
        var result = ""
        var index = raw.startIndex
        while index < raw.endIndex {
            guard raw[index] == UInt8(ascii: "&") else {
                let next = raw[index...].firstIndex(of: UInt8(ascii: "&")) ?? raw.endIndex
                result += String(decoding: raw[index..<next], as: UTF8.self)
                index = next
                continue
            }
            guard let semicolon = raw[index...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else { return nil }
            let name = String(decoding: raw[(index + 1)..<semicolon], as: UTF8.self)
            switch name {
            case "lt": result += "<"
            case "gt": result += ">"
            case "amp": result += "&"
            case "quot": result += "\""
            case "apos": result += "'"
            default:
                let number: UInt32?
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    number = UInt32(name.dropFirst(2), radix: 16)
                } else if name.hasPrefix("#") {
                    number = UInt32(name.dropFirst(), radix: 10)
                } else {
                    number = nil
                }
                guard let number, let scalar = Unicode.Scalar(number) else { return nil }
                result.unicodeScalars.append(scalar)
            }
            index = semicolon + 1
        }
        return result
    }

    /// The local part of a name (after the last `:`), in lower case unless told otherwise.
    static func localName(_ bytes: ArraySlice<UInt8>, lowercased: Bool = true) -> String {
        let local = bytes.lastIndex(of: UInt8(ascii: ":")).map { bytes[($0 + 1)...] } ?? bytes
        return String(decoding: local.map { lowercased && $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// A pseudo-attribute's value in `<?xml version="1.0" encoding="UTF-8"?>`.
    static func pseudoAttribute(_ name: String, in text: String) -> String? {
        guard let found = text.range(of: name) else { return nil }
        let rest = text[found.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(rest.dropFirst().prefix { $0 != quote })
    }

    /// Whether the XML declaration names a one-byte encoding such as Latin-1.
    static func declaresSingleByteEncoding(_ bytes: [UInt8]) -> Bool {
        guard bytes.starts(with: Array("<?xml".utf8)), let end = bytes.prefix(200).firstIndex(of: UInt8(ascii: ">")),
              let encoding = pseudoAttribute("encoding", in: String(decoding: bytes[..<end], as: UTF8.self))?.lowercased()
        else { return false }
        return SVGChecker.allowedEncodings.contains(encoding) && !["utf-8", "utf8"].contains(encoding)
    }

    /// The offset of the first byte that is not part of valid UTF-8, or `nil`.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
