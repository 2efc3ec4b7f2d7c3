import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
import ZecheTestSupport
@testable import ZecheKit

/// Reading one content file: its text, or one error that says why not.
struct SourceFileTests {
    @Test("A file is read whole, also one larger than a first read")
    func readsAFile() throws {
        let folder = try TemporaryDirectory(prefix: "zeche-source")
        let text = String(repeating: "Glück auf! ", count: 20_000)
        try folder.write(text, to: "a.md")
        let contents = try #require(SourceFile.read("a.md", root: folder.url))
        #expect(contents.text == text)
        #expect(contents.diagnostics.isEmpty)
    }

    @Test("A named pipe or a folder is an error at once, never a wait for a writer")
    func refusesWhatIsNotAFile() throws {
        let folder = try TemporaryDirectory(prefix: "zeche-source")
        #expect(mkfifo(folder.url.appendingPathComponent("pipe.md").path, 0o644) == 0)
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("folder.md"), withIntermediateDirectories: true)
        let pipe = try #require(SourceFile.read("pipe.md", root: folder.url))
        #expect(pipe.diagnostics.map(\.headline) == ["pipe.md: error: cannot read 'pipe.md': it is a named pipe, not a file"])
        #expect(!pipe.wasRead)
        let directory = try #require(SourceFile.read("folder.md", root: folder.url))
        #expect(directory.diagnostics.map(\.headline) == ["folder.md: error: cannot read 'folder.md': it is a folder, not a file"])
    }
}
