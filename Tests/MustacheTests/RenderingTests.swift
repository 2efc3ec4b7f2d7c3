import Mustache
import Testing

@Suite("Rendering")
struct RenderingTests {
    static func render(_ source: String, _ context: TemplateValue = [:], partials: [String: String] = [:]) throws -> String {
        var sources = partials
        sources["t"] = source
        return try TemplateLibrary(sources: sources).render("t", context)
    }

    @Test("HTML escaping replaces & < > \" ' and keeps everything else", arguments: [
        ("a & b", "a &amp; b"),
        ("<p class=\"x\">it's</p>", "&lt;p class=&quot;x&quot;&gt;it&#39;s&lt;/p&gt;"),
        ("Grüße – „Zitat“ 🎉", "Grüße – „Zitat“ 🎉"),
        ("", ""),
        ("&&&", "&amp;&amp;&amp;"),
    ])
    func escaping(value: String, expected: String) throws {
        #expect(try RenderingTests.render("{{v}}", ["v": .string(value)]) == expected)
        #expect(try RenderingTests.render("{{{v}}}|{{&v}}", ["v": .string(value)]) == value + "|" + value)
    }

    @Test("Numbers and booleans interpolate as the spec's data expects", arguments: [
        (TemplateValue.int(85), "85"),
        (.int(-1207), "-1207"),
        (.int(0), "0"),
        (.int(Int.min), "-9223372036854775808"),
        (.double(1.21), "1.21"),
        (.double(1.0), "1"),
        (.double(-0.5), "-0.5"),
        (.double(1e21), "1e+21"),
        (.bool(true), "true"),
        (.bool(false), "false"),
        (.null, ""),
    ])
    func scalars(value: TemplateValue, expected: String) throws {
        #expect(try RenderingTests.render("{{v}}", ["v": value]) == expected)
    }

    @Test("Sections treat null, false, empty lists and empty strings as falsey", arguments: [
        (TemplateValue.null, false), (.bool(false), false), (.array([]), false), (.string(""), false),
        (.bool(true), true), (.int(0), true), (.double(0), true), (.string("x"), true), (.object([:]), true),
        (.array([1]), true),
    ])
    func truthiness(value: TemplateValue, isTruthy: Bool) throws {
        #expect(value.isTruthy == isTruthy)
        #expect(try RenderingTests.render("{{#v}}yes{{/v}}{{^v}}no{{/v}}", ["v": value]) == (isTruthy ? "yes" : "no"))
    }

    @Test("Lists iterate with the item on top of the context stack")
    func lists() throws {
        let context: TemplateValue = ["site": ["title": "S"], "items": [["name": "a"], ["name": "b", "site": ["title": "own"]]]]
        #expect(try RenderingTests.render("{{#items}}{{name}}:{{site.title}} {{/items}}", context) == "a:S b:own ")
    }

    @Test("A standalone partial indents every line of its template, not of interpolated data")
    func partialIndentation() throws {
        let output = try RenderingTests.render(
            "<ul>\n  {{> item}}\n</ul>\n", ["lines": "x\ny"],
            partials: ["item": "<li>\n  {{{lines}}}\n</li>\n"])
        #expect(output == "<ul>\n  <li>\n    x\ny\n  </li>\n</ul>\n")
    }

    @Test("Nested standalone partials add up their indentation")
    func nestedIndentation() throws {
        let output = try RenderingTests.render(
            "  {{> outer}}\n", partials: ["outer": "a\n  {{> inner}}\nb\n", "inner": "c\nd\n"])
        #expect(output == "  a\n    c\n    d\n  b\n")
    }

    @Test("CRLF line endings are kept and standalone lines ending in CRLF disappear")
    func crlf() throws {
        let output = try RenderingTests.render("<ul>\r\n{{#items}}\r\n  <li>{{.}}</li>\r\n{{/items}}\r\n</ul>\r\n", ["items": ["a", "b"]])
        #expect(output == "<ul>\r\n  <li>a</li>\r\n  <li>b</li>\r\n</ul>\r\n")
    }

    @Test("A page fills a layout's blocks and keeps the layout's defaults elsewhere")
    func layout() throws {
        let layout = """
            <html>
            <head><title>{{$title}}{{site.title}}{{/title}}</title></head>
            <body>
              {{$content}}
              {{/content}}
              {{> footer}}
            </body>
            </html>

            """
        let article = """
            {{<layout}}
            {{$content}}
            <article>
              <h1>{{article.title}}</h1>
              {{> meta}}
            </article>
            {{/content}}
            {{/layout}}

            """
        let output = try RenderingTests.render(
            article, ["site": ["title": "Newsroom"], "article": ["title": "Zukunft", "author": "Anna"]],
            partials: ["layout": layout, "meta": "<p>{{article.author}}</p>\n", "footer": "<footer>{{site.title}}</footer>\n"])
        #expect(output == """
            <html>
            <head><title>Newsroom</title></head>
            <body>
              <article>
                <h1>Zukunft</h1>
                <p>Anna</p>
              </article>
              <footer>Newsroom</footer>
            </body>
            </html>

            """)
    }

    @Test("Blocks override through several levels of parents, and partials see the overrides")
    func multiLevelLayouts() throws {
        let output = try RenderingTests.render(
            "{{<article-layout}}{{$body}}B{{/body}}{{$extraHead}}E{{/extraHead}}{{/article-layout}}",
            partials: [
                "article-layout": "{{<base}}{{$content}}[{{$body}}default body{{/body}}]{{/content}}{{/base}}",
                "base": "{{> head}}|{{$content}}{{/content}}",
                "head": "<head>{{$extraHead}}{{/extraHead}}</head>",
            ])
        #expect(output == "<head>E</head>|[B]")
    }

    @Test("A dynamic parent takes its name from the data")
    func dynamicParent() throws {
        let output = try RenderingTests.render(
            "{{<*layout}}{{$x}}X{{/x}}{{/*layout}}", ["layout": "wide"],
            partials: ["wide": "wide:{{$x}}{{/x}}", "narrow": "narrow:{{$x}}{{/x}}"])
        #expect(output == "wide:X")
    }

    @Test("Odd delimiters work", arguments: [
        ("{{=| |=}}|#a||.||/a|", "xy"),
        ("{{=<% %>=}}<%#a%><%.%><%/a%>", "xy"),
        ("{{=[[[[[[[[ ]]]]]]]]=}}[[[[[[[[#a]]]]]]]][[[[[[[[.]]]]]]]][[[[[[[[/a]]]]]]]]", "xy"),
        ("{{=« »=}}«#a»«.»«/a»", "xy"),
        ("{{=$ $=}}$#a$$.$$/a$", "xy"),
    ])
    func delimiters(source: String, expected: String) throws {
        #expect(try RenderingTests.render(source, ["a": ["x", "y"]]) == expected)
    }

    @Test("Dotted names resolve the first key on the stack and the rest in what was found")
    func dottedNames() throws {
        let context: TemplateValue = ["a": ["b": [:]], "b": ["c": "ERROR"], "x": ["y": ["z": "deep"]]]
        #expect(try RenderingTests.render("{{#a}}[{{b.c}}]{{/a}} {{x.y.z}}", context) == "[] deep")
    }
}
