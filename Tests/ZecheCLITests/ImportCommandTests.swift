import Foundation
import Testing
import ZecheTestSupport

/// `zeche import`: the fixtures of the Import tests become sites that build.
@Suite("zeche import")
struct ImportCommandTests {
    static let fixtures = PackagePaths.fixtures("ImportTests")

    static func importSite(_ arguments: [String]) throws -> (folder: TemporaryDirectory, run: SiteCommandHarness.Run) {
        let folder = try TemporaryDirectory(prefix: "zeche-import")
        return (folder, try SiteCommandHarness.zeche(["import"] + arguments + ["--into", "site"], in: folder.url))
    }

    @Test("a WordPress export becomes a new site that builds, with the summary printed")
    func wordpressBuilds() throws {
        let export = Self.fixtures.appendingPathComponent("wordpress/export.xml").path
        let uploads = Self.fixtures.appendingPathComponent("wordpress/uploads").path
        let (folder, run) = try Self.importSite(["wordpress", export, "--uploads", uploads])
        #expect(run.status == 0, "\(run)")
        #expect(run.output.hasPrefix("Imported:\n  attachments (media)"))
        #expect(run.output.contains("  Content/posts/2024-03-05-erste-meldung/index.md:26: the shortcode [contact-form] has no Markdown form; it is kept as a comment\n"))
        #expect(run.output.hasSuffix("Next: cd site && zeche build\n"))
        let site = folder.url.appendingPathComponent("site")
        let build = try SiteCommandHarness.zeche(["build", "--drafts"], in: site)
        #expect(build.status == 0, "\(build)")
        #expect(build.output.contains("Built 15 pages (4 articles, 1 tag, 1 author)"), "\(build)")
        // The default theme has a search page: search comes with every imported site.
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("Output/search/manifest.json").path))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("Output/2024/03/erste-meldung/halle.svg").path))
    }

    @Test("importing into a folder that has the files writes nothing and says which")
    func existingFilesAreKept() throws {
        let export = Self.fixtures.appendingPathComponent("wordpress/export.xml").path
        let (folder, first) = try Self.importSite(["wordpress", export])
        #expect(first.status == 0, "\(first)")
        let again = try SiteCommandHarness.zeche(["import", "wordpress", export, "--into", "site"], in: folder.url)
        #expect(again.status == 1)
        #expect(again.errors.hasPrefix("error: 8 of the files to import exist already, e.g. 'Content/authors/anna.md'; nothing was written\n"), "\(again)")
        #expect(again.errors.hasSuffix("fix: import into a new folder with --into DIR, or move the existing files away\n"))
    }

    @Test("a Jekyll site and a Hugo site become sites that build", arguments: ["jekyll", "hugo"])
    func staticSitesBuild(_ kind: String) throws {
        let (folder, run) = try Self.importSite([kind, Self.fixtures.appendingPathComponent(kind).path])
        #expect(run.status == 0, "\(run)")
        let build = try SiteCommandHarness.zeche(["build", "--drafts"], in: folder.url.appendingPathComponent("site"))
        #expect(build.status == 0, "\(build)")
        // The one tag left as written is warned about at its place.
        #expect(build.errors.contains("which Zeche does not run: the page shows it as text"), "\(build)")
    }

    @Test("a broken export is an error at its line; a wrong command line is a usage error")
    func errors() throws {
        let folder = try TemporaryDirectory(prefix: "zeche-import")
        try folder.write("<rss>\n<channel>\n<item></channel>\n", to: "broken.xml")
        let broken = try SiteCommandHarness.zeche(["import", "wordpress", "broken.xml"], in: folder.url)
        #expect(broken.status == 1)
        #expect(broken.errors.hasPrefix("error: broken.xml:3:"), "\(broken)")
        let missing = try SiteCommandHarness.zeche(["import", "wordpres", "x.xml"], in: folder.url)
        #expect(missing.status == 2)
        #expect(missing.errors.hasPrefix("error: unknown source 'wordpres'; did you mean 'wordpress'?"), "\(missing)")
        let noSource = try SiteCommandHarness.zeche(["import", "hugo"], in: folder.url)
        #expect(noSource.status == 2)
        #expect(relativeFiles(in: folder.url) == ["broken.xml"])
    }
}
