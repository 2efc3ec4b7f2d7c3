import Foundation
import Testing
import ZecheKit

/// `Templates/i18n/LANG.yml` lays the site's own words over the built-in interface strings.
struct InterfaceStringsTests {
    @Test("A string file replaces built-in strings, month names and the date format")
    func overrides() throws {
        let site = try TestSite([
            "Content/posts/a.md": TestSite.article(),
            "Templates/i18n/de.yml": """
                related_articles: Mehr zum Thema
                months: [Jan., Feb., März, Apr., Mai, Juni, Juli, Aug., Sep., Okt., Nov., Dez.]
                date_format: "{day}.{month_number}.{year}"

                """,
        ])
        let strings = try site.site().strings
        #expect(strings["related_articles"] == "Mehr zum Thema")
        #expect(strings["back"] == "Zurück")
        #expect(strings.format(try #require(try site.site().articles.first).date) == "4.5.2026")
        #expect(strings.months[0] == "Jan.")
    }

    @Test("The string file of the primary language serves a regional tag")
    func primaryLanguage() throws {
        let site = try TestSite([
            "site.yml": TestSite.minimalConfig + "language: de-AT\n",
            "Content/posts/a.md": TestSite.article(),
            "Templates/i18n/de.yml": "back: Retour\n",
        ])
        #expect(try site.site().strings["back"] == "Retour")
    }

    @Test("Mistakes in a string file are reported at their place")
    func mistakes() throws {
        let site = try TestSite([
            "Content/posts/a.md": TestSite.article(),
            "Templates/i18n/de.yml": "relatd_articles: Mehr\nback: 3\nmonths: [Jan, Feb]\n",
        ])
        #expect(site.diagnostics() == [
            "Templates/i18n/de.yml:1:1: warning: unknown interface string 'relatd_articles'; did you mean 'related_articles'?\n"
                + "fix: known strings are listed in the README's template guide",
            "Templates/i18n/de.yml:2:7: error: the string 'back' must be text\nfix: put it in quotes",
            "Templates/i18n/de.yml:3:9: error: 'months' must list 12 names, not 2\nfix: list January to December",
        ])
    }

    @Test("File sizes read as people read them, in units of 1000 bytes, in the site's numbers", arguments: [
        (812, "812 Bytes", "812 bytes"), (1_079, "1 KB", "1 KB"), (245_300, "245 KB", "245 KB"),
        (1_234_567, "1,2 MB", "1.2 MB"), (123_456_789, "123 MB", "123 MB"), (12_345_678_901, "12,3 GB", "12.3 GB"),
    ])
    func byteCounts(_ count: Int, _ german: String, _ english: String) {
        #expect(InterfaceStrings(language: "de").format(byteCount: count) == german)
        #expect(InterfaceStrings(language: "en").format(byteCount: count) == english)
    }
}
