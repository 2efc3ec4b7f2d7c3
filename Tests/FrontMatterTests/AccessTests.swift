import FrontMatter
import Testing

struct AccessTests {
    static let node: YAMLNode = {
        do {
            return try YAMLParser().parse("""
                title: Neue Zeche
                count: 3
                ratio: 0.5
                draft: no
                date: 2026-11-24
                updated: 2026-11-25T10:00:00+01:00
                tags: [Energie, Ruhrgebiet]
                author: {name: Anna}
                image:
                2: two
                yes: agreed
                """)
        } catch {
            Issue.record("\(error)")
            return YAMLNode(.null, line: 0, column: 0)
        }
    }()

    @Test("Accessors give the value of the matching type")
    func typedAccessors() {
        let node = Self.node
        #expect(node["title"]?.stringValue == "Neue Zeche")
        #expect(node["count"]?.intValue == 3)
        #expect(node["count"]?.doubleValue == 3)
        #expect(node["ratio"]?.doubleValue == 0.5)
        #expect(node["draft"]?.boolValue == false)
        #expect(node["date"]?.dateValue == YAMLDate(year: 2026, month: 11, day: 24))
        #expect(node["updated"]?.dateTimeValue?.offsetSeconds == 3600)
        #expect(node["tags"]?.sequenceValue?.compactMap(\.stringValue) == ["Energie", "Ruhrgebiet"])
        #expect(node["author"]?["name"]?.stringValue == "Anna")
        #expect(node["image"]?.isNull == true)
        #expect(node.mappingValue?.count == 11)
    }

    @Test("Accessors of another type give nil")
    func mismatchedAccessors() {
        let node = Self.node
        #expect(node["title"]?.intValue == nil)
        #expect(node["count"]?.stringValue == nil)
        #expect(node["date"]?.dateTimeValue == nil)
        #expect(node["tags"]?["x"] == nil)
        #expect(node["tags"]?[2] == nil)
        #expect(node["title"]?[0] == nil)
        #expect(node["missing"] == nil)
    }

    @Test("Keys that are not strings are found by their text form")
    func nonStringKeys() {
        #expect(Self.node["2"]?.stringValue == "two")
        #expect(Self.node["true"]?.stringValue == "agreed")
        #expect(Self.node["yes"] == nil)
    }

    @Test("The text form of scalars", arguments: [
        ("~", "null"), ("yes", "true"), ("0x1F", "31"), ("1.50", "1.5"), ("1e5", "1e5"),
        ("2026-11-24", "2026-11-24"), ("2026-11-24 09:30:00.25 +01:00", "2026-11-24T09:30:00.25+01:00"),
    ])
    func scalarText(_ yaml: String, _ expected: String) throws {
        #expect(try YAMLParser().parse(yaml).scalarText == expected)
    }
}
