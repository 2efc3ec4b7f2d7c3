/// What a build did to the output folder: files written, files kept as they were (same
/// inode and modification time), files removed, and the bytes written.
public struct OutputSummary: Sendable, Equatable {
    public var written: Int
    public var bytesWritten: Int
    public var unchanged: Int
    public var removed: Int

    public init(written: Int, bytesWritten: Int, unchanged: Int, removed: Int) {
        self.written = written
        self.bytesWritten = bytesWritten
        self.unchanged = unchanged
        self.removed = removed
    }

    /// One line for `zeche build`: `Output/: 12 files written (84 KB), 19,088 unchanged, 0 removed`.
    public func line(for displayPath: String) -> String {
        let files = written == 1 ? "1 file" : "\(Self.grouped(written)) files"
        return "\(displayPath): \(files) written (\(Self.size(bytesWritten))), \(Self.grouped(unchanged)) unchanged, \(Self.grouped(removed)) removed"
    }

    /// `19,088`.
    static func grouped(_ value: Int) -> String {
        let digits = Array(String(value))
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return text
    }

    /// Bytes in the unit that keeps the number short: `812 bytes`, `84 KB`, `3.4 MB`, `1.2 GB`.
    static func size(_ bytes: Int) -> String {
        if bytes < 1_000 { return bytes == 1 ? "1 byte" : "\(bytes) bytes" }
        for (unit, scale) in [("KB", 1e3), ("MB", 1e6), ("GB", 1e9)] {
            let value = Double(bytes) / scale
            if value < 999.5 || unit == "GB" {
                let rounded = value < 9.95 ? (value * 10).rounded() / 10 : value.rounded()
                return (rounded == rounded.rounded() ? "\(Int(rounded))" : "\(rounded)") + " " + unit
            }
        }
        return "\(bytes) bytes"
    }
}
