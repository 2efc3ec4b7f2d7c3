import Foundation
import Testing
import ZecheTestSupport
@testable import ZechePreview

@Suite struct SiteSnapshotTests {
    @Test func keysGetALeadingSlashAndFilesTheirTypeAndTag() throws {
        let snapshot = SiteSnapshot(files: ["assets/site.css": Array("a{}".utf8)])
        #expect(snapshot.paths == ["/assets/site.css"])
        let file = try #require(snapshot.file(at: "/assets/site.css"))
        #expect(file.mediaType == "text/css; charset=utf-8")
        #expect(file.entityTag == EntityTag.of(Array("a{}".utf8)))
    }

    @Test func entityTagsDifferForDifferentContentAndMatchForTheSame() {
        let one = EntityTag.of(Array("eins".utf8))
        #expect(one == EntityTag.of(Array("eins".utf8)))
        #expect(one != EntityTag.of(Array("zwei".utf8)))
        #expect(EntityTag.of([]) == "\"cbf29ce484222325-0\"")
    }

    @Test func updatingReplacesAddsAndRemovesFiles() {
        let updated = SiteSnapshot.fixture.updating(["/neu.txt": [1], "/robots.txt": [2]], removing: ["/feed.xml"])
        #expect(updated.contents(at: "/neu.txt") == [1])
        #expect(updated.contents(at: "/robots.txt") == [2])
        #expect(updated.contents(at: "/feed.xml") == nil)
        #expect(updated.count == SiteSnapshot.fixture.count)
        #expect(SiteSnapshot.fixture.contents(at: "/feed.xml") != nil)
    }

    @Test func aFolderOnDiskBecomesASnapshotWithoutFollowingFolderLinks() throws {
        let folder = try TemporaryDirectory(prefix: "zeche-output")
        try folder.write("<p>Start</p>", to: "index.html")
        try folder.write("a{}", to: "assets/site.css")
        try FileManager.default.createSymbolicLink(
            atPath: folder.url.appendingPathComponent("assets/loop").path, withDestinationPath: folder.path)
        let snapshot = try SiteSnapshot(contentsOf: folder.url)
        #expect(snapshot.paths == ["/assets/site.css", "/index.html"])
        #expect(snapshot.contents(at: "/index.html") == Array("<p>Start</p>".utf8))
    }
}
