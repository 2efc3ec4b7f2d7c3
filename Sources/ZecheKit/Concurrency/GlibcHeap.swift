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
        #endif
    }

    /// How much the heap grows beyond a request, and keeps free at its top when it shrinks.
    package static let topPad = 16 << 20

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
