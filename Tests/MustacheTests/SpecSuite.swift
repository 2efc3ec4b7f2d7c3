import Foundation
import Mustache
import Testing
import ZecheTestSupport

/// The Mustache spec's JSON test files, found through `MUSTACHE_SPEC_DIR` or at
/// `../shared/spec/mustache` beside the package.
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

    /// The files the engine implements; `~lambdas.json` is left out because data never holds code.
    static let files = [
        "comments.json", "delimiters.json", "interpolation.json", "inverted.json", "partials.json",
        "sections.json", "~inheritance.json", "~dynamic-names.json",
    ]

    /// The name the template under test gets; no spec partial uses it.
    static let templateName = "(spec template)"

    let directory: URL

    /// The suite at `MUSTACHE_SPEC_DIR`, or at `../shared/spec/mustache` relative to the package root.
    static let standard = SpecSuite(directory: {
        if let path = ProcessInfo.processInfo.environment["MUSTACHE_SPEC_DIR"], !path.isEmpty {
            return URL(fileURLWithPath: path, isDirectory: true)
        }
        return PackagePaths.root().appendingPathComponent("../shared/spec/mustache", isDirectory: true).standardized
    }())

    /// Whether the folder exists; when it does not, the spec tests are skipped, never passed.
    var isAvailable: Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent("comments.json").path)
    }

    /// Why the spec tests are skipped.
    var skipReason: String {
        "Mustache spec not found at \(directory.path); set MUSTACHE_SPEC_DIR to the folder of its JSON files"
    }

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

    /// Every case of every implemented file, or none when the folder is missing.
    func cases() -> [Case] {
        guard isAvailable else { return [] }
        var cases: [Case] = []
        for file in SpecSuite.files {
            let url = directory.appendingPathComponent(file)
            guard let data = try? Data(contentsOf: url),
                  let decoded = try? JSONDecoder().decode(File.self, from: data) else {
                // A file that cannot be read or decoded becomes a failing case, not a silent skip.
                cases.append(Case(
                    file: file, name: "(cannot read or decode the file)", data: .null, template: "",
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
