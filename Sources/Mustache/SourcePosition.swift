import TextCore

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

    /// Lines end with LF, CR LF or a lone CR, as in every message of Zeche.
    init(offset: Int, in bytes: UnsafeBufferPointer<UInt8>) {
        let (line, column) = LineTable(bytes).position(of: offset, in: bytes)
        self.init(line: line, column: column)
    }

    init(offset: Int, in bytes: [UInt8]) {
        self = bytes.withUnsafeBufferPointer { SourcePosition(offset: offset, in: $0) }
    }

    /// `3:5`
    var text: String { "\(line):\(column)" }
}
