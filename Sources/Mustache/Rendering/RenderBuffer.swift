/// The bytes a render writes: UTF-8 text, reused from render to render.
///
/// Give each worker one buffer, pass it `inout` to ``TemplateLibrary/render(_:_:into:strict:warnings:)``
/// and empty it with ``removeAll(keepingCapacity:)`` between pages, so rendering allocates
/// nothing once the buffer has grown. Template bytes pass through unchanged, so a template with
/// invalid UTF-8 yields the same invalid bytes; ``string`` replaces them.
public struct RenderBuffer: Sendable {
    /// Room for the bytes: all of `storage` is allocated and initialized, its first `count`
    /// bytes are the rendered ones. Appending copies into it with one `memcpy` after a bounds
    /// check, where `Array.append(contentsOf:)` took a tenth of a render for the short runs of
    /// text between tags.
    private var storage: [UInt8]

    /// The number of bytes written.
    public private(set) var count = 0

    /// An empty buffer with room for `capacity` bytes.
    public init(capacity: Int = 16_384) {
        storage = Array(repeating: 0, count: Swift.max(capacity, 16))
    }

    /// The rendered bytes (a copy; ``withUnsafeBytes(_:)`` reads them where they are).
    public var bytes: [UInt8] { Array(storage[0..<count]) }

    /// Calls `body` with the rendered bytes, without copying them.
    public func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try storage.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
    }

    /// Whether nothing has been written.
    public var isEmpty: Bool { count == 0 }

    /// How many bytes fit before the buffer grows.
    public var capacity: Int { storage.count }

    /// Empties the buffer; by default it keeps its memory for the next render.
    public mutating func removeAll(keepingCapacity: Bool = true) {
        count = 0
        if !keepingCapacity { storage = Array(repeating: 0, count: 16) }
    }

    /// The bytes as a string, with invalid UTF-8 replaced by U+FFFD.
    public var string: String { String(decoding: storage[0..<count], as: UTF8.self) }

    @inline(__always)
    mutating func append(_ source: UnsafeBufferPointer<UInt8>) {
        guard let base = source.baseAddress, !source.isEmpty else { return }
        let start = count
        let end = start + source.count
        if end > storage.count { grow(to: end) }
        storage.withUnsafeMutableBufferPointer { target in
            // Within bounds: `grow` made room for `end` bytes.
            (target.baseAddress.unsafelyUnwrapped + start).update(from: base, count: source.count)
        }
        count = end
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == storage.count { grow(to: count + 1) }
        storage[count] = byte
        count += 1
    }

    mutating func append(_ literal: StaticString) {
        literal.withUTF8Buffer { append($0) }
    }

    /// Doubles the room until `needed` bytes fit (rare: a worker's buffer is reused).
    @inline(never)
    private mutating func grow(to needed: Int) {
        var size = storage.count * 2
        while size < needed { size *= 2 }
        storage.append(contentsOf: repeatElement(0, count: size - storage.count))
    }
}
