#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the lines of a text start, to turn a byte offset into the line and column an editor
/// shows. A line ends at a line feed, a carriage return and line feed, or a lone carriage
/// return, as YAML, cmark and editors count them. Columns count Unicode scalars (`ä` is one).
///
/// Every diagnostic of Zeche that names a line goes through this type.
public struct LineTable: Sendable {
    /// The byte offset where each line starts; `starts[0]` is the offset the table was made
    /// from (after a byte order mark, say).
    public let starts: [Int]

    /// The lines of `bytes`, from `start` on. `memchr` finds the line feeds, so that a 50 MB
    /// text takes milliseconds even in a debug build; a lone carriage return is looked for
    /// only if the text has one.
    public init(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) {
        var starts = [start]
        guard let base = bytes.baseAddress, start < bytes.count else {
            self.starts = starts
            return
        }
        let rest = bytes.count - start
        if memchr(base + start, Int32(UInt8(ascii: "\r")), rest) == nil {
            var index = start
            while index < bytes.count, let found = memchr(base + index, Int32(UInt8(ascii: "\n")), bytes.count - index) {
                index = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
                starts.append(index)
            }
        } else {
            var index = start
            while index < bytes.count {
                let byte = base[index]
                index += 1
                if byte == UInt8(ascii: "\n") || (byte == UInt8(ascii: "\r") && (index == bytes.count || base[index] != UInt8(ascii: "\n"))) {
                    starts.append(index)
                }
            }
        }
        self.starts = starts
    }

    /// A table of line starts found before.
    public init(starts: [Int]) {
        self.starts = starts.isEmpty ? [0] : starts
    }

    /// The lines of `bytes`.
    public init(_ bytes: [UInt8], from start: Int = 0) {
        self = bytes.withUnsafeBufferPointer { LineTable($0, from: start) }
    }

    /// The number of lines (a text that ends with a line break has an empty last line).
    public var count: Int { starts.count }

    /// The 0-based index of the line that holds `offset`.
    public func lineIndex(of offset: Int) -> Int {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The 1-based line and column of `offset` in `bytes`, the text the table was made of.
    public func position(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        let offset = min(max(offset, starts[0]), bytes.count)
        let line = lineIndex(of: offset)
        return (line + 1, Self.scalarCount(bytes, from: starts[line], to: offset) + 1)
    }

    /// The number of Unicode scalars in `bytes[start..<end]`: the bytes that do not continue
    /// a UTF-8 sequence (an invalid byte counts as one, as it is shown as U+FFFD).
    public static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var count = 0
        var index = start
        while index < end {
            if bytes[index] & 0xC0 != 0x80 { count += 1 }
            index += 1
        }
        return count
    }

    /// The bytes of line `index` (0-based) without its line break.
    public func line(_ index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        guard index >= 0, index < starts.count else { return UnsafeBufferPointer(rebasing: bytes[0..<0]) }
        let start = starts[index]
        var end = index + 1 < starts.count ? starts[index + 1] : bytes.count
        while end > start, bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }
}
