import Foundation
import Mustache
import Testing
import ZecheTestSupport

@Suite("Template library")
struct LibraryTests {
    /// A site's `Templates` folder with a layout, an article, partials and unrelated files.
    static func makeTemplates() throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory()
        try folder.write("<html>{{$content}}{{/content}}{{> footer}}</html>", to: "layout.mustache")
        try folder.write("{{<layout}}{{$content}}{{> article/meta}}{{/content}}{{/layout}}", to: "article.mustache")
        try folder.write("{{<layout}}{{$content}}{{>*kind}}{{/content}}{{/layout}}", to: "page.mustache")
        try folder.write("<p>{{author}}</p>{{> byline}}", to: "partials/article/meta.mustache")
        try folder.write("by {{author}}", to: "partials/byline.mustache")
        try folder.write("<footer>{{> missing}}</footer>", to: "partials/footer.mustache")
        try folder.write("title: Titel", to: "i18n/de.yml")
        try folder.write("body {}", to: "assets/site.css")
        try folder.write("ignored", to: "notes.txt")
        try folder.write("{{#broken", to: ".hidden.mustache")
        return folder
    }

    @Test("A folder loads templates by file name and partials by their path below partials/")
    func loadsFolder() throws {
        let folder = try LibraryTests.makeTemplates()
        let library = try TemplateLibrary(directory: folder.url)
        #expect(library.templateNames == ["article", "article/meta", "byline", "footer", "layout", "page"])
        #expect(library.displayPath(of: "article/meta") == "Templates/partials/article/meta.mustache")
        #expect(library.displayPath(of: "layout") == "Templates/layout.mustache")
        #expect(library.contains("byline"))
        #expect(!library.contains("de"))
        #expect(try library.render("article", ["author": "Anna"]) == "<html><p>Anna</p>by Anna<footer></footer></html>")
    }

    @Test("Dependencies list the partials and parents a template reaches, transitively")
    func dependencies() throws {
        let folder = try LibraryTests.makeTemplates()
        let library = try TemplateLibrary(directory: folder.url)
        #expect(library.dependencies(of: "article") == TemplateDependencies(
            names: ["layout", "footer", "missing", "article/meta", "byline"], usesDynamicNames: false))
        #expect(library.dependencies(of: "page") == TemplateDependencies(
            names: ["layout", "footer", "missing"], usesDynamicNames: true))
        #expect(library.dependencies(of: "byline") == TemplateDependencies(names: [], usesDynamicNames: false))
        #expect(library.dependencies(of: "nope") == nil)
    }

    @Test("Errors of all files are collected, with the display path")
    func collectsErrors() throws {
        let folder = try TemporaryDirectory()
        try folder.write("{{#a}}", to: "one.mustache")
        try folder.write("ok", to: "two.mustache")
        try folder.write("\n{{/b}}", to: "partials/deep/three.mustache")
        #expect(throws: TemplateLoadError(errors: [
            TemplateError(path: "Site/one.mustache", line: 1, column: 7,
                          message: "unclosed section 'a' opened at 1:1; add {{/a}}"),
            TemplateError(path: "Site/partials/deep/three.mustache", line: 2, column: 1,
                          message: "'{{/b}}' closes no open section; remove it"),
        ])) {
            try TemplateLibrary(directory: folder.url, displayPath: "Site")
        }
    }

    @Test("A name used by a template and a partial is an error naming both files")
    func nameConflict() throws {
        let folder = try TemporaryDirectory()
        try folder.write("top", to: "header.mustache")
        try folder.write("partial", to: "partials/header.mustache")
        do {
            _ = try TemplateLibrary(directory: folder.url)
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "Templates/partials/header.mustache: error: template name 'header' is used "
                + "by both Templates/header.mustache and Templates/partials/header.mustache; rename one of them")
        }
    }

    @Test("A template that links outside the folder holding the templates is an error and is not read; links inside are read")
    func linksOutside() throws {
        let site = try TemporaryDirectory()
        let outside = try TemporaryDirectory()
        try outside.write("GEHEIM", to: "secret.txt")
        try site.write("{{> kopf}}", to: "Templates/article.mustache")
        try site.write("Kopf", to: "Shared/kopf.mustache")
        let templates = site.url.appendingPathComponent("Templates")
        try FileManager.default.createDirectory(at: templates.appendingPathComponent("partials"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: templates.appendingPathComponent("partials/kopf.mustache").path,
                                                   withDestinationPath: "../../Shared/kopf.mustache")
        let library = try TemplateLibrary(directory: templates)
        #expect(library.templateNames.contains("kopf"))
        try FileManager.default.createSymbolicLink(atPath: templates.appendingPathComponent("partials/geheim.mustache").path,
                                                   withDestinationPath: outside.url.appendingPathComponent("secret.txt").path)
        do {
            _ = try TemplateLibrary(directory: templates)
            Issue.record("expected an error")
        } catch {
            #expect(error.errors.map(\.path) == ["Templates/partials/geheim.mustache"])
            #expect(error.description.contains("leads outside the site's folder"))
            #expect(!error.description.contains("GEHEIM"))
        }
    }

    @Test("A missing folder is an error that says what to create")
    func missingFolder() {
        do {
            _ = try TemplateLibrary(directory: URL(fileURLWithPath: "/nonexistent/Templates"))
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "Templates: error: template folder '/nonexistent/Templates' does not exist "
                + "or cannot be read; create it with a template such as Templates/layout.mustache")
        }
    }

    @Test("A missing partial renders as nothing, as the spec says")
    func missingPartial() throws {
        let library = try TemplateLibrary(sources: ["t": "[{{> nope}}]"])
        #expect(try library.render("t", [:]) == "[]")
    }

    @Test("The render buffer is reused: removeAll keeps its capacity")
    func bufferReuse() throws {
        let library = try TemplateLibrary(sources: ["t": "Hello, {{name}}!"])
        var buffer = RenderBuffer(capacity: 64)
        try library.render("t", ["name": "Welt"], into: &buffer)
        #expect(buffer.string == "Hello, Welt!")
        buffer.removeAll(keepingCapacity: true)
        #expect(buffer.isEmpty)
        #expect(buffer.capacity >= 64)
        try library.render("t", ["name": "Ruhr"], into: &buffer)
        try library.render("t", ["name": "&"], into: &buffer)
        #expect(buffer.string == "Hello, Ruhr!Hello, &amp;!")
    }
}

