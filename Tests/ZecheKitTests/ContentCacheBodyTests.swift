import Foundation
import Testing
@testable import ZecheKit
import ZecheTestSupport

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A warm build leaves the HTML and text of the bodies the content cache kept in the cache's
/// parts, which stay open for the build, and reads a body only when a page, a feed or the
/// search index needs it: what it reads is what a cold load renders, and a part that fails
/// it is told, so that the build fails rather than write a page without its body.
@Suite struct ContentCacheBodyTests {
    typealias Sandbox = BuildCacheTests.Sandbox

    static let options = BuildOptions(now: BuildCacheTests.now)

    /// The content cache the last build of `sandbox` wrote, as a warm build loads it; `nil`
    /// when it is not used.
    static func load(_ sandbox: Sandbox) -> (ContentCache, ContentStore.Layout)? {
        let store = ContentStore(buildCache: BuildCache(siteRoot: sandbox.root, toolIdentity: "test"), siteRoot: sandbox.root)
        guard case .reused(let cache, let layout) = store.load(key: store.key(options: options)) else { return nil }
        return (cache, layout)
    }

    /// A fresh copy of the sample newsroom, built: the content cache the build wrote, as a warm
    /// build loads it, and what a cold load of the same site holds.
    static func builtAndLoaded() throws -> (sandbox: Sandbox, cold: ContentCache, cached: ContentCache, layout: ContentStore.Layout) {
        let sandbox = try Sandbox()
        #expect(sandbox.build().succeeded)
        var cold = ContentCache()
        _ = SiteLoader(root: sandbox.root).load(options, cache: &cold)
        let (cached, layout) = try #require(load(sandbox))
        return (sandbox, cold, cached, layout)
    }

    /// The part files of the content cache.
    static func parts(_ sandbox: Sandbox) throws -> [URL] {
        let folder = sandbox.root.appendingPathComponent(".zeche-cache")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasPrefix("content-") }.map { folder.appendingPathComponent($0) }
    }

    @Test("The bodies of the content cache read as a cold load renders them (HTML, text, headings and quotes), without being decoded when loaded, also once the parts are deleted")
    func bodiesReadFromParts() throws {
        let (sandbox, cold, cache, layout) = try Self.builtAndLoaded()
        #expect(cache.markdown.count == cold.markdown.count && !cache.markdown.isEmpty)
        #expect(layout.stores.count == layout.parts.count)
        // The parts stay open: a later build may replace or remove them while this one reads.
        for part in try Self.parts(sandbox) { try FileManager.default.removeItem(at: part) }
        for (path, body) in cache.markdown {
            let expected = try #require(cold.markdown[path])
            #expect(body.document.html.isEmpty && body.document.plainText.isEmpty, "\(path) was decoded when loaded")
            #expect(body.document.headings.isEmpty && body.document.quotes.isEmpty, "\(path)'s outline was decoded when loaded")
            #expect(body.rendered.html == expected.rendered.html, "\(path)")
            #expect(body.rendered.outline == expected.rendered.outline, "\(path)")
            #expect(body.rendered.outline == BodyOutline(expected.document), "\(path)")
            #expect(body.rendered.text == expected.rendered.text, "\(path)")
            #expect(body.rendered.hash == expected.rendered.hash, "\(path)")
            #expect(body.rendered.byteCount == expected.rendered.byteCount, "\(path)")
        }
        // The sample newsroom's bodies have both: the comparison above is not of empty outlines.
        #expect(cache.markdown.values.contains { !$0.rendered.outline.headings.isEmpty })
        #expect(cache.markdown.values.contains { !$0.rendered.outline.quotes.isEmpty })
        #expect(!layout.hasFailed)
    }

    @Test("A cached body's link destinations are one string each, shared by its resolutions, links and images")
    func destinationsShared() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.build().succeeded)
        let (cache, _) = try #require(Self.load(sandbox))
        func storage(_ string: String) -> UnsafePointer<UInt8>? { string.utf8.withContiguousStorageIfAvailable { $0.baseAddress } ?? nil }
        var shared = 0
        for body in cache.markdown.values {
            let resolved = Dictionary(body.resolutions.map { ($0.destination, storage($0.destination)) }, uniquingKeysWith: { first, _ in first })
            // Strings of up to 15 bytes are held in the value itself: only longer ones have storage to share.
            for destination in body.document.links.map(\.destination) + body.document.images.map(\.destination)
            where destination.utf8.count > 15 {
                guard let expected = resolved[destination] else { continue }
                #expect(storage(destination) == expected, "'\(destination)' was read as a string of its own")
                shared += 1
            }
        }
        #expect(shared > 0)
    }

    @Test("An outline changed in a part of the content cache is found when its page needs it, and the build starts again without the cache")
    func changedOutline() throws {
        try ContentCacheFileTests.expectChangeFoundByPages { sandbox, folder in
            var changed = 0
            let (cache, layout) = try #require(Self.load(sandbox))
            for (index, part) in layout.parts.enumerated() {
                let file = folder.appendingPathComponent(part.name)
                var bytes = [UInt8](try Data(contentsOf: file))
                for path in part.paths {
                    // Only the outline's bytes change: the HTML and the text stay as they were.
                    guard let outline = cache.markdown[path]?.rendered.slices(in: layout.stores[index])?.outline, outline.count > 0 else { continue }
                    bytes[outline.offset + outline.count / 2] ^= 0x01
                    changed += 1
                }
                try Data(bytes).write(to: file)
            }
            return changed
        }
    }

    @Test("A part cut short after the load gives empty bodies and is told as a failure")
    func partCutShort() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.build().succeeded)
        let (cache, layout) = try #require(Self.load(sandbox))
        for part in try Self.parts(sandbox) { #expect(truncate(part.path, 0) == 0) }
        let body = try #require(cache.markdown.values.first { $0.rendered.htmlByteCount > 0 })
        #expect(body.rendered.html == "")
        #expect(layout.hasFailed)
    }
}
