import Foundation
import Testing
@testable import ZecheKit

/// The checks of a site in several languages: translations that point to nothing or claim the
/// same place, languages a file name marks but `site.yml` does not declare, and the interface
/// strings a language without built-in texts lacks, each at its place.
@Suite struct LanguageCheckTests {
    static let twoLanguages = TestSite.minimalConfig + """
        language: de
        languages:
          de: {path: /}
          en: {path: /en/}

        """

    @Test func aTranslationKeyThatLinksToNoArticleIsAWarningAtTheKey() throws {
        let site = try TestSite([
            "site.yml": Self.twoLanguages,
            "Content/posts/a.md": TestSite.article("translation_key: zahlen\n"),
        ])
        #expect(site.diagnostics() == [
            "Content/posts/a.md:5:18: warning: the translation_key 'zahlen' links this article to no article of another language\n"
                + "fix: write the same translation_key into its translation (a file of another language, such as 'name.en.md'), or remove it",
        ])
    }

    @Test func twoFilesOfOneLanguageClaimingOneTranslationAreAnErrorWithBothPlaces() throws {
        let site = try TestSite([
            "site.yml": Self.twoLanguages,
            "Content/posts/a.md": TestSite.article("translation_key: zahlen\n"),
            "Content/posts/b.en.md": TestSite.article(title: "Figures", "translation_key: zahlen\n"),
            "Content/posts/c.en.md": TestSite.article(title: "More figures", "translation_key: zahlen\n"),
        ])
        let diagnostics = site.diagnostics()
        #expect(diagnostics == [
            "Content/posts/c.en.md:5:18: error: this file and 'Content/posts/b.en.md' both claim to be the 'en' version of one article "
                + "(their translation_key is the same)\n"
                + "fix: an article has one file per language: rename one of them, or give it another translation_key\n"
                + "note: the other file is Content/posts/b.en.md:5:18",
        ])
    }

    @Test func aFileNameMarkingAnUndeclaredLanguageIsAnErrorAndTheFileIsNotRead() throws {
        let site = try TestSite([
            "site.yml": Self.twoLanguages,
            "Content/posts/a.md": TestSite.article(),
            "Content/posts/a.fr.md": TestSite.article(title: "Un article"),
        ])
        let loaded = site.load()
        #expect(loaded.diagnostics.map(\.description) == [
            "Content/posts/a.fr.md: error: the file name marks the language 'fr', which site.yml does not declare under 'languages'; "
                + "the file is not read\nfix: declare it in site.yml (languages: {fr: {path: /fr/}}), or rename the file without '.fr'",
        ])
    }

    @Test func aLanguageWithoutBuiltInTextsNamesEachMissingStringWithTheFileToAddItTo() throws {
        let site = try TestSite([
            "site.yml": TestSite.minimalConfig + "language: de\nlanguages:\n  de: {path: /}\n  fr: {path: /fr/}\n",
            "Content/posts/a.md": TestSite.article(),
            "Templates/i18n/fr.yml": "read_more: Lire la suite\n",
        ])
        let diagnostics = site.diagnostics()
        #expect(diagnostics.contains(
            "Templates/i18n/fr.yml: warning: the interface string 'all_albums' has no 'fr' text; the pages show 'All albums'\n"
                + "fix: add a line 'all_albums: …' to Templates/i18n/fr.yml"))
        #expect(!diagnostics.contains { $0.contains("'read_more' has no 'fr' text") })
    }

    @Test func aLanguageWithoutAStringsFileIsToldWhichFileToCreate() throws {
        let site = try TestSite([
            "site.yml": TestSite.minimalConfig + "language: de\nlanguages:\n  de: {path: /}\n  fr: {path: /fr/}\n",
            "Content/posts/a.md": TestSite.article(),
        ])
        let diagnostics = site.diagnostics()
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.hasPrefix(
            "Templates/i18n/fr.yml: warning: the language 'fr' has no interface strings of its own, so its pages show the English ones\n"
                + "fix: create Templates/i18n/fr.yml with a line 'key: text' for each of: ") == true)
    }

    @Test func aLanguageDeclaredTwiceOrWithABadTagIsAnErrorInSiteYML() throws {
        let site = try TestSite([
            "site.yml": TestSite.minimalConfig + "language: de\nlanguages:\n  de: {path: /}\n  en: {path: /en/}\n  EN: {path: /english/}\n  e_n: {path: /x/}\n",
            "Content/posts/a.md": TestSite.article(),
        ])
        let diagnostics = site.diagnostics()
        #expect(diagnostics.contains { $0.hasPrefix("site.yml:7:3: error: the language 'EN' is declared twice; the first is at 6:3\nfix: remove one of them") })
        #expect(diagnostics.contains { $0.hasPrefix("site.yml:8:3: error: 'e_n' is not a BCP 47 language tag") })
    }

    @Test func aOneLanguageSiteReadsADottedFileNameAsItsOwnArticle() throws {
        let site = try TestSite(["Content/posts/version.en.md": TestSite.article(title: "Version")])
        let loaded = try site.site()
        #expect(loaded.articles.map(\.url) == ["/2026/05/version-en/"])
    }

    @Test func aTranslationOfAnAuthorWithoutAnOriginalIsAnError() throws {
        let site = try TestSite([
            "site.yml": Self.twoLanguages,
            "Content/posts/a.md": TestSite.article(),
            "Content/authors/ben.en.md": "---\nname: Ben\n---\n",
        ])
        #expect(site.diagnostics() == [
            "Content/authors/ben.en.md:1:1: error: 'Content/authors/ben.en.md' is the 'en' version of the author 'ben', "
                + "but there is no 'Content/authors/ben.md'\n"
                + "fix: write the author in the default language into Content/authors/ben.md first; a translation only replaces its text",
        ])
    }

    @Test func aTranslationPublishedBeforeItsOriginalsEmbargoIsAWarning() throws {
        let site = try TestSite([
            "site.yml": Self.twoLanguages,
            "Content/posts/a.md": TestSite.article("embargo: 2026-06-02 09:00\n"),
            "Content/posts/a.en.md": TestSite.article(title: "An article"),
        ])
        #expect(site.diagnostics().contains { $0.hasPrefix(
            "Content/posts/a.en.md:1:1: warning: this article is a translation of 'Content/posts/a.md', which is under embargo until 2026-06-02 09:00") })
    }
}
