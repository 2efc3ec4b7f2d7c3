import Mustache
import Testing

/// The exact text of every syntax error: path, line, column and message.
@Suite("Syntax errors")
struct ErrorTests {
    /// The description of the load error for a template called `t`, or "no error".
    static func errors(_ source: String) -> String {
        do {
            _ = try TemplateLibrary(sources: ["t": source])
            return "no error"
        } catch {
            return error.description
        }
    }

    @Test("Each problem is reported at its line and column with what to do", arguments: [
        ("a\n  {{#items}}\n{{name}}\n",
         "t:4:1: error: unclosed section 'items' opened at 2:3; add {{/items}}"),
        ("{{^items}}none",
         "t:1:15: error: unclosed inverted section 'items' opened at 1:1; add {{/items}}"),
        ("{{#a}}{{#b}}x{{/a}}",
         "t:1:14: error: unclosed section 'b' opened at 1:7; add {{/b}} before '{{/a}}'"),
        ("{{#items}}x{{/item}}",
         "t:1:12: error: '{{/item}}' does not match section 'items' opened at 1:1; write {{/items}}"),
        ("x{{/items}}",
         "t:1:2: error: '{{/items}}' closes no open section; remove it"),
        ("Hello {{name",
         "t:1:7: error: unclosed tag '{{name'; end it with }}"),
        ("{{{name}}",
         "t:1:1: error: tag '{{{name}}' opens with '{{{' but does not end with '}}}'; write '{{{name}}}'"),
        ("{{! unclosed comment",
         "t:1:1: error: unclosed comment '{{! unclosed comment'; end it with }}"),
        ("{{=<% %>}}",
         "t:1:1: error: set-delimiter tag '{{=<% %>}}' must end with '=}}'; write '{{=<% %>=}}'"),
        ("{{=<%=}}",
         "t:1:1: error: set-delimiter tag '{{=<%=}}' needs two delimiters separated by a space, e.g. '{{=<% %>=}}'"),
        ("{{= a b c =}}",
         "t:1:1: error: set-delimiter tag '{{= a b c =}}' needs two delimiters separated by a space, e.g. '{{=<% %>=}}'"),
        ("{{=<%= =%>=}}",
         "t:1:1: error: delimiter '<%=' in '{{=<%= =%>=}}' contains '='; choose delimiters without '='"),
        ("{{article title}}",
         "t:1:1: error: name 'article title' in '{{article title}}' contains a space; write one name, e.g. 'article.title'"),
        ("{{a..b}}",
         "t:1:1: error: name 'a..b' has an empty part between dots; write 'a.b'"),
        ("{{#.a}}{{/.a}}",
         "t:1:1: error: name '.a' has an empty part between dots; write 'a'"),
        ("{{<layout}}{{$a}}1{{/a}}{{$a}}2{{/a}}{{/layout}}",
         "t:1:25: error: block 'a' is overridden twice in parent 'layout'; remove one of them"),
        ("{{<layout}}\n{{$a}}1{{/a}}",
         "t:2:14: error: unclosed parent 'layout' opened at 1:1; add {{/layout}}"),
        ("{{$title}}x",
         "t:1:12: error: unclosed block 'title' opened at 1:1; add {{/title}}"),
        ("{{=<% %>=}}<%#items%>",
         "t:1:22: error: unclosed section 'items' opened at 1:12; add <%/items%>"),
    ])
    func reportsProblem(source: String, expected: String) {
        #expect(ErrorTests.errors(source) == expected)
    }

