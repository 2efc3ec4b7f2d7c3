/// Replaces link destinations in Markdown text in one pass: inline links `](dest)`,
/// `](dest "title")`, `](<dest>)` and reference definitions `[id]: dest`.
enum LinkDestinations {
    static func replace(_ replacements: [String: String], in text: String) -> String {
        guard !replacements.isEmpty else { return text }
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + replacements.count * 16)
        var index = 0
        while index < bytes.count {
            // A destination starts after `](`, `](<` or `]: `.
            guard bytes[index] == UInt8(ascii: "]"), index + 1 < bytes.count,
                  bytes[index + 1] == UInt8(ascii: "(") || bytes[index + 1] == UInt8(ascii: ":") else {
                output.append(bytes[index])
                index += 1
                continue
            }
            var start = index + 2
            if bytes[index + 1] == UInt8(ascii: ":") {
                guard start < bytes.count, bytes[start] == UInt8(ascii: " ") else {
                    output.append(bytes[index])
                    index += 1
                    continue
                }
                start += 1
            } else if start < bytes.count, bytes[start] == UInt8(ascii: "<") {
                start += 1
            }
            var end = start
            while end < bytes.count, !isEnd(bytes[end]) { end += 1 }
            let destination = String(decoding: bytes[start..<end], as: UTF8.self)
            output.append(contentsOf: bytes[index..<start])
            if let replacement = replacements[destination] {
                output.append(contentsOf: Array(replacement.utf8))
            } else {
                output.append(contentsOf: bytes[start..<end])
            }
            index = end
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// How often `needle` occurs in `text`, compared byte for byte.
    static func occurrences(of needle: String, in text: String) -> Int {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return 0 }
        var count = 0
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            while index + pattern.count <= bytes.count {
                if bytes[index] == first, bytes[index..<(index + pattern.count)].elementsEqual(pattern) {
                    count += 1
                    index += pattern.count
                } else {
                    index += 1
                }
            }
        }
        return count
    }

    private static func isEnd(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ")") || byte == UInt8(ascii: " ") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\n")
            || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\t")
    }
}
