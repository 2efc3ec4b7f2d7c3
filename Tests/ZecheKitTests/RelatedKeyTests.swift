import Foundation
import Testing
@testable import ZecheKit

/// The automatic related articles are reused while their key, a digest of every article's
/// slug, tags and whether it names its own related articles, is the same: it must change with
/// each of those, and with nothing else.
@Suite struct RelatedKeyTests {
    static let post = "Content/posts/2026-09-02-q-one-nutzt-cloudloesung-von-amazon-web-services.md"

    /// The keys a load of the site in `sandbox` gives, by language.
    static func keys(_ sandbox: BuildCacheTests.Sandbox) -> [String: UInt64] {
        var cache = ContentCache()
        _ = SiteLoader(root: sandbox.root).load(ContentCacheBodyTests.options, cache: &cache)
        return cache.related.mapValues(\.key)
    }

    static func edit(_ sandbox: BuildCacheTests.Sandbox, _ change: (String) -> String) throws {
        let file = sandbox.root.appendingPathComponent(post)
        let text = try String(contentsOf: file, encoding: .utf8)
        let changed = change(text)
        #expect(changed != text, "the edit found nothing to change")
        try changed.write(to: file, atomically: true, encoding: .utf8)
    }

    @Test("The key stays with the text and the title, and changes with a tag, the slug or an own related list")
    func keyFollowsItsInputs() throws {
        let sandbox = try BuildCacheTests.Sandbox()
        let original = Self.keys(sandbox)
        #expect(!original.isEmpty)
        #expect(Self.keys(sandbox) == original)
        try Self.edit(sandbox) { $0.replacingOccurrences(of: "title: Q.One nutzt", with: "title: Die Q.One nutzt") + "\nEin Satz mehr.\n" }
        #expect(Self.keys(sandbox) == original)
        var seen = [original]
        for change: (String) -> String in [
            { $0.replacingOccurrences(of: "tags: [Cloud, Digitalisierung]", with: "tags: [Cloud, Digitalisierung, Studie]") },
            { $0.replacingOccurrences(of: "tags: [Cloud, Digitalisierung, Studie]", with: "tags: [Digitalisierung, Cloud, Studie]") },
            { $0.replacingOccurrences(of: "---\n", with: "---\nslug: aws-partnerschaft\n", options: [.anchored]) },
            { $0.replacingOccurrences(of: "---\n", with: "---\nrelated: [potenzialstudie-online-kaeufer-schraenken-sich-ein]\n", options: [.anchored]) },
        ] {
            try Self.edit(sandbox, change)
            var cache = ContentCache()
            let loaded = SiteLoader(root: sandbox.root).load(ContentCacheBodyTests.options, cache: &cache)
            // (Another article names this one by its old slug: that is its error, not this one's.)
            #expect(!loaded.diagnostics.contains { $0.severity == .error && $0.location?.path == Self.post }, "the edit made the article fail")
            let keys = Self.keys(sandbox)
            #expect(!seen.contains(keys), "an edit left the key as it was")
            seen.append(keys)
        }
    }
}
