import Mustache
import Testing

/// A record (`TemplateRecord`) is an object whose names its layout keeps: templates, warnings,
/// equality and hashing must not tell it from the dictionary it stands for.
@Suite("Records")
struct RecordTests {
    /// `value` with every object, however deep, made a record of a layout of its own names.
    static func recorded(_ value: TemplateValue) -> TemplateValue {
        switch value {
        case .object(let fields):
            let names = fields.names.sorted()
            let layout = TemplateRecord.Layout(names)
            return layout.record(values: names.map { recorded(fields[$0]!) })
        case .array(let items):
            return .array(items.map(recorded))
        default:
            return value
        }
    }

    static let templates = [
        "{{title}} {{article.title}} {{article.author}}",
        "{{#article}}{{title}} by {{author}}{{/article}}",
        "{{#related}}[{{title}}|{{.}}]{{/related}}",
        "{{#article.tags}}{{.}},{{/article.tags}}{{^article.image}}no image{{/article.image}}",
        "{{article.autor}} {{titel}} {{artcle.title}} {{article.title.text}} {{{article}}} {{#flag}}{{article.title}}{{/flag}}",
        "{{#article.meta}}{{depth.name}}{{/article.meta}} {{article.meta.depth.name}} {{article.meta.dept.name}}",
    ]

    static let context: TemplateValue = [
        "title": "Home",
        "article": [
            "author": "Anna", "title": "Zukunft", "image": nil, "tags": ["Energie", "Wasser"],
            "meta": ["depth": ["name": "tief"]],
        ],
        "related": [["title": "One"], "two", ["title": "Three", "extra": 3]],
        "flag": true,
    ]

    @Test("A record renders and warns exactly as the object it stands for", arguments: templates)
    func rendersAsTheObject(source: String) throws {
        let library = try TemplateLibrary(sources: ["t": source])
        var objectWarnings: [TemplateWarning] = []
        var recordWarnings: [TemplateWarning] = []
        let asObject = try library.render("t", Self.context, strict: true, warnings: &objectWarnings)
        let asRecord = try library.render("t", Self.recorded(Self.context), strict: true, warnings: &recordWarnings)
        #expect(asRecord == asObject)
        #expect(recordWarnings.map(\.description) == objectWarnings.map(\.description))
    }

    @Test("The differential above compares records, not two dictionaries")
    func recordedHasRecords() {
        guard case .record(let record) = Self.recorded(Self.context), case .record = record["article"] else {
            Issue.record("the context was not made a record")
            return
        }
        #expect(record.layout.names == ["article", "flag", "related", "title"])
    }

    @Test("A record equals and hashes as its dictionary, whatever its layout object")
    func equalityAndHashing() {
        let object = Self.context
        let record = Self.recorded(object)
        let again = Self.recorded(object)
        #expect(record == object && object == record && record == again)
        #expect(Set([object, record, again]).count == 1)
        var changed = object.objectFields!
        changed["title"] = "Other"
        #expect(Self.recorded(.object(changed)) != record)
        #expect(TemplateRecord.Layout(["a"]).record(["a": 1]) != ["a": 2])
        #expect(TemplateRecord.Layout(["a"]).record(["a": 1]) != ["b": 1])
    }

    @Test("A record reads its fields by name; a name its layout lacks is absent")
    func fields() {
        let layout = TemplateRecord.Layout(["title", "date"])
        let value = layout.record(["title": "T", "date": nil])
        #expect(value.member("title") == "T")
        #expect(value.member("date") == .null)
        #expect(value.member("missing") == nil)
        #expect(value.objectFields == ["title": "T", "date": .null])
        #expect(value.isTruthy)
    }
}
