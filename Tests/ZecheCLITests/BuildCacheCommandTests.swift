import Foundation
import Testing
import ZecheTestSupport

/// `zeche build` keeps its cache in `.zeche-cache/`, `--no-cache` neither reads nor writes it,
/// and a build that cannot use it says why.
struct BuildCacheCommandTests {
    @Test("A build writes the cache, --no-cache leaves it alone, and the next build says why it is cold")
    func noCacheOption() throws {
        let site = try SiteFolder(["Content/posts/a.md": "---\ntitle: A\ndate: 2026-05-04\nauthor: anna\n---\nText.\n"])
        let cache = site.url.appendingPathComponent(".zeche-cache/build-cache")
        let first = try site.run("build", "--quiet")
        #expect(first.status == 0 && first.standardError == "", "\(first)")
        #expect(try String(contentsOf: site.url.appendingPathComponent(".zeche-cache/.gitignore"), encoding: .utf8) == "*\n")

        let warm = try site.run("build")
        #expect(warm.status == 0 && warm.standardError == "", "\(warm)")
        let written = try Data(contentsOf: cache)

        // A build without the cache that changes the output leaves the cache behind it. (One
        // that changes nothing leaves the output folder as it was, and the cache stays right.)
        try "---\ntitle: A\ndate: 2026-05-04\nauthor: anna\n---\nText, longer.\n"
            .write(to: site.url.appendingPathComponent("Content/posts/a.md"), atomically: true, encoding: .utf8)
        let uncached = try site.run("build", "--no-cache")
        #expect(uncached.status == 0 && uncached.standardError == "", "\(uncached)")
        #expect(try Data(contentsOf: cache) == written)

        let cold = try site.run("build")
        #expect(cold.status == 0, "\(cold)")
        #expect(cold.standardError == "note: not using the build cache: the output folder was replaced or changed since the build that wrote "
            + ".zeche-cache/build-cache; every page is made anew\n")
        #expect(try Data(contentsOf: cache) != written)
    }
}
