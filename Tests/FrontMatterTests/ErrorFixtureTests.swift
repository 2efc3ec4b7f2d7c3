import FrontMatter
import Testing
import ZecheTestSupport

/// Each fixture under `Fixtures/yaml-errors/` is outside the subset or invalid, and must give
/// exactly the errors listed in the `.errors` file next to it.
struct ErrorFixtureTests {
    static let fixtures = Fixture.all(in: "yaml-errors")

    @Test("A fixture outside the subset gives the expected errors", arguments: fixtures)
    func fixtureGivesExpectedErrors(_ fixture: Fixture) throws {
        let expected = try fixture.read("errors")
        let text = try fixture.read("yml")
        #expect(throws: YAMLErrors.self) { try YAMLParser().parse(text) }
        do {
            _ = try YAMLParser().parse(text)
        } catch {
            let actual = error.errors.map(\.description).joined(separator: "\n") + "\n"
            #expect(actual == expected, "\(lineDiff(expected: expected, actual: actual) ?? "")")
        }
    }
}
