/// The one JSON writer of Zeche: turns a `JSONValue` into text.
public struct JSONWriter: Sendable {
    /// Members sorted by key (by code point, like Python's `sort_keys`) instead of as given.
    public var sortsKeys = false
    /// Members and items on lines of their own, indented by `indentWidth` spaces, with a space
    /// after each colon, as Python's `json.dumps(indent=2)` writes them.
    public var isPretty = false
    public var indentWidth = 2
    /// `<`, `>`, `&`, U+2028 and U+2029 written as `\u` escapes, so that the text is safe
    /// inside an HTML `<script>` element and in JavaScript: no value can end the element or
    /// open a comment.
    public var escapesForHTML = false

    public init(sortsKeys: Bool = false, isPretty: Bool = false, indentWidth: Int = 2, escapesForHTML: Bool = false) {
        self.sortsKeys = sortsKeys
        self.isPretty = isPretty
        self.indentWidth = indentWidth
        self.escapesForHTML = escapesForHTML
    }

    /// The value as JSON text.
    public func text(_ value: JSONValue) -> String {
        var output: [UInt8] = []
        write(value, depth: 0, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// A string as a JSON string literal, quotes included.
    public func quoted(_ string: String) -> String {
        var output: [UInt8] = []
        writeString(string, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends a string as a JSON string literal, quotes included, to `output`: for writers
    /// that stream large JSON files themselves (the search index) with this writer's escaping.
    public func appendQuoted(_ string: String, to output: inout [UInt8]) {
        writeString(string, into: &output)
    }

    /// Appends valid UTF-8 bytes as a JSON string literal, quotes included, as
    /// `appendQuoted(_:to:)` does for a string: for texts read as bytes, of which a string
    /// would check the UTF-8 again.
    public func appendQuoted(utf8 bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        guard let base = bytes.baseAddress else { return output.append(contentsOf: "\"\"".utf8) }
        let isSpecial = escapesForHTML ? Self.htmlSpecialBytes : Self.plainSpecialBytes
        isSpecial.withUnsafeBufferPointer { isSpecial in
            writeQuoted(base, length: bytes.count, into: &output) { index in
                var end = index
                while end < bytes.count, !isSpecial[Int(bytes[end])] { end += 1 }
                return end - index
            }
        }
    }

    private func write(_ value: JSONValue, depth: Int, into output: inout [UInt8]) {
        switch value {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .int(let number): output.append(contentsOf: String(number).utf8)
        case .number(let text): output.append(contentsOf: text.utf8)
        case .string(let text): writeString(text, into: &output)
        case .array(let items):
            output.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                newline(depth + 1, into: &output)
                write(item, depth: depth + 1, into: &output)
            }
            if !items.isEmpty { newline(depth, into: &output) }
            output.append(UInt8(ascii: "]"))
        case .object(var members):
            if sortsKeys {
                // Stable for equal keys, which JSON allows.
                members = members.enumerated().sorted { lhs, rhs in
                    lhs.element.key.precedesInUTF8(rhs.element.key)
                        || (lhs.element.key == rhs.element.key && lhs.offset < rhs.offset)
                }.map(\.element)
            }
            output.append(UInt8(ascii: "{"))
            for (index, member) in members.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                newline(depth + 1, into: &output)
                writeString(member.key, into: &output)
                output.append(UInt8(ascii: ":"))
                if isPretty { output.append(UInt8(ascii: " ")) }
                write(member.value, depth: depth + 1, into: &output)
            }
            if !members.isEmpty { newline(depth, into: &output) }
            output.append(UInt8(ascii: "}"))
        }
    }

    private func newline(_ depth: Int, into output: inout [UInt8]) {
        guard isPretty else { return }
        output.append(UInt8(ascii: "\n"))
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * indentWidth))
    }

    /// Runs that need no escape are found with a table of the bytes that do, and copied whole:
    /// a 50 MB article in a feed takes milliseconds, even in a debug build. (`strcspn` found
    /// them before, but glibc's generic version builds a table of its own at every call, and a
    /// build writes some hundred thousand short strings.)
    private func writeString(_ text: String, into output: inout [UInt8]) {
        var text = text
        text.withUTF8 { appendQuoted(utf8: $0, to: &output) }
    }

    /// Writes `length` bytes as a JSON string literal; `plainRun(index)` is the number of
    /// bytes from `index` on that need no escape (at least up to the next that does).
    private func writeQuoted(_ bytes: UnsafePointer<UInt8>, length: Int, into output: inout [UInt8], plainRun: (Int) -> Int) {
        output.append(UInt8(ascii: "\""))
        var index = 0
        while index < length {
            let run = plainRun(index)
            output.append(contentsOf: UnsafeBufferPointer(start: bytes + index, count: min(run, length - index)))
            index += run
            guard index < length else { break }
            index += escape(bytes, at: index, length: length, into: &output)
        }
        output.append(UInt8(ascii: "\""))
    }

    /// Appends the escape of the byte at `index` (or the byte itself) and returns how many
    /// bytes it took.
    private func escape(_ bytes: UnsafePointer<UInt8>, at index: Int, length: Int, into output: inout [UInt8]) -> Int {
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: "\""): output.append(contentsOf: "\\\"".utf8)
        case UInt8(ascii: "\\"): output.append(contentsOf: "\\\\".utf8)
        case 0x0A: output.append(contentsOf: "\\n".utf8)
        case 0x0D: output.append(contentsOf: "\\r".utf8)
        case 0x09: output.append(contentsOf: "\\t".utf8)
        case 0x08: output.append(contentsOf: "\\b".utf8)
        case 0x0C: output.append(contentsOf: "\\f".utf8)
        case ..<0x20, 0x7F, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"): Self.appendEscape(UInt32(byte), to: &output)
        // U+2028 and U+2029 (E2 80 A8, E2 80 A9) end a line in JavaScript before ES2019.
        case 0xE2 where index + 2 < length && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
            Self.appendEscape(bytes[index + 2] == 0xA8 ? 0x2028 : 0x2029, to: &output)
            return 3
        default: output.append(byte)
        }
        return 1
    }

    /// The bytes a string may need escaped, as flags by byte value: the C0 controls (NUL
    /// included), `"` and `\\`; for HTML also DEL, `< > &` and the lead byte of U+2028 and U+2029.
    private static let plainSpecialBytes = specialFlags(Array(0..<0x20) + Array("\"\\".utf8))
    private static let htmlSpecialBytes = specialFlags(Array(0..<0x20) + Array("\"\\<>&\u{7F}".utf8) + [0xE2])

    private static func specialFlags(_ set: [UInt8]) -> [Bool] {
        var flags = [Bool](repeating: false, count: 256)
        for byte in set { flags[Int(byte)] = true }
        return flags
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func appendEscape(_ scalar: UInt32, to output: inout [UInt8]) {
        output.append(contentsOf: "\\u".utf8)
        for shift in stride(from: 12, through: 0, by: -4) {
            output.append(hexDigits[Int((scalar >> UInt32(shift)) & 0xF)])
        }
    }
}
