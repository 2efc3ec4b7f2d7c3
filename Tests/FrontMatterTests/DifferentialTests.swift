import FrontMatter
import Testing
import ZecheTestSupport

/// Each fixture under `Fixtures/yaml/` must read exactly as PyYAML's `safe_load` reads it; the
/// expected JSON next to it comes from `scripts/yaml-expectations.py`.
struct DifferentialTests {
    static let fixtures = Fixture.all(in: "yaml")

    @Test("There are at least 150 differential fixtures")
    func fixtureCount() {
        #expect(Self.fixtures.count >= 150)
    }

    @Test("A fixture reads as PyYAML reads it", arguments: fixtures)
    func fixtureMatchesPyYAML(_ fixture: Fixture) throws {
        let expectedText = try fixture.read("json")
        let node = try YAMLParser().parse(try fixture.read("yml"))
        let actualText = node.jsonText(pretty: true)
        let expected = try JSONValue(parsing: expectedText)
        let actual = try JSONValue(parsing: actualText)
        #expect(actual == expected, "\(lineDiff(expected: expectedText, actual: actualText + "\n") ?? "")")
    }

    @Test("The pretty JSON text is byte for byte what Python's json.dumps writes", arguments: fixtures)
    func prettyTextMatchesPython(_ fixture: Fixture) throws {
        let node = try YAMLParser().parse(try fixture.read("yml"))
        #expect(node.jsonText(pretty: true) + "\n" == (try fixture.read("json")))
    }
}
