import Foundation
import Testing
import ZecheKit

/// Text values may not hold characters a reader cannot see: control characters (other than tab
/// and line feed) and bidirectional embeddings, overrides and isolates.
struct InvisibleCharacterTests {
    static func configDiagnostics(_ yaml: String) throws -> [String] {
        let site = try TestSite(["site.yml": "title: T\nurl: https://example.com/\n" + yaml])
        return SiteConfig.load(root: site.root).1.map(\.description)
    }

    @Test("A text value of site.yml with an invisible character is an error that names it", arguments: [
        ("description: \"Neu\\u202Eigkeiten\"\n", "3:14", "description", "U+202E RIGHT-TO-LEFT OVERRIDE", "\\u202E"),
        ("description: \"a\\u202Ab\"\n", "3:14", "description", "U+202A LEFT-TO-RIGHT EMBEDDING", "\\u202A"),
        ("description: \"a\\u202Cb\"\n", "3:14", "description", "U+202C POP DIRECTIONAL FORMATTING", "\\u202C"),
        ("description: \"a\\u2066b\"\n", "3:14", "description", "U+2066 LEFT-TO-RIGHT ISOLATE", "\\u2066"),
        ("description: \"a\\u2069b\"\n", "3:14", "description", "U+2069 POP DIRECTIONAL ISOLATE", "\\u2069"),
        ("copyright: \"\\0\"\n", "3:12", "copyright", "U+0000 NULL", "\\x00"),
        ("copyright: \"\\a\"\n", "3:12", "copyright", "U+0007 ALERT", "\\x07"),
        ("copyright: \"zwei\\rZeilen\"\n", "3:12", "copyright", "U+000D CARRIAGE RETURN", "\\x0D"),
        ("copyright: \"\\e[31m\"\n", "3:12", "copyright", "U+001B ESCAPE", "\\x1B"),
        ("copyright: \"\\x7F\"\n", "3:12", "copyright", "U+007F DELETE", "\\x7F"),
        ("copyright: \"\\N\"\n", "3:12", "copyright", "U+0085 NEXT LINE", "\\x85"),
        ("copyright: \"\\x9B\"\n", "3:12", "copyright", "U+009B CONTROL SEQUENCE INTRODUCER", "\\x9B"),
        ("publisher:\n  name: \"Q\\u202DOne\"\n", "4:9", "name", "U+202D LEFT-TO-RIGHT OVERRIDE", "\\u202D"),
    ])
    func invisibleCharacterInConfig(_ yaml: String, _ position: String, _ key: String, _ character: String, _ escape: String) throws {
        #expect(try Self.configDiagnostics(yaml) == [
            "site.yml:\(position): error: '\(key)' contains the invisible character \(character); remove it\n"
                + "fix: delete the character, or the escape such as '\(escape)' that writes it; most editors do not show it",
        ])
    }

    @Test("An entry of a list with an invisible character is an error at the entry")
    func invisibleCharacterInList() throws {
        #expect(try Self.configDiagnostics("share: [linkedin, \"xing\\u2067\"]\n") == [
            "site.yml:3:19: error: 'share' contains the invisible character U+2067 RIGHT-TO-LEFT ISOLATE; remove it\n"
                + "fix: delete the character, or the escape such as '\\u2067' that writes it; most editors do not show it",
            "site.yml:3:19: error: unknown share network 'xing\u{2067}'; did you mean 'xing'?\n"
                + "fix: choose from linkedin, xing, x, facebook, email, whatsapp, bluesky",
        ])
    }

    @Test("A raw right-to-left override in site.yml is found like an escaped one")
    func rawOverride() throws {
        #expect(try Self.configDiagnostics("description: Neu\u{202E}igkeiten\n") == [
            "site.yml:3:14: error: 'description' contains the invisible character U+202E RIGHT-TO-LEFT OVERRIDE; remove it\n"
                + "fix: delete the character, or the escape such as '\\u202E' that writes it; most editors do not show it",
        ])
    }

    @Test("A text value of an article with an invisible character is an error that names it", arguments: [
        (TestSite.article(title: "\"Preis: 100 \\u202E€\""), "2:8", "title", "U+202E RIGHT-TO-LEFT OVERRIDE", "\\u202E"),
        (TestSite.article("subtitle: \"\\u2066Zitat\\u2069\"\n"), "5:11", "subtitle", "U+2066 LEFT-TO-RIGHT ISOLATE", "\\u2066"),
        (TestSite.article("tags: [Politik, \"Wirt\\x1Bschaft\"]\n"), "5:17", "tags", "U+001B ESCAPE", "\\x1B"),
        (TestSite.article("image_alt: \"Foto\\x85\"\n"), "5:12", "image_alt", "U+0085 NEXT LINE", "\\x85"),
        (TestSite.article("related:\n  - {title: \"Mehr\\u202B\", url: \"https://example.com/\"}\n"), "6:13", "title",
         "U+202B RIGHT-TO-LEFT EMBEDDING", "\\u202B"),
    ])
    func invisibleCharacterInArticle(_ text: String, _ position: String, _ key: String, _ character: String, _ escape: String) throws {
        let site = try TestSite(["Content/posts/a.md": text])
        #expect(site.diagnostics() == [
            "Content/posts/a.md:\(position): error: '\(key)' contains the invisible character \(character); remove it\n"
                + "fix: delete the character, or the escape such as '\(escape)' that writes it; most editors do not show it",
        ])
    }

    @Test("A related slug and an author with an invisible character are errors at the entry")
    func invisibleCharacterInReferences() throws {
        let site = try TestSite([
            "Content/posts/a.md": TestSite.article(author: "[\"anna\\u200F\\u2067\"]", "related: [\"b\\u202C\"]\n"),
            "Content/posts/b.md": TestSite.article(title: "B"),
        ])
        let result = site.load()
        #expect(result.diagnostics.map(\.description).filter { $0.contains("invisible") } == [
            "Content/posts/a.md:4:10: error: 'author' contains the invisible character U+2067 RIGHT-TO-LEFT ISOLATE; remove it\n"
                + "fix: delete the character, or the escape such as '\\u2067' that writes it; most editors do not show it",
            "Content/posts/a.md:5:11: error: 'related' contains the invisible character U+202C POP DIRECTIONAL FORMATTING; remove it\n"
                + "fix: delete the character, or the escape such as '\\u202C' that writes it; most editors do not show it",
        ])
        #expect(result.site == nil)
    }

    @Test("Tabs, line breaks and visible format characters are fine", arguments: [
        "description: \"Spalte\\tSpalte\"\n",
        "description: |\n  Zeile eins\n  Zeile zwei\n",
        "description: \"Zeile\\nZeile\"\n",
        "description: \"Soft\\u00ADhyphen und ein \\u200B Leerraum ohne Breite\"\n",
        "description: \"Right-to-left mark \\u200F und Arabisch: مرحبا\"\n",
    ])
    func allowedCharacters(_ yaml: String) throws {
        #expect(try Self.configDiagnostics(yaml) == [])
    }
}
