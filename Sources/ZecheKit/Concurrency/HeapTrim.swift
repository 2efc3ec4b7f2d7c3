#if canImport(Glibc)
import Glibc
#endif

/// Gives the heap's free pages back to the system.
///
/// glibc keeps what a program frees for its next allocations and does not shrink the heap,
/// so a build's peak is the sum of every stage's peak, not the largest of them: the drafts
/// freed once the site is resolved, and the list entries freed once the pages are rendered,
/// would still be resident while the search index is made. A one-shot build trims between
/// those stages (at 100,000 articles, each frees hundreds of megabytes).
package enum HeapTrim {
    /// `malloc_trim(0)`, where glibc has it; it is not in Swift's Glibc module.
    package static func returnFreePages() {
        #if canImport(Glibc)
        guard let symbol = trim else { return }
        _ = unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)(0)
        #endif
    }

    #if canImport(Glibc)
    private nonisolated(unsafe) static let trim = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim")
    #endif
}
