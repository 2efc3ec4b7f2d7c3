import Foundation
import Testing
@testable import ZecheKit
import ZecheTestSupport

/// Symbolic links are followed only to targets inside the site's folder: a link in a pull
/// request must not publish `/proc/self/environ` (the CI job's secrets) or print its lines.
struct SymbolicLinkTests {
    /// A folder outside the site with a file whose text must never show up anywhere.
    static func outside() throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory(prefix: "zeche-outside")
        try folder.write("---\ntitle: GEHEIM\ndate: 2026-05-04\nauthor: anna\n---\nGEHEIM\n", to: "secret.md")
        try folder.write("GEHEIM\n", to: "secret.txt")
        return folder
    }

    static func link(_ path: String, to target: String, in site: TestSite) throws {
        let url = site.root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: target)
    }

    /// The resolved form of `path`, as the messages show it (`/tmp` may itself be a link).
    static func resolved(_ path: String) -> String {
        SiteBoundary.resolve(path) ?? path
    }

    @Test("A link to /proc/self/environ in Content/images/ is an error at the link, and nothing is copied")
    func environmentOfTheBuild() throws {
        let site = try TestSite(["Content/posts/a.md": TestSite.article()])
        try Self.link("Content/images/umgebung.jpg", to: "/proc/self/environ", in: site)
        let result = site.load()
        #expect(result.site == nil)
        let errors = result.diagnostics.filter(\.isError)
        #expect(errors.count == 1)
        #expect(errors.first?.location == SourceLocation(path: "Content/images/umgebung.jpg"))
        #expect(errors.first?.message.hasPrefix("'Content/images/umgebung.jpg' is a symbolic link (or lies in a linked folder) that leads outside the site's folder, to '/proc/") == true)
    }

    @Test("Links to files and folders outside the site are errors at their paths, and their text is never read", arguments: [
        ("Content/posts/geheim.md", "secret.md"),
        ("Content/authors/bert.md", "secret.md"),
        ("Content/pages/impressum.md", "secret.md"),
        ("Content/images/geheim.txt", "secret.txt"),
        ("Content/posts/2026-05-05-buendel/geheim.txt", "secret.txt"),
        ("Content/posts/draussen", ""),
        ("Content/images", ""),
    ])
    func outsideTargets(_ path: String, _ target: String) throws {
        let outside = try Self.outside()
        let site = try TestSite(["Content/posts/a.md": TestSite.article(), "Content/posts/2026-05-05-buendel/index.md": TestSite.article(title: "Bündel")])
        let targetPath = target.isEmpty ? outside.path : outside.url.appendingPathComponent(target).path
        try Self.link(path, to: targetPath, in: site)
        let result = site.load()
        #expect(result.site == nil)
        #expect(result.diagnostics.map(\.description) == [
            "\(path): error: '\(path)' is a symbolic link (or lies in a linked folder) that leads outside the site's folder, to '\(Self.resolved(targetPath))'\n"
                + "fix: copy the file into the site instead of linking to it; Zeche follows links only to files and folders inside the site's folder",
        ])
        #expect(!result.diagnostics.contains { $0.description.contains("GEHEIM") })
    }

    @Test("site.yml and the interface strings that link outside the site are errors, and are not read", arguments: [
        "site.yml", "Templates/i18n/de.yml",
    ])
    func configurationOutside(_ path: String) throws {
        let outside = try Self.outside()
        try outside.write(TestSite.minimalConfig + "description: GEHEIM\n", to: "site.yml")
        let site = try TestSite(["Content/posts/a.md": TestSite.article()])
        if path == "site.yml" { try FileManager.default.removeItem(at: site.root.appendingPathComponent(path)) }
        try Self.link(path, to: outside.url.appendingPathComponent("site.yml").path, in: site)
        let result = site.load()
        #expect(result.site == nil)
        #expect(result.diagnostics.filter(\.isError).map(\.location) == [SourceLocation(path: path)])
        #expect(!result.diagnostics.contains { $0.description.contains("GEHEIM") })
    }

    @Test("Links that stay inside the site's folder are followed")
    func insideTargets() throws {
        let site = try TestSite(["Content/posts/a.md": TestSite.article(body: "![Logo](../images/logo.png)\n")])
        try site.write(try TestSite.image("valid/rgb.png"), to: "Gemeinsam/logo.png")
        try site.write(TestSite.article(title: "Verlinkt", date: "2026-05-05"), to: "Archiv/2026-05-05-verlinkt.md")
        try Self.link("Content/images/logo.png", to: "../../Gemeinsam/logo.png", in: site)
        try Self.link("Content/posts/archiv", to: "../../Archiv", in: site)
        let loaded = try site.site()
        #expect(loaded.sharedImages.map(\.outputPath) == ["images/logo.png"])
        #expect(loaded.articles.map(\.title).sorted() == ["Ein Artikel", "Verlinkt"])
    }

    @Test("A theme's template or asset that links outside the site stops the build; nothing is written")
    func themeOutside() throws {
        let outside = try Self.outside()
        for path in ["Templates/partials/geheim.mustache", "Templates/assets/geheim.css"] {
            let site = try SiteBuildTests.site("golden-site")
            try FileManager.default.createSymbolicLink(atPath: site.url.appendingPathComponent(path).path,
                                                       withDestinationPath: outside.url.appendingPathComponent("secret.txt").path)
            let report = SiteBuildTests.build(site)
            #expect(!report.succeeded)
            #expect(report.diagnostics.filter(\.isError).map(\.location?.path) == [path])
            #expect(!FileManager.default.fileExists(atPath: site.url.appendingPathComponent("Output").path))
        }
    }
}
