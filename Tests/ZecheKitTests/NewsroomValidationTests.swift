import Foundation
import Testing
import ZecheKit

/// Sections, categories, contacts and embargoes are declared once and checked everywhere: every
/// name that does not fit is an error at its place, with "did you mean" for a near one.
struct NewsroomValidationTests {
    static let config = TestSite.minimalConfig + """
        sections:
          - id: pressemitteilungen
            title: Pressemitteilungen
            contacts: true
            boilerplate: true
        categories: [Digitalisierung, Unternehmen]
        press_contacts: [lena]

        """

    static let contact = "---\nname: Lena Berg\nemail: presse@example.com\n---\nFür die Presse.\n"

    /// The newsroom's files over `TestSite`'s defaults.
    static func files(_ files: [String: String]) -> [String: String?] {
        var all: [String: String?] = [
            "site.yml": config, "Content/contacts/lena.md": contact, "Content/boilerplate.md": "Die Beispiel AG.\n",
        ]
        for (path, text) in files { all[path] = text }
        return all
    }

    static let mistakes: [SiteMistake] = [
        SiteMistake("unknown section", ["Content/posts/a.md": TestSite.article("section: pressemitteilung\n")], [
            "Content/posts/a.md:5:10: error: unknown section 'pressemitteilung'; did you mean 'pressemitteilungen'?\n"
                + "fix: name a section that site.yml declares: posts, pressemitteilungen",
        ]),
        SiteMistake("section that the folder contradicts", ["Content/pressemitteilungen/a.md": TestSite.article("section: posts\n")], [
            "Content/pressemitteilungen/a.md:5:10: error: the article is in Content/pressemitteilungen/ but names the section 'posts'\n"
                + "fix: move the file to Content/posts/, or remove 'section'",
        ]),
        SiteMistake("unknown category", ["Content/posts/a.md": TestSite.article("categories: [Digitalsierung]\n")], [
            "Content/posts/a.md:5:14: error: unknown category 'Digitalsierung'; did you mean 'digitalisierung'?\n"
                + "fix: name one of the categories of site.yml: digitalisierung, unternehmen",
        ]),
        SiteMistake("unknown contact", ["Content/posts/a.md": TestSite.article("contacts: [lenna]\n")], [
            "Content/posts/a.md:5:12: error: unknown contact 'lenna'; did you mean 'lena'?\nfix: write lena",
        ]),
        SiteMistake("unknown contact far from any", ["Content/posts/a.md": TestSite.article("contacts: presse\n")], [
            "Content/posts/a.md:5:11: error: unknown contact 'presse'\nfix: name a file of Content/contacts/ without '.md': lena",
        ]),
        SiteMistake("embargo that is not a date", ["Content/posts/a.md": TestSite.article("embargo: morgen früh\n")], [
            "Content/posts/a.md:5:10: error: 'morgen früh' is not a date\n"
                + "fix: write 'embargo' like 2026-11-24, 2026-11-24 14:30 or 2026-11-24T14:30:00+01:00",
        ]),
        SiteMistake("embargo that does not exist", ["Content/posts/a.md": TestSite.article("embargo: \"2026-12-32 09:00\"\n")], [
            "Content/posts/a.md:5:10: error: '2026-12-32 09:00' is not a valid date: day 32 is out of range (1 to 31)\n"
                + "fix: write a date that exists, like 2026-11-24, 2026-11-24 14:30 or 2026-11-24T14:30:00+01:00",
        ]),
        SiteMistake("embargoed article named as related", [
            "Content/posts/a.md": TestSite.article("related: [uebernahme]\n"),
            "Content/posts/uebernahme.md": TestSite.article(title: "Übernahme", "embargo: 2026-07-01 09:00\n"),
        ], [
            "Content/posts/a.md:5:11: error: the related article 'uebernahme' is under embargo until 2026-07-01 09:00; "
                + "naming it here would publish its title and address before then\n"
                + "fix: remove 'uebernahme' from 'related' until the embargo ends, or name it in the other direction: "
                + "the embargoed article may name this one",
        ]),
        SiteMistake("phone number without a country code", ["Content/contacts/lena.md": "---\nname: Lena\nphone: 0201 123456\n---\n"], [
            "Content/contacts/lena.md:3:8: error: the phone number '0201 123456' has no country code, so it cannot be dialled from abroad "
                + "or written as a tel: link\nfix: write it with the country code, e.g. phone: +49 201 1234567 (for 0201 1234567 in Germany)",
        ]),
        SiteMistake("phone number with letters", ["Content/contacts/lena.md": "---\nname: Lena\nphone: +49 201 PRESSE\n---\n"], [
            "Content/contacts/lena.md:3:8: error: the phone number '+49 201 PRESSE' contains 'P'; a number holds digits, spaces and + - / ( ) .\n"
                + "fix: write it with the country code, e.g. phone: +49 201 1234567 (for 0201 1234567 in Germany)",
        ]),
        SiteMistake("phone number too short", ["Content/contacts/lena.md": "---\nname: Lena\nphone: +49 201\n---\n"], [
            "Content/contacts/lena.md:3:8: error: the phone number '+49 201' has 5 digits; an international number has 7 to 15\n"
                + "fix: write it with the country code, e.g. phone: +49 201 1234567 (for 0201 1234567 in Germany)",
        ]),
        SiteMistake("e-mail address with a scheme", ["Content/contacts/lena.md": "---\nname: Lena\nemail: mailto:presse@example.com\n---\n"], [
            "Content/contacts/lena.md:3:8: error: the e-mail address 'mailto:presse@example.com' is not an address like presse@example.com\n"
                + "fix: write email: name@domain, without 'mailto:' or spaces",
        ]),
        SiteMistake("contact without phone or e-mail", ["Content/contacts/lena.md": "---\nname: Lena\nrole: Presse\n---\n"], [
            "Content/contacts/lena.md:1:1: warning: the contact has neither 'phone' nor 'email'\n"
                + "fix: add phone: +49 … or email: …, so that journalists can reach the contact",
        ]),
        SiteMistake("contact file name not in URL form", ["Content/contacts/Lena Berg.md": contact], [
            "Content/contacts/Lena Berg.md:1:1: error: the contact file name 'Lena Berg.md' is not an id in URL form: a-z, 0-9 and single '-' between them\n"
                + "fix: rename the file to 'lena-berg.md' and name the contact as 'lena-berg' in articles",
        ]),
        SiteMistake("unknown press contact in site.yml", ["site.yml": config.replacingOccurrences(of: "[lena]", with: "[lina]")], [
            "site.yml:9:18: error: unknown contact 'lina'; did you mean 'lena'?\nfix: write lena",
        ]),
        SiteMistake("a folder in Content/ that nothing reads", ["Content/post/a.md": TestSite.article()], [
            "Content/post/: warning: the folder 'Content/post/' is neither a folder Zeche reads nor a declared section, "
                + "so its files are not built; did you mean 'posts'?\nfix: rename it to Content/posts/",
        ]),
        SiteMistake("a file in Content/ that nothing reads", ["Content/notizen.md": "Notizen\n"], [
            "Content/notizen.md: warning: the file 'Content/notizen.md' is not read: articles go into Content/posts/ or a section's folder\n"
                + "fix: move it to Content/posts/ (an article) or Content/pages/ (a page)",
        ]),
    ]

    @Test("A newsroom name that does not fit is a diagnostic at its place", arguments: mistakes)
    func mistake(_ mistake: SiteMistake) throws {
        var files = mistake.files
        if !files.keys.contains(where: { $0.hasPrefix("Content/posts/") || $0.hasPrefix("Content/pressemitteilungen/") }) {
            files["Content/posts/z.md"] = TestSite.article(title: "Z")
        }
        let site = try TestSite(Self.files(files))
        #expect(site.diagnostics() == mistake.expected)
    }
}