    @Test("Empty tag names are reported for every kind of tag")
    func emptyNames() {
        #expect(ErrorTests.errors("{{}} {{#}}{{/}} {{>}} {{ }}") == """
            t:1:1: error: empty tag name in '{{}}'; write a name, e.g. '{{title}}'
            t:1:6: error: empty tag name in '{{#}}'; write a name, e.g. '{{#items}}'
            t:1:11: error: empty tag name in '{{/}}'; write a name, e.g. '{{/items}}'
            t:1:17: error: empty tag name in '{{>}}'; write a name, e.g. '{{>header}}'
            t:1:23: error: empty tag name in '{{ }}'; write a name, e.g. '{{title}}'
            """)
    }

    @Test("Columns count Unicode scalars, not bytes")
    func columnsCountScalars() {
        #expect(ErrorTests.errors("ä ö {{#x}}") == "t:1:11: error: unclosed section 'x' opened at 1:5; add {{/x}}")
    }

    @Test("The parser goes on after an unclosed tag and reports later problems too")
    func recoversAfterUnclosedTag() {
        #expect(ErrorTests.errors("Hello {{name\n{{#list}}{{x}}\n{{/lsit}}\n{{a b}}") == """
            t:1:7: error: unclosed tag '{{name'; end it with }}
            t:3:1: error: '{{/lsit}}' does not match section 'list' opened at 2:1; write {{/list}}
            t:4:1: error: name 'a b' in '{{a b}}' contains a space; write one name, e.g. 'a.b'
            """)
    }

    @Test("Errors of several templates are all reported, sorted by path")
    func errorsOfAllTemplates() {
        do {
            _ = try TemplateLibrary(sources: ["b": "{{#x}}", "a": "{{/y}}", "ok": "fine"])
            Issue.record("expected errors")
        } catch {
            #expect(error.errors == [
                TemplateError(path: "a", line: 1, column: 1, message: "'{{/y}}' closes no open section; remove it"),
                TemplateError(path: "b", line: 1, column: 7, message: "unclosed section 'x' opened at 1:1; add {{/x}}"),
            ])
        }
    }

    @Test("A description has the compiler's shape, with fix and note lines")
    func descriptionShape() {
        let error = TemplateError(
            path: "Templates/x.mustache", line: 3, column: 5, message: "something is wrong",
            fix: "do this", notes: ["included from Templates/layout.mustache:3:1"])
        #expect(error.description == """
            Templates/x.mustache:3:5: error: something is wrong
            fix: do this
            note: included from Templates/layout.mustache:3:1
            """)
        let fileError = TemplateError(path: "Templates/x.mustache", line: 0, column: 0, message: "cannot read")
        #expect(fileError.description == "Templates/x.mustache: error: cannot read")
    }

    @Test("A partial that includes itself without end is an error showing the loop")
    func endlessPartial() {
        let library = try? TemplateLibrary(sources: ["page": "{{>node}}", "node": "x{{>node}}"])
        #expect(throws: TemplateError(
            path: "node", line: 1, column: 2,
            message: "partial 'node' includes itself without end ('node' → 'node'); partials, parents and "
                + "blocks nest at most 64 deep",
            fix: "end the recursion, e.g. include the partial only inside a section over a list that becomes empty",
            notes: ["included from page:1:1"])) {
            try library?.render("page", [:])
        }
    }

    @Test("Partials that include each other without end show the whole loop")
    func endlessPartialLoop() {
        let library = try? TemplateLibrary(sources: ["a": "{{>b}}", "b": "\n {{>a}}"])
        #expect(throws: TemplateError(
            path: "a", line: 1, column: 1,
            message: "partial 'b' includes itself without end ('b' → 'a' → 'b'); partials, parents and "
                + "blocks nest at most 64 deep",
            fix: "end the recursion, e.g. include the partial only inside a section over a list that becomes empty",
            notes: ["included from b:2:2"])) {
            try library?.render("a", [:])
        }
    }

    @Test("A parent that is its own parent is an error, not a stack overflow")
    func endlessParent() {
        let library = try? TemplateLibrary(sources: ["p": "{{<p}}{{/p}}"])
        #expect(throws: TemplateError(
            path: "p", line: 1, column: 1,
            message: "parent 'p' includes itself without end ('p' → 'p'); partials, parents and blocks nest "
                + "at most 64 deep",
            fix: "end the recursion, e.g. include the partial only inside a section over a list that becomes empty")) {
            try library?.render("p", [:])
        }
    }

    @Test("Recursion that the data ends renders up to 64 nested partials, and fails past that")
    func dataDrivenRecursion() throws {
        let library = try TemplateLibrary(sources: ["node": "{{name}}({{#children}}{{>node}}{{/children}})"])
        var tree: TemplateValue = ["name": "leaf", "children": []]
        for level in 0..<64 { tree = ["name": .string("n\(level)"), "children": [tree]] }
        let output = try library.render("node", tree)
        #expect(output.hasPrefix("n63(n62("))
        #expect(output.hasSuffix("leaf()" + String(repeating: ")", count: 64)))
        tree = ["name": "top", "children": [tree]]
        #expect(throws: TemplateError.self) { try library.render("node", tree) }
    }

    @Test("Rendering a template that does not exist names the nearest one")
    func unknownTemplate() throws {
        let library = try TemplateLibrary(sources: ["article": "x"])
        #expect(throws: TemplateError(path: "articel", line: 0, column: 0,
                                      message: "no template is called 'articel'; did you mean 'article'?")) {
            try library.render("articel", [:])
        }
    }
}
