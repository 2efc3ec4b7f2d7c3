import Testing
@testable import ZecheKit

/// The HMAC-SHA256 behind the private addresses of embargoed articles, against the published
/// test vectors, and the tokens made with it.
struct EmbargoTokenTests {
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
