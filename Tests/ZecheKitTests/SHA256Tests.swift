import Foundation
import Testing
@testable import ZecheKit

/// The SHA-256 that `zeche init` pins a site's Zeche with: FIPS 180-4's examples, and the same
/// digest however the input is split.
@Suite struct SHA256Tests {
    @Test("the digests of FIPS 180-4's examples", arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func knownDigests(message: String, digest: String) {
        #expect(SHA256.hex(of: Array(message.utf8)) == digest)
    }

    @Test("a million times 'a'")
    func millionAs() {
        #expect(SHA256.hex(of: [UInt8](repeating: 0x61, count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("the digest does not depend on how the input is split", arguments: [1, 3, 55, 56, 63, 64, 65, 1000])
    func splitInput(chunkSize: Int) {
        // Lengths around the block and padding edges (55, 56, 64 bytes and more).
        for length in [0, 55, 56, 63, 64, 65, 119, 120, 1000, 4099] {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
            var hash = SHA256()
            var start = 0
            while start < bytes.count {
                hash.update(Array(bytes[start..<min(start + chunkSize, bytes.count)]))
                start += chunkSize
            }
            #expect(hash.finalizeHex() == SHA256.hex(of: bytes), "length \(length)")
        }
    }
}
