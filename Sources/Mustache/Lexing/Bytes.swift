/// Byte values the lexer and parser look for.
enum Byte {
    static let newline: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let tab: UInt8 = 0x09
    static let dot: UInt8 = 0x2E
    static let star: UInt8 = 0x2A
    static let equals: UInt8 = 0x3D
    static let openBrace: UInt8 = 0x7B
    static let closeBrace: UInt8 = 0x7D
    static let bang: UInt8 = 0x21
    static let ampersand: UInt8 = 0x26
    static let hash: UInt8 = 0x23
    static let caret: UInt8 = 0x5E
    static let slash: UInt8 = 0x2F
    static let greaterThan: UInt8 = 0x3E
    static let lessThan: UInt8 = 0x3C
    static let dollar: UInt8 = 0x24

    /// Space or tab: the whitespace that indents a line.
    @inline(__always)
    static func isIndentation(_ byte: UInt8) -> Bool { byte == space || byte == tab }

    /// Any whitespace that may pad a tag's content.
    @inline(__always)
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == space || byte == tab || byte == newline || byte == carriageReturn
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The first occurrence of `needle` in `from..<limit`, or `nil`.
    func firstRange(of needle: [UInt8], from: Int, limit: Int? = nil) -> Int? {
        let end = limit ?? count
        guard let first = needle.first, needle.count <= end - from else { return nil }
        let last = end - needle.count
        var index = from
        while index <= last {
            if self[index] == first {
                var matched = 1
                while matched < needle.count, self[index + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return index }
            }
            index += 1
        }
        return nil
    }

    /// The text of `range` for a message, cut at the first line break and after `limit` bytes.
    func snippet(_ start: Int, _ end: Int, limit: Int = 40) -> String {
        var stop = start
        while stop < end, stop - start < limit, self[stop] != Byte.newline, self[stop] != Byte.carriageReturn {
            stop += 1
        }
        while stop > start, Byte.isIndentation(self[stop - 1]) { stop -= 1 }
        let text = String(decoding: UnsafeBufferPointer(rebasing: self[start..<stop]), as: UTF8.self)
        return stop < end && stop - start >= limit ? text + "…" : text
    }

    /// The bytes of `start..<end` as a string, with invalid UTF-8 replaced.
    func string(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: self[start..<end]), as: UTF8.self)
    }
}
