import FrontMatter
import Testing

/// Errors name the line and column, quote the user's text, say how to fix it, and come all
/// at once, sorted by position.
struct YAMLErrorTests {
    static func errors(_ text: String, firstLine: Int = 1) -> [String] {
        do {
            _ = try YAMLParser().parse(text, firstLine: firstLine)
            return []
        } catch {
            return error.errors.map(\.description)
        }
    }

    @Test("An error has a line, a column, a message and a fix")
    func errorFields() {
        #expect(throws: YAMLErrors([YAMLError(
            line: 2, column: 7,
            message: "'2026-02-30' is not a valid date: day 30 is out of range (February 2026 has 28 days)",
            fix: "write a date that exists, like 2026-11-24, 2026-11-24 14:30 or 2026-11-24T14:30:00+01:00")])) {
            try YAMLParser().parse("title: x\ndate: 2026-02-30\n")
        }
    }

    @Test("An impossible date names every field out of range and shows what a valid date looks like", arguments: [
        ("2026-13-45", "'2026-13-45' is not a valid date: month 13 (1 to 12) and day 45 (1 to 31) are out of range"),
        ("2026-00-15", "'2026-00-15' is not a valid date: month 0 is out of range (1 to 12)"),
        ("2025-02-29 10:00:00", "'2025-02-29 10:00:00' is not a valid date: day 29 is out of range (February 2025 has 28 days)"),
        ("2026-11-24 25:61:61", "'2026-11-24 25:61:61' is not a valid time: hour 25 (0 to 23), minute 61 (0 to 59) and second 61 (0 to 59) are out of range"),
        ("2026-11-31T24:00:00+01:00", "'2026-11-31T24:00:00+01:00' is not a valid date: day 31 (November 2026 has 30 days) and hour 24 (0 to 23) are out of range"),
    ])
    func impossibleDatesNameTheirFields(_ value: String, _ message: String) {
        #expect(Self.errors("date: \(value)\n") == [
            "1:7: \(message); write a date that exists, like 2026-11-24, 2026-11-24 14:30 or 2026-11-24T14:30:00+01:00",
        ])
    }

    @Test("Every error is reported, in the order of the text")
    func collectsAllErrors() {
        #expect(Self.errors("""
            a: b: c
            title: ok
            date: 2026-13-01
            tags: [a, b
            author: anna
            author: ben
            """) == [
            "1:5: the value 'b: c' contains ': ', which starts a key only at the beginning of a line; put the whole value in quotes: \"b: c\"",
            "3:7: '2026-13-01' is not a valid date: month 13 is out of range (1 to 12); write a date that exists, like 2026-11-24, 2026-11-24 14:30 or 2026-11-24T14:30:00+01:00",
            "4:7: the list '[' opened at 4:7 is not closed; add ']' after its last item",
            "6:1: duplicate key 'author'; the first is at 5:1; remove one of them, or rename one",
        ])
    }

    @Test("Errors count lines from the given first line")
    func errorsUseFirstLine() {
        #expect(Self.errors("a: 1\na: 2\n", firstLine: 10) == [
            "11:1: duplicate key 'a'; the first is at 10:1; remove one of them, or rename one",
        ])
    }

    @Test("Error columns count Unicode scalars")
    func errorColumnsCountScalars() {
        #expect(Self.errors("größe: 😀 2026-02-30 x\nwann: 2026-02-30\n") == [
            "2:7: '2026-02-30' is not a valid date: day 30 is out of range (February 2026 has 28 days); write a date that exists, like 2026-11-24, 2026-11-24 14:30 or 2026-11-24T14:30:00+01:00",
        ])
        #expect(Self.errors("ärger: [ä, ö}\n") == [
            "1:13: '}' does not close the '[' opened at 1:8; close it with ']'",
        ])
    }

    @Test("Duplicate keys in nested and flow mappings are found")
    func duplicatesEverywhere() {
        #expect(Self.errors("a:\n  x: 1\n  x: 2\nb: {y: 1, y: 2}\n") == [
            "3:3: duplicate key 'x'; the first is at 2:3; remove one of them, or rename one",
            "4:11: duplicate key 'y'; the first is at 4:5; remove one of them, or rename one",
        ])
    }

    @Test("The same key in different mappings is no duplicate")
    func sameKeyInSiblings() throws {
        let node = try YAMLParser().parse("- name: a\n- name: b\nx: 1\n".replacingOccurrences(of: "x: 1\n", with: ""))
        #expect(node.sequenceValue?.count == 2)
    }

    @Test("Undefined aliases and tags are each reported, and parsing goes on")
    func unsupportedFeaturesAreCollected() {
        #expect(Self.errors("a: &x 1\nb: *y\nc: !!str 3\nd: 2026-02-30\n") == [
            "2:4: alias '*y' refers to no anchor: '&y' is not defined before it; write '&y' before the data this alias repeats (an alias can only refer back), or put the value in quotes if '*' belongs to the text",
            "3:4: tag '!!str' is not supported; remove the tag; put the value in quotes to keep it as text",
            "4:4: '2026-02-30' is not a valid date: day 30 is out of range (February 2026 has 28 days); write a date that exists, like 2026-11-24, 2026-11-24 14:30 or 2026-11-24T14:30:00+01:00",
        ])
    }

    @Test("An unclosed quote is reported where it opens, and the next keys are still read")
    func unclosedQuoteRecovers() {
        #expect(Self.errors("title: \"Hallo\nslug: x\nslug: y\n") == [
            "1:8: double-quoted text opened at 1:8 is not closed; add the closing \" at the end of the text",
            "3:1: duplicate key 'slug'; the first is at 2:1; remove one of them, or rename one",
        ])
    }

    @Test("A syntax error in a document that is not a mapping stops parsing")
    func noRecoveryOutsideRootMapping() {
        #expect(Self.errors("- \"open\n- a: 1\n  a: 2\n") == [
            "1:3: double-quoted text opened at 1:3 is not closed; add the closing \" at the end of the text",
        ])
    }

    @Test("YAMLErrors prints one error per line")
    func errorsDescription() {
        let errors = YAMLErrors([
            YAMLError(line: 1, column: 2, message: "m1", fix: "f1"),
            YAMLError(line: 3, column: 4, message: "m2", fix: "f2"),
        ])
        #expect(errors.description == "1:2: m1; f1\n3:4: m2; f2")
    }
}
