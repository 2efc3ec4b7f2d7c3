import Foundation
import Testing
import ZecheTestSupport

/// `zeche mustache` renders every Mustache spec test like the engine itself, when the test's
/// data, template and partials are written to files.
@Suite struct MustacheCommandTests {
    struct SpecCase: Sendable, CustomTestStringConvertible {
        let file: String
        let name: String
        let data: Data
        let template: String
        let partials: [String: String]
        let expected: String
        var testDescription: String { "\(file): \(name)" }
    }

    /// The spec's copy in the repository, which the engine's own spec tests read too.
    static let specFolder = PackagePaths.root().appendingPathComponent("Tests/MustacheTests/Spec")

    static let cases: [SpecCase] = {
        let files = ["comments", "delimiters", "interpolation", "inverted", "partials", "sections", "~inheritance", "~dynamic-names"]
        var cases: [SpecCase] = []
        for file in files {
            guard let data = FileManager.default.contents(atPath: specFolder.appendingPathComponent("\(file).json").path),
                  let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let tests = root["tests"] as? [[String: Any]] else { continue }
            for test in tests {
                guard let name = test["name"] as? String, let template = test["template"] as? String,
                      let expected = test["expected"] as? String,
                      let json = try? JSONSerialization.data(withJSONObject: test["data"] ?? NSNull(), options: [.fragmentsAllowed])
                else { continue }
                cases.append(SpecCase(file: file, name: name, data: json, template: template,
                                      partials: test["partials"] as? [String: String] ?? [:], expected: expected))
            }
        }
        return cases
    }()

    @Test func everySpecTestIsCovered() {
        #expect(Self.cases.count == 184)
    }

    @Test(arguments: cases)
    func rendersTheSpecsExpectedOutput(_ spec: SpecCase) throws {
        let folder = try TemporaryDirectory(prefix: "zeche-mustache")
        try folder.write(spec.data, to: "data.json")
        try folder.write(spec.template, to: "template.mustache")
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("partials"), withIntermediateDirectories: true)
        for (name, text) in spec.partials { try folder.write(text, to: "partials/\(name).mustache") }
        let run = try CommandRun.zeche(["mustache", "data.json", "template.mustache", "--partials", "partials"], in: folder.url)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput == spec.expected)
    }

    @Test func templateErrorsNameTheFileAndExitWithOne() throws {
        let folder = try TemporaryDirectory(prefix: "zeche-mustache")
        try folder.write("{\"items\": []}", to: "data.json")
        try folder.write("<ul>\n  {{#items}}<li>{{.}}</li>\n</ul>\n", to: "list.mustache")
        let run = try CommandRun.zeche(["mustache", "data.json", "list.mustache"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.standardError == "list.mustache:4:1: error: unclosed section 'items' opened at 2:3; add {{/items}}\n")
        #expect(run.standardOutput == "")
    }

    @Test func strictModeWarnsAboutNamesThatAreNotSet() throws {
        let folder = try TemporaryDirectory(prefix: "zeche-mustache")
        try folder.write("article:\n  author: Doreen\n", to: "data.yml")
        try folder.write("Von {{article.autor}}\n", to: "page.mustache")
        let run = try CommandRun.zeche(["mustache", "data.yml", "page.mustache", "--strict"], in: folder.url)
        #expect(run.status == 0)
        #expect(run.standardOutput == "Von \n")
        #expect(run.standardError == "page.mustache:1:5: warning: 'article.autor' is not set; did you mean 'article.author'?\n")
    }

    @Test func yamlDataFromStandardInputRenders() throws {
        let folder = try TemporaryDirectory(prefix: "zeche-mustache")
        try folder.write("{{title}} – {{#tags}}{{.}} {{/tags}}\n", to: "page.mustache")
        let run = try CommandRun.zeche(["mustache", "-", "page.mustache"], in: folder.url,
                                       input: Data("title: \"Code ist die neue Kohle\"\ntags: [Ruhrgebiet, Digitalisierung]\n".utf8))
        #expect(run.standardOutput == "Code ist die neue Kohle – Ruhrgebiet Digitalisierung \n")
    }

    @Test(arguments: [["mustache"], ["mustache", "only-one.json"], ["mustache", "a", "b", "--bogus"]])
    func usageErrorsExitWithTwo(_ arguments: [String]) throws {
        let run = try CommandRun.zeche(arguments)
        #expect(run.status == 2)
        #expect(run.standardError.hasPrefix("error: "))
    }
}
