import Foundation
import Testing
import ZecheTestSupport

/// The newsroom on the command line: `zeche new --section`, the embargo listing of `build` and
/// `check` with and without `ZECHE_EMBARGO_KEY`, and what `inspect` shows of a press release.
@Suite("newsroom commands")
struct NewsroomCommandTests {
    static let release = "Content/pressemitteilungen/2099-01-01-uebernahme.md"

    /// The sample newsroom with a press release under embargo until 2099.
    static func siteWithEmbargo() throws -> NewTests.Site {
        let site = try NewTests.Site.sample()
        try site.folder.write("""
            ---
            title: Die große Übernahme
            date: 2026-11-30 09:00
            embargo: 2099-01-01 09:00
            author: doreen-mueller
            categories: [unternehmen]
            ---

            GEHEIM-4711: Die Q.One übernimmt ein Unternehmen.

            """, to: release)
        return site
    }

    static func run(_ arguments: [String], in site: NewTests.Site, key: String? = nil) throws -> SiteCommandHarness.Run {
        var environment = SiteCommandHarness.environment
        environment["ZECHE_EMBARGO_KEY"] = key
        return try SiteCommandHarness.zeche(arguments, in: site.root, environment: environment)
    }

    @Test("new --section starts a press release in the section's folder with its keys")
    func newPressRelease() throws {
        let site = try NewTests.Site.sample()
        let result = try site.new(["Neuer Standort", "--section", "pressemitteilungen", "--author", "doreen-mueller"])
        #expect(result.status == 0, "\(result)")
        let path = result.output.trimmingCharacters(in: .newlines)
        #expect(path.hasPrefix("Content/pressemitteilungen/") && path.hasSuffix("-neuer-standort.md"))
        let text = try site.folder.read(path)
        #expect(text.contains("\ncategories: []  # eine oder mehrere von: unternehmen, digitalisierung, produkte, studien\n"))
        #expect(text.contains("\ndateline: Essen\ncontacts: [doreen-mueller]\n# embargo: "))
        #expect(text.contains("\ndraft: true\n---\n\nHier beginnt die Pressemitteilung."))
        let frontMatter = try site.frontMatter(path)
        #expect(Set(frontMatter.keys) == ["title", "date", "author", "categories", "dateline", "contacts", "draft"])
        let check = try SiteCommandHarness.zeche(["check", "--drafts"], in: site.root)
        #expect(check.status == 0, "\(check)")
    }

    @Test("new --section with an unknown section is a usage error with the near one")
    func unknownSection() throws {
        let site = try NewTests.Site.sample()
        let result = try site.new(["Neu", "--section", "pressemitteilung", "--author", "doreen-mueller"])
        #expect(result.status == 2)
        #expect(result.errors.hasPrefix(
            "error: unknown section 'pressemitteilung'; did you mean 'pressemitteilungen'? Known sections: posts, pressemitteilungen\n"))
    }

    @Test("build lists what is under embargo, with the private link when ZECHE_EMBARGO_KEY is set")
    func buildListsEmbargoes() throws {
        let site = try Self.siteWithEmbargo()
        let without = try Self.run(["build", "--output", "Out"], in: site)
        #expect(without.status == 0, "\(without)")
        #expect(without.output.hasPrefix("""
            Under embargo until 2099-01-01 09:00 (+01:00): \(Self.release) „Die große Übernahme“
              no private page: set ZECHE_EMBARGO_KEY to write one
            Built
            """))
        #expect(try SiteCommandHarness.contents(of: site.root.appendingPathComponent("Out")).values
            .allSatisfy { !String(decoding: $0, as: UTF8.self).contains("GEHEIM-4711") })

        let with = try Self.run(["build", "--output", "Out"], in: site, key: "ein-schluessel-fuer-die-presse")
        #expect(with.status == 0, "\(with)")
        let link = try #require(with.output.split(separator: "\n").first { $0.hasPrefix("  private link: ") })
        let url = link.dropFirst("  private link: ".count)
        #expect(url.hasPrefix("https://news.q-one.com/vorab/") && url.count == "https://news.q-one.com/vorab/".count + 33)
        let page = try site.folder.read("Out/" + url.dropFirst("https://news.q-one.com/".count) + "index.html")
        #expect(page.contains("GEHEIM-4711") && page.contains("<meta name=\"robots\" content=\"noindex\">"))
        let quiet = try Self.run(["build", "--output", "Out", "--quiet"], in: site, key: "ein-schluessel-fuer-die-presse")
        #expect(quiet.output == "")
    }

    @Test("check lists what is under embargo too")
    func checkListsEmbargoes() throws {
        let site = try Self.siteWithEmbargo()
        let result = try Self.run(["check"], in: site)
        #expect(result.status == 0, "\(result)")
        #expect(result.output.hasPrefix("Under embargo until 2099-01-01 09:00 (+01:00): \(Self.release)"))
    }

    @Test("A ZECHE_EMBARGO_KEY too short to be secret is a usage error")
    func shortKey() throws {
        let site = try Self.siteWithEmbargo()
        let result = try Self.run(["build"], in: site, key: "geheim")
        #expect(result.status == 2)
        #expect(result.errors.hasPrefix("error: ZECHE_EMBARGO_KEY is 6 characters long; it must have at least 16"))
    }

    @Test("inspect shows a press release's section, categories, contacts, dateline, boilerplate and embargo")
    func inspect() throws {
        let site = try Self.siteWithEmbargo()
        let result = try Self.run(["inspect", "--json", Self.release], in: site, key: "ein-schluessel-fuer-die-presse")
        #expect(result.status == 0, "\(result)")
        let report = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        let article = try #require(report?["article"] as? [String: Any])
        #expect(article["section"] as? String == "pressemitteilungen")
        #expect(article["categories"] as? [String] == ["unternehmen"])
        #expect(article["contacts"] as? [String] == ["doreen-mueller"])
        #expect(article["dateline"] as? String == "Essen")
        #expect(article["boilerplate"] as? Bool == true)
        #expect(article["embargo"] as? String == "2099-01-01T09:00:00+01:00")
        #expect((article["privateURL"] as? String)?.hasPrefix("https://news.q-one.com/vorab/") == true)
        let text = try Self.run(["inspect", Self.release], in: site)
        #expect(text.output.contains("\nSection:      pressemitteilungen\nCategories:   unternehmen\nContacts:     doreen-mueller\n"
            + "Dateline:     Essen, 30. November 2026 –\nBoilerplate:  yes\n"
            + "Embargo:      until 2099-01-01T09:00:00+01:00, no private page (ZECHE_EMBARGO_KEY is not set)\n"))
    }
}
