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

    @Test("A thread's reserved heap is writable far beyond glibc's first 16 MiB, and none of it is resident")
    func reservedThreadHeap() throws {
        #if os(Linux)
        // As zeche's `main` does: the reserve's blocks then come from the thread's heap.
        GlibcHeap.tune()
        let found = Found()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            let before = GlibcHeap.residentBytes() ?? 0
            GlibcHeap.reserveThreadHeap()
            let grown = (GlibcHeap.residentBytes() ?? 0) - before
            // A small block comes from this thread's heap, which glibc aligns to its 64 MiB.
            let block = malloc(64)
            let address = UInt(bitPattern: block)
            free(block)
            let heapStart = address & ~(UInt(64 << 20) - 1)
            let maps = (try? String(contentsOfFile: "/proc/self/maps", encoding: .utf8)) ?? ""
            // The readable and writable mapping that holds the block: the part of the heap grown so far.
            let writableEnd = maps.split(separator: "\n").lazy.compactMap { line -> UInt? in
                let fields = line.split(separator: " ")
                guard fields.count >= 2, fields[1].hasPrefix("rw") else { return nil }
                let bounds = fields[0].split(separator: "-").compactMap { UInt($0, radix: 16) }
                guard bounds.count == 2, bounds[0] <= address, address < bounds[1] else { return nil }
                return bounds[1]
            }.first ?? 0
            found.value = (heapStart, writableEnd, grown)
            done.signal()
        }
        thread.start()
        done.wait()
        let heap = try #require(found.value)
        #expect(Int(heap.writableEnd - heap.heapStart) >= GlibcHeap.threadReserve, "\(heap)")
        // Tests beside this one allocate too: 48 MiB made resident would show all the same.
        #expect(heap.grown < 24 << 20, "\(heap.grown) bytes made resident")
        #endif
    }
}

/// What the thread of `reservedThreadHeap` found; written before the semaphore is signalled and
/// read after it is waited for.
private final class Found: @unchecked Sendable {
    var value: (heapStart: UInt, writableEnd: UInt, grown: Int)?
}
