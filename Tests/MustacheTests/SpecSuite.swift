import Foundation
import Mustache
import Testing
import ZecheTestSupport

/// The Mustache spec's JSON test files, kept in the repository at `Tests/MustacheTests/Spec`
/// (MIT-licensed; the licence is beside them).
struct SpecSuite: Sendable {
    /// One entry of a spec file: render `template` with `data` and the `partials`, expect `expected`.
    struct Case: Sendable, CustomTestStringConvertible {
        var file: String
        var name: String
        var data: TemplateValue
        var template: String
        var partials: [String: String]
        var expected: String

        var testDescription: String { "\(file): \(name)" }
    }

    /// The files the engine implements.
    static let files = [
        "comments.json", "delimiters.json", "interpolation.json", "inverted.json", "partials.json",
        "sections.json", "~inheritance.json", "~dynamic-names.json",
    ]

    /// The files of the spec that are not run, each with the reason.
    static let skippedFiles = [
        "~lambdas.json": "lambdas are code in the data, and Zeche's template data comes from files, never from code",
    ]

    /// The name the template under test gets; no spec partial uses it.
    static let templateName = "(spec template)"

    let directory: URL

    /// The copy in the repository.
    static let standard = SpecSuite(
        directory: PackagePaths.root().appendingPathComponent("Tests/MustacheTests/Spec", isDirectory: true))

    private struct File: Decodable {
        struct Test: Decodable {
            var name: String
            var data: TemplateValue
            var template: String
            var partials: [String: String]?
            var expected: String
        }
        var tests: [Test]
    }

    /// Every case of every implemented file. A file that is missing or cannot be decoded
    /// becomes one failing case, so the suite never passes without its tests.
    func cases() -> [Case] {
        var cases: [Case] = []
        for file in SpecSuite.files {
            let url = directory.appendingPathComponent(file)
            guard let data = try? Data(contentsOf: url),
                  let decoded = try? JSONDecoder().decode(File.self, from: data) else {
                cases.append(Case(
                    file: file, name: "(cannot read or decode \(url.path))", data: .null, template: "",
                    partials: [:], expected: "\u{0}unreadable"))
                continue
            }
            for test in decoded.tests {
                cases.append(Case(
                    file: file, name: test.name, data: test.data, template: test.template,
                    partials: test.partials ?? [:], expected: test.expected))
            }
        }
        return cases
    }

    /// Renders a case; a load or render error becomes its description, so it fails the comparison.
    static func render(_ test: Case) -> String {
        var sources = test.partials
        sources[templateName] = test.template
        do {
            let library = try TemplateLibrary(sources: sources)
            return try library.render(templateName, test.data)
        } catch let error as TemplateLoadError {
            return "load error: \(error)"
        } catch {
            return "render error: \(error)"
        }
    }
}
