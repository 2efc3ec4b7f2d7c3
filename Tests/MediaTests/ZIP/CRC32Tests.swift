@testable import Media
import Testing

@Suite struct CRC32Tests {
    // The check value of the CRC catalogue ("123456789"), and values zlib.crc32 gives.
    @Test("Known checksums", arguments: [
        ("", 0x0000_0000 as UInt32),
        ("a", 0xE8B7_BE43),
        ("123456789", 0xCBF4_3926),
        ("The quick brown fox jumps over the lazy dog", 0x414F_A339),
        ("Förderturm", 0x2F46_2649),
    ])
    func knownValues(text: String, checksum: UInt32) {
        #expect(CRC32.checksum(Array(text.utf8)) == checksum)
    }

    @Test("Updating in pieces gives the checksum of the whole")
    func pieces() {
        let bytes = (0..<10_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        var crc = CRC32()
        for start in stride(from: 0, to: bytes.count, by: 777) {
            crc.update(bytes[start..<min(start + 777, bytes.count)])
        }
        #expect(crc.value == CRC32.checksum(bytes))
        #expect(CRC32.checksum([UInt8](repeating: 0, count: 32)) == 0x190A_55AD)
    }
}
