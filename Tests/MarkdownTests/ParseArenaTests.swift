import CCmarkGFM
import Foundation
import Synchronization
import Testing
@testable import Markdown

/// The per-thread arena that cmark allocates from while it parses.
struct ParseArenaTests {
    /// Runs `body` with this thread's arena and gives it back afterwards.
    private func withArena(_ body: (UnsafeMutablePointer<cmark_mem>) -> Void) throws {
        let arena = try #require(ParseArena.acquire())
        defer { arena.release() }
        body(arena.allocator)
    }

    @Test("calloc gives zeroed memory, also where an earlier parse wrote")
    func callocZeroes() throws {
        try withArena { memory in
            let block = memory.pointee.calloc(100, 8)!.assumingMemoryBound(to: UInt8.self)
            block.update(repeating: 0xAB, count: 800)
        }
        try withArena { memory in
            let block = memory.pointee.calloc(100, 8)!.assumingMemoryBound(to: UInt8.self)
            #expect(UnsafeBufferPointer(start: block, count: 800).allSatisfy { $0 == 0 })
        }
    }

    @Test("realloc keeps the bytes, in place, into a new chunk and into a block of its own")
    func reallocKeepsBytes() throws {
        try withArena { memory in
            var block = memory.pointee.realloc(nil, 16)!
            block.storeBytes(of: 42, as: Int.self)
            var size = 16
            // Doubling as cmark's buffers do: in place at first, then moved, then large.
            while size < 1 << 20 {
                size *= 2
                block = memory.pointee.realloc(block, size)!
                // Something else in between, so that the block is not always the last one.
                if size == 1024 { _ = memory.pointee.calloc(1, 64) }
                #expect(block.load(as: Int.self) == 42)
                (block + size - 8).storeBytes(of: size, as: Int.self)
            }
            #expect((block + size - 8).load(as: Int.self) == size)
        }
    }

    @Test("Many blocks beyond one chunk stay apart")
    func blocksDoNotOverlap() throws {
        try withArena { memory in
            let blocks = (0..<5_000).map { index -> UnsafeMutableRawPointer in
                let block = memory.pointee.calloc(1, 24 + index % 40)!
                block.storeBytes(of: index, as: Int.self)
                return block
            }
            #expect(blocks.enumerated().allSatisfy { $1.load(as: Int.self) == $0 })
        }
    }

    @Test("Large blocks are freed when cmark frees them and grown with realloc, so a doubling buffer is not kept at every size")
    func largeBlocksAreFreed() throws {
        let arena = try #require(ParseArena.acquire())
        defer { arena.release() }
        let memory = arena.allocator
        let first = memory.pointee.calloc(1, 100_000)!
        let second = memory.pointee.calloc(1, 200_000)!
        #expect(arena.largeBlockCount == 2)
        memory.pointee.free(first)
        #expect(arena.largeBlockCount == 1)
        var growing = memory.pointee.realloc(nil, 20_000)!
        growing.storeBytes(of: 7, as: Int.self)
        for size in [40_000, 80_000, 160_000, 1 << 20, 1 << 24] {
            growing = memory.pointee.realloc(growing, size)!
            #expect(growing.load(as: Int.self) == 7)
            #expect(arena.largeBlockCount == 2, "a grown block left its old size behind")
        }
        memory.pointee.free(second)
        memory.pointee.free(growing)
        #expect(arena.largeBlockCount == 0)
        // Small blocks are not freed one by one: they go when the parse ends.
        let small = memory.pointee.calloc(1, 64)!
        memory.pointee.free(small)
        #expect(arena.largeBlockCount == 0)
    }

    @Test("The arena is taken while a parse runs, and free again after it")
    func oneUserAtATime() throws {
        let first = try #require(ParseArena.acquire())
        #expect(ParseArena.acquire() == nil)
        first.release()
        let again = try #require(ParseArena.acquire())
        again.release()
    }

    @Test("A thread that parsed and ended gives its arena back (its key's destructor runs)")
    func threadEnds() {
        let done = DispatchSemaphore(value: 0)
        let html = Mutex("")
        let thread = Thread {
            html.withLock { $0 = MarkdownParser().parse("Ein *kurzer* Text.\n").html }
            done.signal()
        }
        thread.start()
        done.wait()
        // Give the thread time to end, so that the destructor runs within the test (under the
        // sanitizers, a mistake in it is reported here).
        while !thread.isFinished { usleep(1_000) }
        #expect(html.withLock { $0 } == "<p>Ein <em>kurzer</em> Text.</p>\n")
    }

    @Test("A parse started from inside another one gives the same results as on its own")
    func nestedParse() {
        let parser = MarkdownParser()
        let inner = "## Innen\n\nText mit [Link](b.md).\n"
        let alone = parser.parse(inner)
        var nested: MarkdownDocument?
        let outer = parser.parse("# Außen\n\n[a](a.md) und noch mehr Text.\n") { _ in
            nested = parser.parse(inner)
            return nil
        }
        #expect(nested?.html == alone.html)
        #expect(outer.html == "<h1 id=\"aussen\">Außen</h1>\n<p><a href=\"a.md\">a</a> und noch mehr Text.</p>\n")
    }
}
