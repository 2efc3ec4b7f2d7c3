import FrontMatter
import Testing

/// Anchors, aliases and merge keys read as PyYAML reads them (the fixtures 221 to 227 compare
/// whole documents); these tests pin positions, limits and recovery.
struct AliasTests {
    static func errors(_ text: String, parser: YAMLParser = YAMLParser()) -> [String] {
        do {
            _ = try parser.parse(text)
            return []
        } catch {
            return error.errors.map(\.description)
        }
    }

    @Test("An alias's value stands where the alias is written, so messages point at the use")
    func aliasPosition() throws {
        let root = try YAMLParser().parse("url: &link https://example.org/\nagain: *link\n")
        let again = try #require(root["again"])
        #expect(again.value == .string("https://example.org/"))
        #expect((again.line, again.column) == (2, 8))
    }

    @Test("Values inside a repeated collection keep the place where they are written")
    func aliasChildrenKeepTheirPlaces() throws {
        let root = try YAMLParser().parse("image: &image\n  src: a.jpg\ncover: *image\n")
        let cover = try #require(root["cover"])
        #expect((cover.line, cover.column) == (3, 8))
        let source = try #require(cover["src"])
        #expect((source.line, source.column) == (2, 8))
    }

    @Test("A merged key keeps its first place and takes the mapping's own value")
    func mergeOrder() throws {
        let root = try YAMLParser().parse("base: &base {a: 1, b: 2}\npost:\n  b: 3\n  <<: *base\n  c: 4\n")
        let post = try #require(root["post"])
        guard case .mapping(let pairs) = post.value else {
            Issue.record("post is not a mapping")
            return
        }
        #expect(pairs.map(\.key.value) == [.string("a"), .string("b"), .string("c")])
        #expect(pairs.map(\.value.value) == [.int(1), .int(3), .int(4)])
    }

    @Test("A key that a merge brings in is no duplicate, but two own keys are")
    func mergedKeysAreNoDuplicates() {
        #expect(Self.errors("base: &base {title: a}\npost:\n  <<: *base\n  title: b\n") == [])
        #expect(Self.errors("post:\n  <<: {title: a}\n  title: b\n  title: c\n") == [
            "4:3: duplicate key 'title'; the first is at 3:3; remove one of them, or rename one",
        ])
    }

    @Test("The expansion limit counts every value an alias repeats")
    func expansionLimit() {
        let parser = YAMLParser(maxAliasExpansion: 8)
        // A list of three is four values; twice is eight, a third time too many.
        let text = "list: &list [a, b, c]\none: *list\ntwo: *list\nthree: *list\n"
        #expect(Self.errors(text, parser: parser) == [
            "4:8: alias '*list' makes the aliases repeat more than 8 values in all; repeat less data with aliases, or write it out; aliases that repeat collections of repeated collections grow the data exponentially",
        ])
        #expect(Self.errors("list: &list [a, b, c]\none: *list\ntwo: *list\n", parser: parser) == [])
    }

    @Test("A billion laughs ends in one error at the alias that crosses the limit")
    func billionLaughs() {
        var lines = ["a0: &a0 [" + Array(repeating: "lol", count: 10).joined(separator: ", ") + "]"]
        for level in 1...20 {
            lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        let errors = Self.errors(lines.joined(separator: "\n") + "\n")
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("5:45: alias '*a3' makes the aliases repeat more than 100000 values") == true)
    }

    @Test("A merge key bomb is stopped by the same limit")
    func mergeBomb() {
        var lines = ["m0: &m0 {" + (0..<10).map { "k\($0): v" }.joined(separator: ", ") + "}"]
        for level in 1...30 {
            lines.append("m\(level): &m\(level)\n  <<: [" + Array(repeating: "*m\(level - 1)", count: 10).joined(separator: ", ") + "]")
            lines.append("  own\(level): [" + Array(repeating: "*m\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        let errors = Self.errors(lines.joined(separator: "\n") + "\n")
        #expect(errors.count == 1)
        #expect(errors.first?.contains("makes the aliases repeat more than 100000 values") == true)
    }

    @Test("An alias to a collection cut short by a syntax error stands for null, without a second error")
    func aliasAfterRecovery() throws {
        #expect(Self.errors("list: &list\n  - a: b: c\ntitle: ok\nagain: *list\n") == [
            "2:9: the value 'b: c' contains ': ', which starts a key only at the beginning of a line; put the whole value in quotes: \"b: c\"",
        ])
    }

    @Test("An anchor and its alias work in a front matter block, with file lines")
    func frontMatterLines() throws {
        let frontMatter = try FrontMatter(splitting: "---\ntitle: &t Hallo\nsubtitle: *t\n---\nText\n")
        let root = try #require(try frontMatter.parseYAML())
        let subtitle = try #require(root["subtitle"])
        #expect(subtitle.value == .string("Hallo"))
        #expect((subtitle.line, subtitle.column) == (3, 11))
    }
}
