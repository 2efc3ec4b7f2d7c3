import TextCore

/// An object whose names are kept once for all objects of its layout: a template sees it as it
/// sees an `.object`, but it holds only its values, in the order of its layout's names.
///
/// Why: a site keeps the list entry of every article for all the pages that list it, and as
/// a dictionary each entry of 24 fields is a hash table of 32 slots of names and values
/// (about 1.3 KB, with its date and picture as two more tables); at 100,000 articles the
/// entries took the build's resident size up by 152 MiB, as records by 18 MiB. A record is
/// its values and one reference to the shared layout.
public final class TemplateRecord: Sendable {
    /// The names of a kind of record, in the order of its values, and where each is.
    public final class Layout: Sendable {
        public let names: [String]
        /// Each name's place among the values, found as an object's fields are.
        let slots: TemplateObject
        let hashes: [UInt64]

        public init(_ names: [String]) {
            precondition(Set(names).count == names.count, "a record's names are unique")
            self.names = names
            hashes = names.map { ByteHash.of($0) }
            slots = TemplateObject(distinctNames: names, hashes: hashes, values: names.indices.map { .int($0) }, reservingCapacity: 0)
        }

        /// A record of this layout, written like an object literal: the names must be this
        /// layout's, in its order (checked in debug builds, where the tests run).
        public func record(_ fields: KeyValuePairs<String, TemplateValue>) -> TemplateValue {
            assert(fields.map(\.key) == names, "the fields \(fields.map(\.key)) are not the layout's \(names)")
            return record(values: fields.map(\.value))
        }

        /// A record of this layout with `values`, one for each name, in the layout's order.
        public func record(values: [TemplateValue]) -> TemplateValue {
            .record(TemplateRecord(layout: self, values: values))
        }
    }

    public let layout: Layout
    public let values: [TemplateValue]

    init(layout: Layout, values: [TemplateValue]) {
        precondition(values.count == layout.names.count, "a record has a value for each of its layout's names")
        self.layout = layout
        self.values = values
    }

    /// The value of `name`, or `nil` when the layout has no such name.
    @inline(__always)
    public subscript(name: String) -> TemplateValue? {
        value(named: name, hash: ByteHash.of(name))
    }

    /// The value of `name`, whose `ByteHash` is `hash`.
    @inline(__always)
    func value(named name: String, hash: UInt64) -> TemplateValue? {
        guard case .int(let slot) = layout.slots.value(named: name, hash: hash) else { return nil }
        return values[slot]
    }

    /// The record as the object it stands for, with room for `extra` more fields.
    public func fields(reservingCapacity extra: Int = 0) -> TemplateObject {
        TemplateObject(distinctNames: layout.names, hashes: layout.hashes, values: values, reservingCapacity: extra)
    }
}
