/// A 1-based line and column in a template's source.
///
/// Computed from a byte offset only when a message is reported. The column counts Unicode
/// scalars, as an editor does: `ä` is one column. Invalid UTF-8 counts as replacement characters.
struct SourcePosition: Sendable, Equatable {
    var line: Int
    var column: Int

    init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    init(offset: Int, in bytes: UnsafeBufferPointer<UInt8>) {
        let offset = min(max(offset, 0), bytes.count)
        var line = 1
        var lineStart = 0
        for index in 0..<offset where bytes[index] == Byte.newline {
            line += 1
            lineStart = index + 1
        }
        let prefix = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<offset]), as: UTF8.self)
        self.init(line: line, column: prefix.unicodeScalars.count + 1)
    }

    init(offset: Int, in bytes: [UInt8]) {
        self = bytes.withUnsafeBufferPointer { SourcePosition(offset: offset, in: $0) }
    }

    /// `3:5`
    var text: String { "\(line):\(column)" }
}
