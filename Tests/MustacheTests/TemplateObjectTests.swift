@testable import Mustache
import Testing

/// `TemplateObject` finds fields by its own hash, in a list up to eight fields and through a
/// table of slots above: it must behave as the dictionary it replaced, whatever its size.
@Suite("Template objects")
struct TemplateObjectTests {
    /// Sizes on both sides of the list's limit and of the table's growth.
    static let sizes = [0, 1, 7, 8, 9, 16, 17, 100, 1_000]

    static func names(_ count: Int) -> [String] {
        // Short and long names (a long one is not stored inline in the string), some alike.
        (0..<count).map { $0 % 3 == 0 ? "field_with_a_long_name_\($0)" : "f\($0)" }
    }

    @Test("Every field is found by its name, and no other name is", arguments: sizes)
    func lookups(count: Int) {
        let names = Self.names(count)
        var object = TemplateObject()
        var dictionary: [String: TemplateValue] = [:]
        for (index, name) in names.enumerated() {
            object[name] = .int(index)
            dictionary[name] = .int(index)
        }
        #expect(object.count == count)
        #expect(object.names == names)
        for name in names {
            #expect(object[name] == dictionary[name])
            #expect(TemplateValue.object(object).member(name) == dictionary[name])
        }
        for missing in ["", "f", "F1", "f\(count)", "field_with_a_long_name_", "field_with_a_long_name_\(count + 3)"] {
            #expect(object[missing] == nil, "\(missing)")
        }
        #expect(object == TemplateObject(dictionary))
    }

    @Test("Setting a field replaces its value in place; setting nil removes it", arguments: sizes.filter { $0 > 2 })
    func changes(count: Int) {
        let names = Self.names(count)
        var object = TemplateObject()
        for name in names { object[name] = .string(name) }
        object[names[1]] = .bool(true)
        #expect(object.names == names)
        #expect(object[names[1]] == .bool(true))
        object[names[0]] = nil
        object[names[count - 1]] = nil
        object["absent"] = nil
        #expect(object.names == Array(names[1..<count - 1]))
        #expect(object[names[0]] == nil && object[names[count - 1]] == nil)
        for name in names[2..<count - 1] { #expect(object[name] == .string(name)) }
        object[names[0]] = .null
        #expect(object[names[0]] == .null)
        #expect(object.names.last == names[0])
    }

    @Test("In a literal, a repeated name keeps its first place and its last value")
    func literals() {
        let small: TemplateObject = ["a": 1, "b": 2, "a": 3]
        #expect(small.names == ["a", "b"])
        #expect(small["a"] == 3)
        let pairs = (0..<20).map { ("k\($0 % 12)", TemplateValue.int($0)) }
        var large = TemplateObject()
        for (name, value) in pairs { large[name] = value }
        #expect(large.count == 12)
        #expect(large["k0"] == .int(12) && large["k11"] == .int(11))
        let value: TemplateValue = ["x": "1", "y": ["z": true]]
        #expect(value.member("y")?.member("z") == .bool(true))
    }

    @Test("Equality and hashing ignore the order of the fields, as a dictionary's do", arguments: sizes)
    func equality(count: Int) {
        let names = Self.names(count)
        var forward = TemplateObject()
        var backward = TemplateObject()
        for name in names { forward[name] = .string(name) }
        for name in names.reversed() { backward[name] = .string(name) }
        #expect(forward == backward)
        #expect(forward.hashValue == backward.hashValue)
        #expect(TemplateValue.object(forward).hashValue == TemplateValue.object(backward).hashValue)
        guard let first = names.first else { return }
        var changed = forward
        changed[first] = .string("other")
        #expect(changed != forward)
        var fewer = forward
        fewer[first] = nil
        #expect(fewer != forward)
        #expect(forward != TemplateObject(minimumCapacity: count + 1) || count == 0)
    }

    @Test("A render buffer grows past its capacity and keeps every byte in order")
    func bufferGrowth() throws {
        let library = try TemplateLibrary(sources: ["t": "{{#items}}<{{.}}>{{/items}}"])
        let items = (0..<5_000).map { TemplateValue.string("item \($0) & more") }
        var buffer = RenderBuffer(capacity: 16)
        try library.render("t", ["items": .array(items)], into: &buffer)
        let expected = (0..<5_000).map { "<item \($0) &amp; more>" }.joined()
        #expect(buffer.string == expected)
        #expect(buffer.count == expected.utf8.count)
        #expect(buffer.capacity >= buffer.count)
        #expect(buffer.withUnsafeBytes { Array($0) } == buffer.bytes)
        #expect(buffer.bytes == Array(expected.utf8))
    }
}
