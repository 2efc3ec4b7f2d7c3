import Testing
@testable import ZecheKit

/// The SHA-256 and HMAC-SHA256 behind the private addresses of embargoed articles, against the
/// published test vectors.
struct SHA256Tests {
    @Test("SHA-256 gives the digests of FIPS 180-4's examples", arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
    ])
    func digest(_ message: String, _ expected: String) {
        #expect(SHA256.hex(SHA256.hash(Array(message.utf8))) == expected)
    }

    @Test("Messages around the 55 and 64 byte padding edges hash like one long message does")
    func paddingEdges() {
        // A million 'a's is FIPS 180-4's long example; its digest is fixed.
        #expect(SHA256.hex(SHA256.hash([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        let lengths = [55, 56, 63, 64, 65, 119, 120]
        let digests = Set(lengths.map { SHA256.hex(SHA256.hash([UInt8](repeating: 0x61, count: $0))) })
        #expect(digests.count == lengths.count)
    }

    @Test("HMAC-SHA256 gives the results of RFC 4231", arguments: [
        ([UInt8](repeating: 0x0b, count: 20), Array("Hi There".utf8),
         "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
        (Array("Jefe".utf8), Array("what do ya want for nothing?".utf8),
         "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
        ([UInt8](repeating: 0xaa, count: 20), [UInt8](repeating: 0xdd, count: 50),
         "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"),
        ([UInt8](repeating: 0xaa, count: 131), Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8),
         "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"),
    ])
    func hmac(_ key: [UInt8], _ message: [UInt8], _ expected: String) {
        #expect(SHA256.hex(SHA256.hmac(key: key, message: message)) == expected)
    }

    @Test("An embargo token is 32 hex digits that depend on the key and the slug")
    func tokens() throws {
        let key = try #require(EmbargoKey("ein-geheimer-schluessel"))
        let token = key.token(forSlug: "uebernahme")
        #expect(token.count == 32 && token.allSatisfy { $0.isHexDigit && !$0.isUppercase })
        #expect(token == key.token(forSlug: "uebernahme"))
        #expect(token != key.token(forSlug: "uebernahme-2"))
        #expect(token != (try #require(EmbargoKey("ein-anderer-schluessel"))).token(forSlug: "uebernahme"))
        #expect(EmbargoKey("kurz") == nil)
        #expect("\(key)" == "EmbargoKey(…)")
    }
}
