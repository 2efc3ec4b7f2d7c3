import Foundation
import Mustache
import Testing
import ZecheTestSupport

@Suite("Mustache spec")
struct SpecTests {
    @Test("Each spec test renders its expected output", arguments: SpecSuite.standard.cases())
    func specCase(_ test: SpecSuite.Case) {
        #expect(SpecSuite.render(test) == test.expected)
    }

    @Test("All 136 core, 27 inheritance and 21 dynamic-names tests run and pass")
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

    @Test("The spec is in the repository, with its licence, and every file of it is run or skipped with a reason")
    func specIsInTheRepository() throws {
        let root = PackagePaths.root().standardizedFileURL.path + "/"
        let folder = SpecSuite.standard.directory.standardizedFileURL
        #expect(folder.path.hasPrefix(root))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(names.contains("LICENSE"))
        let license = try String(contentsOf: folder.appendingPathComponent("LICENSE"), encoding: .utf8)
        #expect(license.contains("Copyright (c) 2010-2022 Mustache Contributors"))
        let specFiles = Set(names.filter { $0.hasSuffix(".json") })
        #expect(specFiles == Set(SpecSuite.files).union(SpecSuite.skippedFiles.keys))
    }

    @Test("A missing spec file fails instead of passing")
    func missingFileFails() {
        let suite = SpecSuite(directory: URL(fileURLWithPath: "/nonexistent/spec/mustache"))
        let cases = suite.cases()
        #expect(cases.count == SpecSuite.files.count)
        #expect(cases.allSatisfy { SpecSuite.render($0) != $0.expected })
        #expect(cases.first?.name.contains("/nonexistent/spec/mustache/comments.json") == true)
    }
}
