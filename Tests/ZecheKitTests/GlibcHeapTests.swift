import Foundation
import Testing
@testable import ZecheKit

/// The heap is trimmed between a build's stages only when the process holds enough for it to
/// matter: what it holds is read as the kernel counts it.
@Suite struct GlibcHeapTests {
    /// VmRSS of `/proc/self/status`, in bytes: the kernel's count, written out another way.
    static func statusResident() throws -> Int {
        let status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
        let line = try #require(status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") })
        let kilobytes = try #require(Int(line.split(separator: " ").dropFirst().first ?? ""))
        return kilobytes * 1024
    }

    @Test("The resident memory read from /proc/self/statm is the kernel's VmRSS, and grows with pages touched")
    func residentBytes() throws {
        #if os(Linux)
        // Tests running beside this one allocate and free too: the two counts are read a few
        // microseconds apart, and what this test touches is a floor, not a difference.
        let before = try #require(GlibcHeap.residentBytes())
        #expect(abs(before - (try Self.statusResident())) < 64 << 20)
        let touched = [UInt8](repeating: 1, count: 96 << 20)
        let after = try #require(GlibcHeap.residentBytes())
        #expect(abs(after - (try Self.statusResident())) < 64 << 20)
        #expect(after >= 96 << 20, "\(before) → \(after)")
        #expect(touched[touched.count / 2] == 1)
        #endif
    }
}
