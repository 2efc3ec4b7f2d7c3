import Foundation
import Testing
@testable import ZecheKit

/// The manifest of the output: its digest, its text form, and the summary line of a build.
@Suite struct OutputManifestTests {
    /// Reference values from `xxhsum -H64` (xxHash 0.8).
    /// `ABC…XYZABC…`, `count` letters long.
    static func alphabet(_ count: Int) -> String {
        String(String.UnicodeScalarView((0..<count).compactMap { UnicodeScalar(UInt8(65 + $0 % 26)) }))
    }

    static let digests: [(String, UInt64)] = [
        ("", 0xEF46_DB37_51D8_E999),
        ("a", 0xD24E_C4F1_A98C_6E5B),
        ("abc", 0x44BC_2CF5_AD77_0999),
        (alphabet(37), 0x216D_F2DE_F893_7EE8),
        (alphabet(100), 0x90EA_05B4_DB40_0364),
    ]

    @Test("XXH64 gives the reference implementation's values", arguments: digests)
    func digest(text: String, expected: UInt64) {
        #expect(Array(text.utf8).withUnsafeBytes { FileDigest.xxh64($0) } == expected)
    }

    static let sample = OutputManifest(
        live: .init(device: 2049, inode: 77, changeSeconds: 1_795_000_000, changeNanoseconds: 5),
        liveStamp: 0xABCD,
        hidden: .init(device: 2049, inode: 78, changeSeconds: 1_794_000_000, changeNanoseconds: 999_999_999),
        differing: ["2026/02/messe/index.html", "alt.html"],
        files: ["index.html": .init(size: 812, digest: 1), "2026/02/messe/index.html": .init(size: 5120, digest: .max), "ä b.css": .init(size: 0, digest: 42)])

    @Test("A manifest reads back as it was written")
    func roundTrip() throws {
        let bytes = try #require(Self.sample.encoded())
        #expect(OutputManifest(decoding: bytes) == Self.sample)
        var withoutHidden = Self.sample
        withoutHidden.hidden = nil
        #expect(OutputManifest(decoding: try #require(withoutHidden.encoded())) == withoutHidden)
    }

    @Test("A damaged manifest reads as none", arguments: 0..<6)
    func damaged(cut: Int) throws {
        var bytes = try #require(Self.sample.encoded())
        switch cut {
        case 0: bytes.removeLast()
        case 1: bytes.removeLast(20)
        case 2: bytes = Array(bytes.prefix(40))
        case 3: bytes.append(contentsOf: Array("0123456789abcdef 1 extra.html\n".utf8))
        case 4: bytes[0] = UInt8(ascii: "Z")
        default: bytes = Array(String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "files 3", with: "files 2").utf8)
        }
        #expect(OutputManifest(decoding: bytes) == nil)
    }

    @Test("A path with a line break is not stored: the next build writes every file")
    func lineBreakInPath() {
        var manifest = Self.sample
        manifest.files["a\nb.html"] = .init(size: 1, digest: 1)
        #expect(manifest.encoded() == nil)
    }

    static let summaries: [(OutputSummary, String)] = [
        (OutputSummary(written: 12, bytesWritten: 84_000, unchanged: 19_088, removed: 0), "Output/: 12 files written (84 KB), 19,088 unchanged, 0 removed"),
        (OutputSummary(written: 1, bytesWritten: 812, unchanged: 0, removed: 1_234_567), "Output/: 1 file written (812 bytes), 0 unchanged, 1,234,567 removed"),
        (OutputSummary(written: 19_100, bytesWritten: 3_456_789, unchanged: 0, removed: 0), "Output/: 19,100 files written (3.5 MB), 0 unchanged, 0 removed"),
        (OutputSummary(written: 0, bytesWritten: 0, unchanged: 5, removed: 0), "Output/: 0 files written (0 bytes), 5 unchanged, 0 removed"),
    ]

    @Test("The summary is one line with grouped counts and a short size", arguments: summaries)
    func summaryLine(summary: OutputSummary, expected: String) {
        #expect(summary.line(for: "Output/") == expected)
    }
}
