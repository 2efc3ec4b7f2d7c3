import Testing
@testable import ZecheKit

/// `StableHasher` gives the same value in every process (the build cache compares values of
/// one run with those of the last) and tells apart inputs a signature must tell apart.
@Suite struct StableHasherTests {
    static func hash(_ build: (inout StableHasher) -> Void) -> UInt64 {
        var hasher = StableHasher()
        build(&hasher)
        return hasher.finalize()
    }

    static func hash(_ text: String) -> UInt64 {
        hash { $0.combine(text) }
    }

    @Test("The value is a function of the input alone, the same in every process (values written down once)")
    func pinnedValues() {
        // Swift's `Hasher` would give other values in every process; these stay as long as the
        // function does (a new function is a new program, whose build cache starts anew). The
        // values were worked out apart from this code, by the same steps in Python.
        #expect(Self.hash { _ in } == 0xcbf2_9ce4_8422_2325)
        #expect(Self.hash("") == Self.hash { $0.combine(UInt64(0)) })
        #expect(Self.hash("Pressemitteilung") == Self.hash("Pressemitteilung"))
        var first = StableHasher()
        first.combine("2026/12/quartalszahlen/index.html")
        first.combine(42)
        var second = StableHasher()
        second.combine("2026/12/quartalszahlen/index.html")
        second.combine(42)
        #expect(first.finalize() == second.finalize())
        #expect(Self.hash("a") == 0x2171_c21b_fd75_5c5c)
        #expect(Self.hash("Zeche baut Seiten.") == 0x92ec_12eb_f8e9_5a40)
    }

    @Test("Texts of every length up to three words differ from each other and in each byte")
    func everyLengthAndByte() {
        var seen: [UInt64: String] = [:]
        let base = Array("Glück auf! Die Zeche fördert.".utf8)
        for length in 0...base.count {
            let prefix = String(decoding: base[..<length], as: UTF8.self)
            #expect(seen.updateValue(prefix, forKey: Self.hash(prefix)) == nil, "\(prefix)")
        }
        // One byte changed anywhere, in the full words and in the last few bytes alike.
        let text = Array("2026-12-07T09:30:00+01:00 quartal".utf8)
        let original = text.withUnsafeBytes { bytes in Self.hash { $0.combine(bytes: bytes) } }
        for index in text.indices {
            for flip: UInt8 in [1, 0x20, 0x80] {
                var changed = text
                changed[index] ^= flip
                let value = changed.withUnsafeBytes { bytes in Self.hash { $0.combine(bytes: bytes) } }
                #expect(value != original, "byte \(index) ^ \(flip)")
            }
        }
    }

    @Test("Lists, optionals and the borders between texts are part of the value")
    func structure() {
        #expect(Self.hash { $0.combine(["ab", "c"]) } != Self.hash { $0.combine(["a", "bc"]) })
        #expect(Self.hash { $0.combine(["abc"]) } != Self.hash { $0.combine(["ab", "c"]) })
        #expect(Self.hash { $0.combine(["a"]) } != Self.hash { $0.combine("a") })
        #expect(Self.hash { $0.combine(String?.none) } != Self.hash { $0.combine(Optional("")) })
        #expect(Self.hash { $0.combine("a"); $0.combine("b") } != Self.hash { $0.combine("b"); $0.combine("a") })
        // A text of trailing zero bytes is not the shorter text.
        #expect(Self.hash("abc") != Self.hash("abc\u{0}"))
        #expect(Self.hash("abcdefgh") != Self.hash("abcdefgh\u{0}"))
    }
}
