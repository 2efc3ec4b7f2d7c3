import TextCore

/// The fields of an object that templates look names up in: names and values, in the order
/// they were added, each name once.
///
/// Why not a `Dictionary`: a page's render looks names up a few hundred times and a build makes
/// its context objects anew for every page, and a dictionary hashes each name with a seeded
/// SipHash on every lookup and insertion: a fifth of rendering an article page. An object hashes
/// a name with `ByteHash` (eight bytes at a time, no seed), the compiled template knows the
/// hash of each of its names before it renders, small objects are searched by comparing hashes
/// one after the other, and larger ones through a table of slots. Equality and hashing ignore
/// the order, as a dictionary's do.
public struct TemplateObject: Sendable {
    struct Entry: Sendable {
        let name: String
        let hash: UInt64
        var value: TemplateValue
    }

    /// Up to this many fields, a lookup compares each field's hash in turn; above it, `slots`
    /// is a table of twice as many places or more.
    static let linearLimit = 8

    private(set) var entries: [Entry]
    /// Open addressing by the name's hash: each place holds an entry's index plus one, or 0.
    private var slots: [Int32] = []

    /// An object without fields.
    public init() {
        entries = []
    }

    /// An object without fields, with room for `minimumCapacity` of them.
    public init(minimumCapacity: Int) {
        entries = []
        entries.reserveCapacity(minimumCapacity)
    }

    /// The fields of a dictionary, in the order of their names (so that the same dictionary
    /// always gives the same object).
    public init(_ fields: [String: TemplateValue]) {
        self.init(minimumCapacity: fields.count)
        for name in fields.keys.sorted(by: { $0.precedesInUTF8($1) }) {
            append(Entry(name: name, hash: ByteHash.of(name), value: fields[name] ?? .null))
        }
    }

    /// Fields whose names are known to be different, with their hashes (a record's layout).
    init(distinctNames names: [String], hashes: [UInt64], values: [TemplateValue], reservingCapacity extra: Int) {
        self.init(minimumCapacity: names.count + extra)
        for index in names.indices {
            append(Entry(name: names[index], hash: hashes[index], value: values[index]))
        }
    }

    /// The number of fields.
    public var count: Int { entries.count }

    /// Whether the object has no fields.
    public var isEmpty: Bool { entries.isEmpty }

    /// The names of the fields, in the order they were added.
    public var names: [String] { entries.map(\.name) }

    /// Makes room for `capacity` fields in all.
    public mutating func reserveCapacity(_ capacity: Int) {
        entries.reserveCapacity(capacity)
    }

    /// The value of the field `name`; setting `nil` removes the field.
    public subscript(name: String) -> TemplateValue? {
        get { value(named: name, hash: ByteHash.of(name)) }
        set {
            let hash = ByteHash.of(name)
            if let index = index(of: name, hash: hash) {
                if let newValue {
                    entries[index].value = newValue
                } else {
                    entries.remove(at: index)
                    rebuildSlots()
                }
            } else if let newValue {
                append(Entry(name: name, hash: hash, value: newValue))
            }
        }
    }

    /// The value of the field `name`, whose `ByteHash` is `hash`.
    @inline(__always)
    func value(named name: String, hash: UInt64) -> TemplateValue? {
        guard let index = index(of: name, hash: hash) else { return nil }
        return entries[index].value
    }

    @inline(__always)
    private func index(of name: String, hash: UInt64) -> Int? {
        entries.withUnsafeBufferPointer { entries in
            if slots.isEmpty {
                for index in 0..<entries.count where entries[index].hash == hash && entries[index].name == name {
                    return index
                }
                return nil
            }
            return slots.withUnsafeBufferPointer { slots in
                let mask = slots.count - 1
                var place = Int(truncatingIfNeeded: hash) & mask
                while true {
                    let slot = Int(slots[place])
                    if slot == 0 { return nil }
                    if entries[slot - 1].hash == hash && entries[slot - 1].name == name { return slot - 1 }
                    place = (place + 1) & mask
                }
            }
        }
    }

    /// Adds a field whose name the object does not have yet (taking the entry over: copying
    /// it would retain its name and value once more).
    private mutating func append(_ entry: consuming Entry) {
        let hash = entry.hash
        entries.append(consume entry)
        let count = entries.count
        guard count > Self.linearLimit else { return }
        if slots.count < 2 * count {
            rebuildSlots()
        } else {
            place(count - 1, hash: hash)
        }
    }

    private mutating func rebuildSlots() {
        let count = entries.count
        guard count > Self.linearLimit else {
            slots = []
            return
        }
        var size = 16
        while size < 2 * Swift.max(count, entries.capacity) { size *= 2 }
        slots = Array(repeating: 0, count: size)
        for index in 0..<count { place(index, hash: entries[index].hash) }
    }

    private mutating func place(_ index: Int, hash: UInt64) {
        let mask = slots.count - 1
        var place = Int(truncatingIfNeeded: hash) & mask
        while slots[place] != 0 { place = (place + 1) & mask }
        slots[place] = Int32(index + 1)
    }
}

extension TemplateObject: ExpressibleByDictionaryLiteral {
    /// An object of these fields; when a name repeats, the last value wins.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self.init(minimumCapacity: elements.count)
        for (name, value) in elements { self[name] = value }
    }
}

extension TemplateObject: Sequence {
    public struct Iterator: IteratorProtocol {
        var entries: IndexingIterator<[Entry]>

        public mutating func next() -> (name: String, value: TemplateValue)? {
            entries.next().map { ($0.name, $0.value) }
        }
    }

    /// The fields in the order they were added.
    public func makeIterator() -> Iterator {
        Iterator(entries: entries.makeIterator())
    }

    public var underestimatedCount: Int { entries.count }
}

extension TemplateObject: Hashable {
    /// The same fields with the same values, in any order.
    public static func == (lhs: TemplateObject, rhs: TemplateObject) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for entry in lhs.entries {
            guard let value = rhs.value(named: entry.name, hash: entry.hash), value == entry.value else { return false }
        }
        return true
    }

    /// Independent of the order, as equality is: each field is hashed on its own and the
    /// results are combined with XOR.
    public func hash(into hasher: inout Hasher) {
        var fields = 0
        for entry in entries {
            var field = Hasher()
            field.combine(entry.name)
            field.combine(entry.value)
            fields ^= field.finalize()
        }
        hasher.combine(entries.count)
        hasher.combine(fields)
    }
}
