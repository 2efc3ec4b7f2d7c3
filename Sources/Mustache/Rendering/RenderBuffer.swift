/// The bytes a render writes: UTF-8 text, reused from render to render.
///
/// Give each worker one buffer, pass it `inout` to ``TemplateLibrary/render(_:_:into:strict:warnings:)``
/// and empty it with ``removeAll(keepingCapacity:)`` between pages, so rendering allocates
/// nothing once the buffer has grown. Template bytes pass through unchanged, so a template with
/// invalid UTF-8 yields the same invalid bytes; ``string`` replaces them.
public struct RenderBuffer: Sendable {
    /// The rendered bytes.
    public private(set) var bytes: [UInt8]

    /// An empty buffer with room for `capacity` bytes.
    public init(capacity: Int = 16_384) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    /// The number of bytes written.
    public var count: Int { bytes.count }

    /// Whether nothing has been written.
    public var isEmpty: Bool { bytes.isEmpty }

    /// Empties the buffer; by default it keeps its memory for the next render.
    public mutating func removeAll(keepingCapacity: Bool = true) {
        bytes.removeAll(keepingCapacity: keepingCapacity)
    }

    /// The bytes as a string, with invalid UTF-8 replaced by U+FFFD.
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    @inline(__always)
    mutating func append(_ source: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: source)
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        bytes.append(byte)
    }

    mutating func append(_ literal: StaticString) {
        literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }
}
