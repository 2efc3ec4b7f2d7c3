import Foundation

/// Reads the TOML that Hugo front matter uses: `key = value` lines with strings (basic,
/// literal and multi-line), integers, floats, booleans, dates, arrays and inline tables,
/// dotted keys, and `[table]` headers. Arrays of tables (`[[…]]`) are reported as errors.
struct TOMLReader {
    struct Failure: Error, Equatable {
        var line: Int
        var message: String
    }

    private let characters: [Character]
    private var index = 0
    private var line = 1

    init(_ text: String) {
        characters = Array(text)
    }

    static func read(_ text: String) throws(Failure) -> [SourceField] {
        var reader = TOMLReader(text)
        return try reader.document()
    }

    private mutating func document() throws(Failure) -> [SourceField] {
        var root: [SourceField] = []
        var tablePath: [String] = []
        while true {
            skipBlankAndComments()
            guard let character = peek() else { break }
            if character == "[" {
                if peek(1) == "[" { throw fail("arrays of tables ('[[…]]') are not read") }
                index += 1
                tablePath = try keyPath(until: "]")
                index += 1
                Self.insert(.table([]), at: tablePath, into: &root, replacing: false)
                try endOfLine()
                continue
            }
            let path = try keyPath(until: "=")
            index += 1
            skipSpaces()
            let value = try readValue()
            Self.insert(value, at: tablePath + path, into: &root, replacing: true)
            try endOfLine()
        }
        return root
    }

    private static func insert(_ value: SourceValue, at path: [String], into fields: inout [SourceField], replacing: Bool) {
        guard let key = path.first else { return }
        let index = fields.firstIndex { $0.key == key }
        if path.count == 1 {
            if let index { if replacing { fields[index].value = value } } else { fields.append(SourceField(key: key, value: value)) }
            return
        }
        var inner: [SourceField] = []
        if let index, case .table(let existing) = fields[index].value { inner = existing }
        insert(value, at: Array(path.dropFirst()), into: &inner, replacing: replacing)
        if let index { fields[index].value = .table(inner) } else { fields.append(SourceField(key: key, value: .table(inner))) }
    }

    private mutating func keyPath(until end: Character) throws(Failure) -> [String] {
        var path: [String] = []
        while true {
            skipSpaces()
            guard let character = peek() else { throw fail("a key is not finished") }
            if character == "\"" || character == "'" {
                path.append(try string())
            } else {
                var key = ""
                while let next = peek(), next.isLetter || next.isNumber || next == "_" || next == "-" {
                    key.append(next)
                    index += 1
                }
                guard !key.isEmpty else { throw fail("expected a key, found '\(character)'") }
                path.append(key)
            }
            skipSpaces()
            if peek() == "." {
                index += 1
                continue
            }
            guard peek() == end else { throw fail("expected '\(end)' after the key '\(path.joined(separator: "."))'") }
            return path
        }
    }

    private mutating func readValue() throws(Failure) -> SourceValue {
        guard let character = peek() else { throw fail("a value is missing") }
        switch character {
        case "\"", "'":
            return .string(try string())
        case "[":
            index += 1
            var items: [SourceValue] = []
            while true {
                skipBlankAndComments()
                if peek() == "]" { index += 1; return .list(items) }
                items.append(try readValue())
                skipBlankAndComments()
                if peek() == "," { index += 1 } else if peek() != "]" { throw fail("expected ',' or ']' in an array") }
            }
        case "{":
            index += 1
            var fields: [SourceField] = []
            while true {
                skipSpaces()
                if peek() == "}" { index += 1; return .table(fields) }
                let path = try keyPath(until: "=")
                index += 1
                skipSpaces()
                Self.insert(try readValue(), at: path, into: &fields, replacing: true)
                skipSpaces()
                if peek() == "," { index += 1 } else if peek() != "}" { throw fail("expected ',' or '}' in an inline table") }
            }
        default:
            var word = ""
            while let next = peek(), !(next == "," || next == "]" || next == "}" || next == "#" || next.isNewline) {
                word.append(next)
                index += 1
            }
            return try scalar(word.trimmingCharacters(in: .whitespaces))
        }
    }

    private func scalar(_ word: String) throws(Failure) -> SourceValue {
        switch word {
        case "true": return .bool(true)
        case "false": return .bool(false)
        default: break
        }
        let digits = word.replacingOccurrences(of: "_", with: "")
        if let number = Int(digits) { return .int(number) }
        if let number = Double(digits), digits.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) { return .double(number) }
        if let stamp = SourceDate.timestamp(word) { return .timestamp(stamp) }
        throw fail("'\(word)' is no TOML value")
    }

    private mutating func string() throws(Failure) -> String {
        let quote = characters[index]
        let isMultiLine = peek(1) == quote && peek(2) == quote
        index += isMultiLine ? 3 : 1
        if isMultiLine, peek()?.isNewline == true { advanceLine() }
        var text = ""
        while let character = peek() {
            if character == quote, !isMultiLine || (peek(1) == quote && peek(2) == quote) {
                index += isMultiLine ? 3 : 1
                return text
            }
            if character.isNewline {
                guard isMultiLine else { throw fail("a string is not closed on its line") }
                advanceLine()
                text.append("\n")
                continue
            }
            index += 1
            if character == "\\", quote == "\"" {
                guard let escaped = peek() else { break }
                index += 1
                switch escaped {
                case "n": text.append("\n")
                case "t": text.append("\t")
                case "r": text.append("\r")
                case "\"": text.append("\"")
                case "\\": text.append("\\")
                case "u", "U":
                    let count = escaped == "u" ? 4 : 8
                    let hex = String(characters[index..<min(characters.count, index + count)])
                    index += count
                    guard let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else { throw fail("'\\\(escaped)\(hex)' is no character") }
                    text.unicodeScalars.append(scalar)
                default:
                    if escaped.isNewline, isMultiLine {
                        advanceLine()
                        while let next = peek(), next.isWhitespace { if next.isNewline { advanceLine() } else { index += 1 } }
                    } else {
                        throw fail("'\\\(escaped)' is no escape of TOML")
                    }
                }
                continue
            }
            text.append(character)
        }
        throw fail("a string is not closed")
    }

    private func peek(_ offset: Int = 0) -> Character? {
        index + offset < characters.count ? characters[index + offset] : nil
    }

    private mutating func advanceLine() {
        index += 1
        line += 1
    }

    private mutating func skipSpaces() {
        while let character = peek(), character == " " || character == "\t" { index += 1 }
    }

    private mutating func skipBlankAndComments() {
        while let character = peek() {
            if character == " " || character == "\t" {
                index += 1
            } else if character.isNewline {
                advanceLine()
            } else if character == "#" {
                while let next = peek(), !next.isNewline { index += 1 }
            } else {
                return
            }
        }
    }

    private mutating func endOfLine() throws(Failure) {
        skipSpaces()
        if peek() == "#" { while let next = peek(), !next.isNewline { index += 1 } }
        guard let character = peek() else { return }
        guard character.isNewline else { throw fail("unexpected '\(character)' after a value") }
        advanceLine()
    }

    private func fail(_ message: String) -> Failure {
        Failure(line: line, message: message)
    }
}
