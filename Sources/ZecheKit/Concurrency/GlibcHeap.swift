#if canImport(Glibc)
import Glibc
#endif

/// How zeche asks glibc's allocator to keep memory: the one place that reaches its tuning
/// functions, which Swift's Glibc module does not declare (they are in <malloc.h>).
package enum GlibcHeap {
    /// Maps buffers of a megabyte and more (a huge article's text, its HTML, a large page) on
    /// their own, so that they go back to the system when freed. By default glibc raises that
    /// threshold after the first such buffer is freed, and later ones then stay in the heap,
    /// which does not shrink: a 9.5 MB article cost a build 90 to 100 MB instead of 75.
    package static func mapLargeBuffersApart() {
        #if canImport(Glibc)
        guard let symbol = function(named: "mallopt") else { return }
        // M_MMAP_THRESHOLD is -3.
        _ = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)(-3, 1 << 20)
        #endif
    }

    /// Gives the heap's free pages back to the system (`malloc_trim(0)`).
    ///
    /// glibc keeps what a program frees for its next allocations and does not shrink the heap,
    /// so a build's peak is the sum of every stage's peak, not the largest of them: the drafts
    /// freed once the site is resolved, and the list entries freed once the pages are rendered,
    /// would still be resident while the search index is made. A one-shot build trims between
    /// those stages (at 100,000 articles, each frees hundreds of megabytes).
    package static func returnFreePages() {
        #if canImport(Glibc)
        guard let symbol = function(named: "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)(0)
        #endif
    }

    #if canImport(Glibc)
    private static func function(named name: String) -> UnsafeMutableRawPointer? {
        dlsym(UnsafeMutableRawPointer(bitPattern: 0), name)
    }
    #endif
}
