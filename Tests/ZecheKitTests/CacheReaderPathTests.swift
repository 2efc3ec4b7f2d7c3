import Testing
@testable import ZecheKit

/// `CacheReader.readPath` shares the string of the last path read; every path must still read
/// back as written, whatever came before it.
@Suite struct CacheReaderPathTests {
    @Test("Paths read back as written: repeated, of the same length, empty, with other strings between them")
    func pathsReadBackAsWritten() throws {
        let paths = ["Content/posts/a.md", "Content/posts/a.md", "Content/posts/b.md", "Content/posts/a.md", "",
                     "Content/posts/a.md", "Content/posts/ä.md", "Content/posts/ä.md", "Content/posts/ab.md", "Content/posts/a.md"]
        var writer = CacheWriter()
        for (index, path) in paths.enumerated() {
            writer.write(path)
            writer.write("between \(index)")
        }
        var reader = try #require(CacheReader.verified(writer.takeSealed()))
        for (index, path) in paths.enumerated() {
            #expect(try reader.readPath() == path)
            #expect(try reader.readString() == "between \(index)")
        }
    }

    @Test("A path that runs past the end of the bytes is damage, not a crash")
    func damagedPath() throws {
        var writer = CacheWriter()
        writer.write(Int(1_000))
        writer.write(UInt64(0))
        var reader = try #require(CacheReader.verified(writer.takeSealed()))
        #expect(throws: CacheReader.Damaged.self) { try reader.readPath() }
    }
}
