import Mustache
import Testing

/// Strict rendering: names that are not set and partials that do not exist.
@Suite("Strict-mode warnings")
struct WarningTests {
    static let context: TemplateValue = [
        "title": "Home",
        "article": ["author": "Anna", "title": "Zukunft", "image": nil, "tags": ["Energie"]],
        "tags": ["a", "b"],
        "related": [["title": "One"], "two"],
        "flag": true,
        "dynamic": "headr",
    ]

    /// The warnings of rendering `source` (as template `t`, next to partials `header` and
    /// `layout`) with ``context``, as printed.
    static func warnings(_ source: String) throws -> [String] {
        let library = try TemplateLibrary(sources: ["t": source, "header": "", "layout": ""])
        var warnings: [TemplateWarning] = []
        _ = try library.render("t", context, strict: true, warnings: &warnings)
        return warnings.map(\.description)
    }

    @Test("Each missing name or template warns at its tag with a suggestion", arguments: [
        ("{{article.autor}}", "t:1:1: warning: 'article.autor' is not set; did you mean 'article.author'?"),
        ("x {{titel}}", "t:1:3: warning: 'titel' is not set; did you mean 'title'?"),
        ("{{#artcle}}{{/artcle}}", "t:1:1: warning: 'artcle' is not set; did you mean 'article'?"),
        ("{{^article.imag}}{{/article.imag}}", "t:1:1: warning: 'article.imag' is not set; did you mean 'article.image'?"),
        ("{{artcle.title}}", "t:1:1: warning: 'artcle.title' is not set; did you mean 'article.title'?"),
        ("{{article.autor.name}}", "t:1:1: warning: 'article.autor.name' is not set; did you mean 'article.author.name'?"),
        ("{{nothing}}", "t:1:1: warning: 'nothing' is not set"),
        ("{{article.title.text}}", "t:1:1: warning: 'article.title.text' is not set; 'article.title' is a string, not an object"),
        ("{{#flag}}{{nmae}}{{/flag}}", "t:1:10: warning: 'nmae' is not set"),
        ("{{> heder}}", "t:1:1: warning: partial 'heder' does not exist; did you mean 'header'?"),
        ("{{<layot}}{{/layot}}", "t:1:1: warning: parent 'layot' does not exist; did you mean 'layout'?"),
        ("{{>*dynamic}}", "t:1:1: warning: partial 'headr' (the value of 'dynamic') does not exist; did you mean 'header'?"),
        ("{{>*dynamc}}", "t:1:1: warning: 'dynamc' is not set; did you mean 'dynamic'?"),
        ("{{article.tags}}", "t:1:1: warning: 'article.tags' is a list, which renders as nothing; show its items with a section"),
        ("{{{article}}}", "t:1:1: warning: 'article' is an object, which renders as nothing; name one of its fields, e.g. 'article.author'"),
        ("ä\n  ö {{missing}}", "t:2:5: warning: 'missing' is not set"),
    ])
    func warns(source: String, expected: String) throws {
        #expect(try WarningTests.warnings(source) == [expected])
    }

    @Test("Names that are set, even to null, and names found on an outer context do not warn", arguments: [
        "{{article.image}}{{#article.image}}x{{/article.image}}{{^article.image}}none{{/article.image}}",
        "{{article.image.url}}",
        "{{#article}}{{title}} {{author}}{{/article}}",
        "{{#article.tags}}{{.}} {{title}}{{/article.tags}}",
        "{{#flag}}{{title}}{{/flag}}",
        "{{.}}",
        "{{> header}}{{<layout}}{{/layout}}",
    ])
    func noWarning(source: String) throws {
        #expect(try WarningTests.warnings(source) == [])
    }

    @Test("Names inside a list of scalars do not warn: the items cannot have keys")
    func scalarListItems() throws {
        #expect(try WarningTests.warnings("{{#tags}}{{name}}{{/tags}}") == [])
        // A mixed list: the object item lacks the key, so that location warns once.
        #expect(try WarningTests.warnings("{{#related}}{{url}}{{/related}}") == ["t:1:13: warning: 'url' is not set"])
    }

    @Test("A location warns once per render, even inside a loop")
    func oncePerLocation() throws {
        let warnings = try WarningTests.warnings("{{#related}}{{#title}}{{missing}}{{/title}}{{/related}}{{missing}}")
        #expect(warnings == ["t:1:23: warning: 'missing' is not set", "t:1:56: warning: 'missing' is not set"])
    }

    @Test("Without strict mode nothing warns and missing names render empty")
    func lenientMode() throws {
        let library = try TemplateLibrary(sources: ["t": "[{{missing}}{{> nope}}]"])
        var warnings: [TemplateWarning] = []
        var buffer = RenderBuffer()
        try library.render("t", [:], into: &buffer, strict: false, warnings: &warnings)
        #expect(buffer.string == "[]")
        #expect(warnings.isEmpty)
    }

    @Test("Warnings are Hashable, so renders on several threads dedupe into a set")
    func hashableWarnings() async throws {
        let library = try TemplateLibrary(sources: ["t": "{{missing}}"])
        let all = await withTaskGroup(of: [TemplateWarning].self) { group in
            for _ in 0..<8 {
                group.addTask {
                    var warnings: [TemplateWarning] = []
                    _ = try? library.render("t", [:], strict: true, warnings: &warnings)
                    return warnings
                }
            }
            var all: Set<TemplateWarning> = []
            for await warnings in group { all.formUnion(warnings) }
            return all
        }
        #expect(all == [TemplateWarning(path: "t", line: 1, column: 1, message: "'missing' is not set")])
    }
}
