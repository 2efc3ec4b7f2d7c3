import Testing
@testable import ZecheKit

/// A content cache part is its bodies (megabytes) and then its sealed articles: sealing must
/// hand over the writer's buffers, not copy them (a copy touched twice the memory of every
/// part a cold build writes), and the bytes must read back.
@Suite struct CacheWriterSealingTests {
    @Test("Sealing a part hands over its heap's buffer, and its articles read back after the heap")
    func takeSealedAfterHeapKeepsTheHeapsBuffer() throws {
        let texts = (0..<200).map { String(repeating: "Absatz \($0). ", count: 40) }
        let size = texts.reduce(0) { $0 + $1.utf8.count }
        var writer = CacheWriter(capacity: 1 << 16, heapCapacity: size + (1 << 16))
        for text in texts {
            writer.writePlaced { $0.append(contentsOf: text.utf8) }
            writer.write("article")
        }
        let heapAddress = writer.heap.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
        let file = writer.takeSealedAfterHeap()
        #expect(file.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) } == heapAddress)
        #expect(file.count > size)
        // The sealed bytes after the heap verify and read back: each text's place, then its string.
        let sealed = Array(file[size...])
        var reader = try #require(CacheReader.verified(sealed, count: sealed.count, afterHeapOf: size))
        for text in texts {
            let place = try reader.readHeapPlace()
            #expect(String(decoding: file[place.offset..<(place.offset + place.count)], as: UTF8.self) == text)
            #expect(try reader.readString() == "article")
        }
    }

    @Test("Sealing hands over the writer's bytes")
    func sealedKeepsTheBuffer() throws {
        var writer = CacheWriter(capacity: 1 << 16)
        for index in 0..<1_000 { writer.write("entry \(index)") }
        let address = writer.bytes.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
        let sealed = writer.takeSealed()
        #expect(sealed.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) } == address)
        var reader = try #require(CacheReader.verified(sealed))
        for index in 0..<1_000 { #expect(try reader.readString() == "entry \(index)") }
    }
}
