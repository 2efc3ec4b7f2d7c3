/// JSON as the differential tests compare it: integers and floats stay apart, object members
/// keep their order, and numbers compare by value.
public enum JSONValue: Equatable, CustomStringConvertible {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([Member])

    public struct Member: Equatable {
        public var key: String
        public var value: JSONValue
    }

    public var description: String {
        switch self {
        case .null: "null"
        case .bool(let flag): "\(flag)"
        case .int(let number): "int \(number)"
        case .double(let number): "float \(number)"
        case .string(let text): "\"\(text)\""
        case .array(let items): "[" + items.map(\.description).joined(separator: ", ") + "]"
        case .object(let members): "{" + members.map { "\"\($0.key)\": \($0.value)" }.joined(separator: ", ") + "}"
        }
    }

    /// Reads JSON text; a number with `.`, `e` or `E` is a float, any other an integer.
    public init(parsing text: String) throws(JSONSyntaxError) {
        var reader = JSONReader(bytes: Array(text.utf8))
        self = try reader.value()
        reader.skipWhitespace()
        guard reader.index == reader.bytes.count else { throw JSONSyntaxError(offset: reader.index) }
    }
}

public struct JSONSyntaxError: Error, CustomStringConvertible {
    var offset: Int
    public var description: String { "invalid JSON at byte \(offset)" }
}

private struct JSONReader {
    let bytes: [UInt8]
    var index = 0

    var peek: UInt8 { index < bytes.count ? bytes[index] : 0 }

    mutating func skipWhitespace() {
        while [0x20, 0x09, 0x0A, 0x0D].contains(peek) { index += 1 }
    }

    mutating func expect(_ literal: String) throws(JSONSyntaxError) {
        for byte in literal.utf8 {
            guard peek == byte else { throw JSONSyntaxError(offset: index) }
            index += 1
        }
    }

    mutating func value() throws(JSONSyntaxError) -> JSONValue {
        skipWhitespace()
        switch peek {
        case UInt8(ascii: "n"): try expect("null"); return .null
        case UInt8(ascii: "t"): try expect("true"); return .bool(true)
        case UInt8(ascii: "f"): try expect("false"); return .bool(false)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "["):
            index += 1
            var items: [JSONValue] = []
            skipWhitespace()
            if peek == UInt8(ascii: "]") { index += 1; return .array(items) }
            while true {
                items.append(try value())
                skipWhitespace()
                if peek == UInt8(ascii: ",") { index += 1; continue }
                try expect("]")
                return .array(items)
            }
        case UInt8(ascii: "{"):
            index += 1
            var members: [JSONValue.Member] = []
            skipWhitespace()
            if peek == UInt8(ascii: "}") { index += 1; return .object(members) }
            while true {
                skipWhitespace()
                let key = try string()
                skipWhitespace()
                try expect(":")
                members.append(JSONValue.Member(key: key, value: try value()))
                skipWhitespace()
                if peek == UInt8(ascii: ",") { index += 1; continue }
                try expect("}")
                return .object(members)
            }
        default:
            return try number()
        }
    }

    mutating func number() throws(JSONSyntaxError) -> JSONValue {
        let start = index
        var isFloat = false
        while index < bytes.count, "+-0123456789.eE".utf8.contains(bytes[index]) {
            if "eE.".utf8.contains(bytes[index]) { isFloat = true }
            index += 1
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if isFloat, let number = Double(text) { return .double(number) }
        if !isFloat, let number = Int(text) { return .int(number) }
        throw JSONSyntaxError(offset: start)
    }

    mutating func string() throws(JSONSyntaxError) -> String {
        try expect("\"")
        var scalars = String.UnicodeScalarView()
        var run: [UInt8] = []
        func flush() {
            scalars.append(contentsOf: String(decoding: run, as: UTF8.self).unicodeScalars)
            run.removeAll()
        }
        while true {
            guard index < bytes.count else { throw JSONSyntaxError(offset: index) }
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "\"") { break }
            guard byte == UInt8(ascii: "\\") else { run.append(byte); continue }
            flush()
            let escape = peek
            index += 1
            switch escape {
            case UInt8(ascii: "n"): scalars.append("\n")
            case UInt8(ascii: "t"): scalars.append("\t")
            case UInt8(ascii: "r"): scalars.append("\r")
            case UInt8(ascii: "b"): scalars.append("\u{8}")
            case UInt8(ascii: "f"): scalars.append("\u{C}")
            case UInt8(ascii: "/"), UInt8(ascii: "\\"), UInt8(ascii: "\""): scalars.append(Unicode.Scalar(escape))
            case UInt8(ascii: "u"):
                var code = try hex4()
                if (0xD800..<0xDC00).contains(code), peek == UInt8(ascii: "\\") {
                    index += 1
                    try expect("u")
                    let low = try hex4()
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let scalar = Unicode.Scalar(code) else { throw JSONSyntaxError(offset: index) }
                scalars.append(scalar)
            default:
                throw JSONSyntaxError(offset: index)
            }
        }
        flush()
        return String(scalars)
    }

    mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
        guard index + 4 <= bytes.count,
              let code = UInt32(String(decoding: bytes[index..<(index + 4)], as: UTF8.self), radix: 16)
        else { throw JSONSyntaxError(offset: index) }
        index += 4
        return code
    }
}

extension JSONValue {
    /// The value of the first member named `key`, if this is an object.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }
}
