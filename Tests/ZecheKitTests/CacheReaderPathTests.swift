import Testing
@testable import ZecheKit

/// `CacheReader.readPath` shares the string of the last path read, and
/// `readString(sharingWith:next:)` one of the strings it is given (a body's link destinations);
/// every string must still read back as written, whatever came before it.
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

    @Test("Strings shared with known ones read back as written: in order, out of order, missing, empty, of the same length")
    func sharedStringsReadBackAsWritten() throws {
        let known = ["https://www.example.com/standort/aussenwirkung", "../termine.md", "", "bilder/förderturm.jpg", "../termine.md"]
        let written = ["https://www.example.com/standort/aussenwirkung", "../termine.md", "bilder/förderturm.jpg", "../termine.mb",
                       "", "https://www.example.com/standort/aussenwirkung", "nicht darunter, aber lang genug, um nicht klein zu sein"]
        var writer = CacheWriter()
        for string in written { writer.write(string) }
        var reader = try #require(CacheReader.verified(writer.takeSealed()))
        var next = 0
        var read: [String] = []
        for string in written {
            read.append(try reader.readString(sharingWith: known, next: &next))
            #expect(read.last == string)
        }
        // Found ones are the known strings themselves, not copies.
        func storage(_ string: String) -> UnsafePointer<UInt8>? { string.utf8.withContiguousStorageIfAvailable { $0.baseAddress } ?? nil }
        #expect(storage(read[0]) == storage(known[0]) && storage(read[5]) == storage(known[0]))
        #expect(storage(read[2]) == storage(known[3]))
        #expect(storage(read[6]) != nil && storage(read[6]) != storage(known[0]))
        var none = 0
        var empty = try #require(CacheReader.verified({ var writer = CacheWriter(); writer.write("x"); return writer.takeSealed() }()))
        #expect(try empty.readString(sharingWith: [], next: &none) == "x")
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
