import TextCore

/// Writes the index's JSON as a stream, so that its bytes are fixed: keys in the order the
/// writer gives them (always sorted), no spaces, integers only; strings are escaped by
/// TextCore's `JSONWriter`, as every JSON file of Zeche.
struct JSONText {
    private(set) var bytes: [UInt8] = []

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func integer(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    mutating func string(_ text: String) {
        JSONWriter().appendQuoted(text, to: &bytes)
    }

    /// A string given as valid UTF-8 bytes.
    mutating func string(utf8 text: UnsafeBufferPointer<UInt8>) {
        JSONWriter().appendQuoted(utf8: text, to: &bytes)
    }

    /// A string whose bytes need no escaping (`VarintText`).
    mutating func plainString(_ text: [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: text)
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func key(_ name: StaticString, first: Bool = false) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "\""))
        raw(name)
        raw("\":")
    }

    mutating func array<Element>(_ elements: some Sequence<Element>, _ write: (inout JSONText, Element) -> Void) {
        bytes.append(UInt8(ascii: "["))
        var first = true
        for element in elements {
            if !first { bytes.append(UInt8(ascii: ",")) }
            first = false
            write(&self, element)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    mutating func strings(_ values: [String]) {
        array(values) { $0.string($1) }
    }

}
