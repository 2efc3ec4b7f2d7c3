import Foundation
import Testing
@testable import ZecheKit
import ZecheTestSupport

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The content cache, written on another thread in a warm build, removes what killed builds
/// left in `.zeche-cache/`, but never a file this process is writing meanwhile (the search
/// index state's, whose rename then failed: "the search index state could not be written").
@Suite struct ContentCacheLeftoverTests {
    @Test("Removing leftovers keeps this process's temporary files and removes other processes' and unnamed parts")
    func leftoversOfOtherProcessesOnly() throws {
        let sandbox = try BuildCacheTests.Sandbox()
        let folder = sandbox.root.appendingPathComponent(".zeche-cache")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let own = "search-de.tmp-\(getpid())-0"
        let killed = "search-de.tmp-\(getpid() + 100_000)-0"
        let ownPart = "content.tmp-\(getpid())-3"
        let oldPart = "content-0123abcd"
        let keptPart = "content-4567cdef"
        for name in [own, killed, ownPart, oldPart, keptPart] {
            #expect(FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: Data("x".utf8)))
        }
        let store = ContentStore(buildCache: BuildCache(siteRoot: sandbox.root, toolIdentity: "test"), siteRoot: sandbox.root)
        store.removeLeftovers(keeping: [keptPart])
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
        #expect(left.isSuperset(of: [own, ownPart, keptPart]))
        #expect(left.isDisjoint(with: [killed, oldPart]))
    }
}