@Suite("Concurrent rendering")
struct ConcurrencyTests {
    @Test("Rendering from many tasks at once gives the same bytes as rendering serially")
    func concurrentRenders() async throws {
        let library = try TemplateLibrary(sources: [
            "page": "{{<layout}}{{$body}}{{#items}}{{> item}}\n{{/items}}{{/body}}{{/layout}}",
            "layout": "<main>\n  {{$body}}{{/body}}\n</main>",
            "item": "<li>{{name}} & {{{html}}}</li>",
        ])
        func context(_ page: Int) -> TemplateValue {
            ["items": .array((0..<50).map { ["name": .string("item \($0) of <\(page)>"), "html": "<b>x</b>"] })]
        }
        let serial = try (0..<64).map { try library.render("page", context($0)) }
        let parallel = try await withThrowingTaskGroup(of: [(Int, [UInt8])].self) { group in
            for worker in 0..<8 {
                group.addTask {
                    var buffer = RenderBuffer()
                    var results: [(Int, [UInt8])] = []
                    for page in stride(from: worker, to: 64, by: 8) {
                        buffer.removeAll(keepingCapacity: true)
                        try library.render("page", context(page), into: &buffer)
                        results.append((page, buffer.bytes))
                    }
                    return results
                }
            }
            var pages: [Int: [UInt8]] = [:]
            for try await results in group {
                for (page, bytes) in results { pages[page] = bytes }
            }
            return pages
        }
        #expect(parallel.count == 64)
        for page in 0..<64 {
            #expect(parallel[page] == Array(serial[page].utf8))
        }
        #expect(serial[3].contains("item 49 of &lt;3&gt; & <b>x</b>"))
    }
}

@Suite("Template values")
struct TemplateValueTests {
    @Test("Literals build values")
    func literals() {
        let value: TemplateValue = ["s": "x", "i": 1, "d": 1.5, "b": true, "n": nil, "a": [1, "two"], "o": ["k": "v"]]
        #expect(value == .object([
            "s": .string("x"), "i": .int(1), "d": .double(1.5), "b": .bool(true), "n": .null,
            "a": .array([.int(1), .string("two")]), "o": .object(["k": .string("v")]),
        ]))
        let name = "Welt"
        #expect(TemplateValue(stringLiteral: "Hallo \(name)") == .string("Hallo Welt"))
    }

    @Test("JSON decodes booleans before integers before doubles")
    func decoding() throws {
        let json = #"{"b": true, "i": 85, "d": 1.21, "whole": 2.0, "s": "x", "n": null, "a": [1, false], "o": {}}"#
        let value = try JSONDecoder().decode(TemplateValue.self, from: Data(json.utf8))
        #expect(value == [
            "b": true, "i": 85, "d": 1.21, "whole": 2, "s": "x", "n": nil, "a": [1, false], "o": [:],
        ])
    }
}
