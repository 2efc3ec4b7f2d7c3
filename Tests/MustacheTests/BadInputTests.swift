import Mustache
import Testing

/// Input that must end in a clear error or correct output: never a crash or a hang.
@Suite("Bad input")
struct BadInputTests {
    @Test("Unterminated tags at the end of the file are errors", arguments: [
        ("text {{", "t:1:6: error: unclosed tag '{{'; end it with }}"),
        ("text {{#", "t:1:6: error: unclosed tag '{{#'; end it with }}"),
        ("{{{x", "t:1:1: error: unclosed tag '{{{x'; end it with }}}"),
        ("{{=", "t:1:1: error: unclosed tag '{{='; end it with =}}"),
        ("{{!", "t:1:1: error: unclosed comment '{{!'; end it with }}"),
        ("x}}", "no error"),
    ])
    func unterminated(source: String, expected: String) {
        #expect(ErrorTests.errors(source) == expected)
    }

    @Test("A megabyte template with 10,000 nested sections parses and renders without recursion")
    func deepNesting() throws {
        let depth = 10_000
        var source = String(repeating: "{{#a}}<div class=\"level\">", count: depth)
        source += "{{v}}"
        source += String(repeating: "</div>{{/a}}", count: depth)
        source += String(repeating: "<!-- padding -->", count: (1_000_000 - source.utf8.count) / 16)
        #expect(source.utf8.count >= 990_000)
        let library = try TemplateLibrary(sources: ["t": source])
        let output = try library.render("t", ["a": true, "v": "deep"])
        #expect(output.hasPrefix("<div class=\"level\"><div class=\"level\">"))
        #expect(output.contains("\">deep</div>"))
        #expect(output.components(separatedBy: "<div").count == depth + 1)
    }

    @Test("10,000 unclosed nested sections give 100 errors and a count of the rest")
    func deepUnclosed() {
        do {
            _ = try TemplateLibrary(sources: ["t": String(repeating: "{{#a}}", count: 10_000)])
            Issue.record("expected errors")
        } catch {
            #expect(error.errors.count == 101)
            #expect(error.errors.first?.description == "t:1:60001: error: unclosed section 'a' opened at 1:59995; add {{/a}}")
            #expect(error.errors.last?.description
                == "t:1:60001: error: 9900 more errors in this file are not shown; fix the ones above first")
        }
    }

    @Test("A megabyte of opening delimiters ends in a bounded list of errors")
    func megabyteOfDelimiters() {
        do {
            _ = try TemplateLibrary(sources: ["t": String(repeating: "{{", count: 500_000)])
            Issue.record("expected errors")
        } catch {
            #expect(error.errors.count == 101)
            // `{{{` opens a triple mustache, which ends with `}}}`.
            #expect(error.errors.first?.description == "t:1:1: error: unclosed tag '{{'; end it with }}}")
        }
    }

    @Test("A megabyte of unclosed variable tags ends in a bounded list of errors, quickly")
    func megabyteOfUnclosedTags() {
        do {
            _ = try TemplateLibrary(sources: ["t": String(repeating: "{{x ", count: 250_000)])
            Issue.record("expected errors")
        } catch {
            #expect(error.errors.count == 101)
            #expect(error.errors.first?.description == "t:1:1: error: unclosed tag '{{x'; end it with }}")
        }
    }

    @Test("Invalid UTF-8 in a template passes through unchanged and never crashes")
    func invalidUTF8() throws {
        let directory = try TemporaryDirectory()
        try directory.write(Data([0x61, 0xFF, 0xFE, 0x7B, 0x7B, 0x76, 0x7D, 0x7D, 0xC3]), to: "t.mustache")
        let library = try TemplateLibrary(directory: directory.url)
        var buffer = RenderBuffer()
        try library.render("t", ["v": "é"], into: &buffer)
        #expect(buffer.bytes == [0x61, 0xFF, 0xFE, 0xC3, 0xA9, 0xC3])
        #expect(buffer.string == "a\u{FFFD}\u{FFFD}é\u{FFFD}")
    }

    @Test("Invalid UTF-8 before an error still gives a line and column")
    func invalidUTF8Error() throws {
        let directory = try TemporaryDirectory()
        try directory.write(Data([0xC3, 0x28, 0x7B, 0x7B, 0x23, 0x78, 0x7D, 0x7D]), to: "bad.mustache")
        #expect(throws: TemplateLoadError(errors: [TemplateError(
            path: "Templates/bad.mustache", line: 1, column: 9,
            message: "unclosed section 'x' opened at 1:3; add {{/x}}")])) {
            try TemplateLibrary(directory: directory.url)
        }
    }

    @Test("A 100,000-item list renders every item")
    func longList() throws {
        let items = TemplateValue.array((0..<100_000).map { ["n": .int($0)] })
        let library = try TemplateLibrary(sources: ["t": "{{#items}}{{n}},{{/items}}"])
        var buffer = RenderBuffer()
        try library.render("t", ["items": items], into: &buffer)
        #expect(buffer.string.hasPrefix("0,1,2,"))
        #expect(buffer.string.hasSuffix(",99998,99999,"))
        #expect(buffer.count == 588_890)
    }

    @Test("Very long delimiters work and delimiters containing '=' are rejected")
    func delimiters() throws {
        let open = String(repeating: "<", count: 500)
        let close = String(repeating: ">", count: 500)
        let library = try TemplateLibrary(sources: ["t": "{{=\(open) \(close)=}}\(open)v\(close)"])
        #expect(try library.render("t", ["v": "ok"]) == "ok")
        #expect(ErrorTests.errors("{{== ==}}") == "t:1:1: error: delimiter '=' in '{{== ==}}' contains '='; choose delimiters without '='")
    }

    @Test("NUL bytes and lone braces are ordinary text")
    func oddText() throws {
        #expect(try RenderingTests.render("a\u{0}b { } }} {x}", [:]) == "a\u{0}b { } }} {x}")
    }
}

import Foundation
import ZecheTestSupport
