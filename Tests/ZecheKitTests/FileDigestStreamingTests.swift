@testable import ZecheKit
import Testing

/// XXH64 of bytes given in pieces (`FileDigest.Streaming`, how `CacheFileStream` checksums a
/// cache file written as it is made) is the hash of them all at once, wherever they are cut.
@Suite struct FileDigestStreamingTests {
    @Test(arguments: [0, 1, 31, 32, 33, 100, 1_000, 4_099])
    func piecesHashAsTheWhole(count: Int) {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15 &* UInt64(count + 1)
        let bytes = (0..<count).map { _ -> UInt8 in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 33)
        }
        let whole = bytes.withUnsafeBytes { FileDigest.xxh64($0) }
        for pieceLength in [1, 7, 31, 32, 33, 64, 1_000] {
            var digest = FileDigest.Streaming()
            var start = 0
            while start < bytes.count {
                let end = min(bytes.count, start + pieceLength)
                bytes[start..<end].withUnsafeBytes { digest.update($0) }
                start = end
            }
            #expect(digest.finish() == whole, "\(count) bytes in pieces of \(pieceLength)")
        }
    }
}
