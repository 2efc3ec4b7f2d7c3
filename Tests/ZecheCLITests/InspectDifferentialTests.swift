import Foundation
import Testing
import ZecheTestSupport

/// `zeche inspect --json` prints front matter as PyYAML reads it: each YAML fixture of the
/// FrontMatter tests that is a mapping, made into the front matter of a content file, gives
/// the fixture's `.json` expectation (written by `scripts/yaml-expectations.py`) as
/// `frontMatter`.
struct InspectDifferentialTests {
    struct Fixture: CustomTestStringConvertible, Sendable {
        let name: String
        let yaml: Data
        let expected: String
        var testDescription: String { name }
    }

    static let folder = PackagePaths.fixtures("FrontMatterTests").appendingPathComponent("yaml")

    /// Every fixture whose expectation is a JSON object.
    static let fixtures: [Fixture] = {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".yml") }.sorted()
        return names.compactMap { file in
            let name = String(file.dropLast(4))
            guard let yaml = FileManager.default.contents(atPath: folder.appendingPathComponent(file).path),
                  let json = FileManager.default.contents(atPath: folder.appendingPathComponent(name + ".json").path),
                  json.first == UInt8(ascii: "{")
            else { return nil }
            return Fixture(name: name, yaml: yaml, expected: String(decoding: json, as: UTF8.self))
        }
    }()

    /// A front matter block always ends in a line break before its closing `---`, so a block
    /// scalar that ends the file without one reads differently there.
    static let notWrappable: Set<String> = ["132-block-at-end-without-newline"]

    /// The fixture as a content file: its byte order mark first, fence lines in its own line
    /// break style, and none added where the fixture has one (`---` first, `...` or `---` to
    /// end the document).
    static func contentFile(_ yaml: Data) -> Data {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        var bytes = [UInt8](yaml)
        let hasBOM = bytes.starts(with: bom)
        if hasBOM { bytes.removeFirst(3) }
        let text = String(decoding: bytes, as: UTF8.self)
        let lineBreak = text.contains("\r\n") ? "\r\n" : text.contains("\r") ? "\r" : "\n"
        let lines = text.components(separatedBy: lineBreak)
        func isFence(_ line: String, _ mark: String) -> Bool {
            line.hasPrefix(mark) && line.dropFirst(3).allSatisfy { $0 == " " || $0 == "\t" }
        }
        let opens = lines.first.map { isFence($0, "---") } ?? false
        let closes = lines.dropFirst(opens ? 1 : 0).contains { isFence($0, "---") || isFence($0, "...") }
        var file = hasBOM ? bom : []
        if !opens { file += Array("---\(lineBreak)".utf8) }
        file += bytes
        if !closes {
            if !text.isEmpty, !text.hasSuffix(lineBreak) { file += Array(lineBreak.utf8) }
            file += Array("---\(lineBreak)".utf8)
        }
        file += Array("Der Text.\(lineBreak)".utf8)
        return Data(file)
    }

    @Test("Every mapping fixture is compared, except the one a front matter cannot hold")
    func fixtureCount() {
        #expect(Self.fixtures.count == 213)
        #expect(Self.notWrappable.isSubset(of: Set(Self.fixtures.map(\.name))))
    }

    @Test("zeche inspect --json gives a fixture's front matter as PyYAML reads it",
          arguments: fixtures.filter { !notWrappable.contains($0.name) })
    func frontMatterMatchesPyYAML(_ fixture: Fixture) throws {
        let folder = try TemporaryDirectory(prefix: "zeche-inspect")
        try folder.write(Self.contentFile(fixture.yaml), to: "\(fixture.name).md")
        let run = try ZecheRun(["inspect", "--json", "\(fixture.name).md"], in: folder.url)
        #expect(run.status == 0, "\(run.standardError)")
        let printed = try JSONValue(parsing: run.standardOutput)
        #expect(printed["file"] == .string("\(fixture.name).md"))
        #expect(printed["article"] == .null)
        #expect(printed["frontMatter"] == (try JSONValue(parsing: fixture.expected)))
    }
}
