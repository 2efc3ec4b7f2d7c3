import Foundation
import Mustache
import Testing

@Suite("Mustache spec")
struct SpecTests {
    @Test(
        "Each spec test renders its expected output",
        .enabled(if: SpecSuite.standard.isAvailable, Comment(rawValue: SpecSuite.standard.skipReason)),
        arguments: SpecSuite.standard.cases())
    func specCase(_ test: SpecSuite.Case) {
        #expect(SpecSuite.render(test) == test.expected)
    }

    @Test(
        "All 136 core, 27 inheritance and 21 dynamic-names tests run and pass",
        .enabled(if: SpecSuite.standard.isAvailable, Comment(rawValue: SpecSuite.standard.skipReason)))
    func allSpecTestsPass() {
        var ran: [String: Int] = [:]
        var passed: [String: Int] = [:]
        for test in SpecSuite.standard.cases() {
            let group = test.file.hasPrefix("~") ? test.file : "core"
            ran[group, default: 0] += 1
            if SpecSuite.render(test) == test.expected { passed[group, default: 0] += 1 }
        }
        let expected = ["core": 136, "~inheritance.json": 27, "~dynamic-names.json": 21]
        #expect(ran == expected)
        #expect(passed == expected)
    }

    @Test("A missing spec folder skips the spec tests instead of passing them")
    func missingFolderSkips() {
        let suite = SpecSuite(directory: URL(fileURLWithPath: "/nonexistent/spec/mustache"))
        #expect(!suite.isAvailable)
        #expect(suite.cases().isEmpty)
        #expect(suite.skipReason.contains("/nonexistent/spec/mustache"))
        #expect(suite.skipReason.contains("MUSTACHE_SPEC_DIR"))
    }
}
