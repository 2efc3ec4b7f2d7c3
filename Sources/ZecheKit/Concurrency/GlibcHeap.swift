import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// How zeche asks glibc's allocator to keep memory: the one place that reaches its tuning
/// functions, which Swift's Glibc module does not declare (they are in <malloc.h>).
package enum GlibcHeap {
    /// Sets how glibc's allocator takes memory from the system and gives it back, before a
    /// command starts.
    ///
    /// - Buffers of a megabyte and more (a huge article's text, its HTML, a large page) are
    ///   mapped on their own, so that they go back to the system when freed. By default glibc
    ///   raises that threshold after the first such buffer is freed, and later ones then stay
    ///   in the heap, which does not shrink: a 9.5 MB article cost a build 90 to 100 MB
    ///   instead of 75.
    /// - The heap grows and shrinks by `topPad` at a time. With glibc's 128 KB, a stage that
    ///   frees its tables hands the pages back, and the next stage faults in and zeroes as many
    ///   fresh ones: a warm build at 10,000 articles took 44,000 page faults and 0.22 s of
    ///   system time, 40,600 and 0.18 s with 16 MiB (docs/performance.md). `returnFreePages`
    ///   still gives everything free back between the stages of a large build. A larger pad
    ///   stays in a small build's peak: with 32 MiB, a 9.5 MB article took 100 MB instead of
    ///   70 (MemoryTests allows 95).
    ///
    /// A performance setting, measured by `make bench`, not by a test: glibc offers no way to
    /// read it back.
    package static func tune() {
        #if canImport(Glibc)
        guard let symbol = function(named: "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
        // M_MMAP_THRESHOLD is -3, M_TOP_PAD -2.
        _ = mallopt(-3, 1 << 20)
        _ = mallopt(-2, Int32(topPad))
        isTuned.store(true, ordering: .releasing)
        #endif
    }

    /// Whether `tune` ran: `reserveThreadHeap`'s blocks come from a thread's heap only below
    /// the mapping threshold it sets (glibc's own starts at 128 KB).
    private static let isTuned = Atomic<Bool>(false)

    /// How much the heap grows beyond a request, and keeps free at its top when it shrinks.
    package static let topPad = 16 << 20

    /// Gives the calling thread's heap room to grow into, the first time the thread asks.
    ///
    /// glibc gives each thread that allocates a heap of its own (an arena), made `topPad`
    /// large, which then grows by an `mprotect` call exactly as far as each allocation needs:
    /// the pad does not apply to that growth. A warm build at 10,000 articles made 14,000
    /// such calls on its worker threads, nearly all of one page. Taking `threadReserve` at
    /// once, in blocks below the mapping threshold, and freeing it again grows the heap in a
    /// few dozen calls; the freed pages were never touched, so they are not resident, and
    /// the heap's later growth into them needs no call.
    package static func reserveThreadHeap() {
        #if canImport(Glibc)
        // The main thread's heap grows by `topPad` already.
        guard isTuned.load(ordering: .acquiring), !Thread.isMainThread, pthread_getspecific(reservedKey) == nil else { return }
        _ = pthread_setspecific(reservedKey, UnsafeRawPointer(bitPattern: 1))
        let blockSize = 960 << 10
        let blockCount = (threadReserve + blockSize - 1) / blockSize
        withUnsafeTemporaryAllocation(of: UnsafeMutableRawPointer?.self, capacity: blockCount) { blocks in
            for index in 0..<blockCount { blocks[index] = malloc(blockSize) }
            // Freed last first, so that each joins the free top of the heap at once.
            for index in (0..<blockCount).reversed() { free(blocks[index]) }
        }
        #endif
    }

    /// How much `reserveThreadHeap` takes: a thread's heap holds 64 MiB, its first `topPad`
    /// of which the allocations take before the heap grows.
    package static let threadReserve = 48 << 20

    #if canImport(Glibc)
    /// Set for a thread whose heap was reserved.
    private static let reservedKey: pthread_key_t = {
        var key = pthread_key_t()
        _ = pthread_key_create(&key, nil)
        return key
    }()
    #endif

    /// Gives the heap's free pages back to the system (`malloc_trim(0)`).
    ///
    /// glibc keeps what a program frees for its next allocations and does not shrink the heap,
    /// so a build's peak is the sum of every stage's peak, not the largest of them: the drafts
    /// freed once the site is resolved, and the list entries freed once the pages are rendered,
    /// would still be resident while the search index is made. A one-shot build trims between
    /// those stages (at 100,000 articles, each frees hundreds of megabytes).
    ///
    /// A process holding less than `trimmedFrom` bytes is left as it is: the trim walks the
    /// whole heap (75 ms of a warm build at 10,000 articles), for pages that cannot matter.
    package static func returnFreePages() {
        #if canImport(Glibc)
        guard holdsEnoughToTrim, let symbol = function(named: "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)(0)
        #endif
    }

    /// The resident size from which `returnFreePages` trims the heap.
    package static let trimmedFrom = 256 << 20

    /// Whether the process holds `trimmedFrom` bytes or more (or cannot tell): what a stage
    /// frees then matters to the next one's peak.
    package static var holdsEnoughToTrim: Bool {
        residentBytes().map { $0 >= trimmedFrom } ?? true
    }

    /// The process's resident memory (`/proc/self/statm`), or `nil` where it cannot be read.
    package static func residentBytes() -> Int? {
        #if canImport(Glibc)
        let descriptor = open("/proc/self/statm", O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: 128)
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        guard count > 0 else { return nil }
        // "size resident shared …", in pages.
        let fields = buffer[..<count].split(separator: UInt8(ascii: " "))
        guard fields.count > 1, let pages = Int(String(decoding: fields[1], as: UTF8.self)) else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
        #else
        return nil
        #endif
    }

    #if canImport(Glibc)
    private static func function(named name: String) -> UnsafeMutableRawPointer? {
        dlsym(UnsafeMutableRawPointer(bitPattern: 0), name)
    }
    #endif
}
