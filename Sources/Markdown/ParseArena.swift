import CCmarkGFM

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The memory cmark-gfm allocates during one parse, taken from a per-thread arena.
///
/// A parse allocates thousands of small nodes, strings and buffers and frees them all at the
/// end; through `malloc` that was a fifth of parsing an article on two threads. The arena
/// hands out memory from a reused chunk by moving a cursor, grows the last block in place
/// when cmark's buffers grow, ignores `free` of small blocks, and is emptied when the parse
/// ends. Blocks too large for a chunk are `malloc`ed, grown with `realloc` and really freed:
/// keeping every size a doubling buffer went through (the rendered HTML, a long paragraph)
/// held twice its final size, and a 10 MB article took 30 times its size in memory. Each thread
/// has its own arena (found through a thread-local key, since cmark's allocator functions get
/// no context), kept between parses; a thread's arena is released when the thread ends.
///
/// cmark-gfm supports such allocators (GitHub parses with its own arena): every allocation of
/// the parser, its extensions and the renderer goes through the `cmark_mem` it is given.
struct ParseArena {
    /// The allocator to hand to `cmark_parser_new_with_mem` and the renderer.
    let allocator: UnsafeMutablePointer<cmark_mem>
    private let state: UnsafeMutablePointer<State>

    /// The calling thread's arena, or `nil` while it is already in use (a parse started from
    /// inside another one, which then uses the system allocator).
    static func acquire() -> ParseArena? {
        let state: UnsafeMutablePointer<State>
        if let existing = pthread_getspecific(threadKey) {
            state = existing.assumingMemoryBound(to: State.self)
        } else {
            state = .allocate(capacity: 1)
            state.initialize(to: State())
            pthread_setspecific(threadKey, state)
        }
        guard !state.pointee.isInUse else { return nil }
        state.pointee.isInUse = true
        return ParseArena(allocator: state.pointee.functions, state: state)
    }

    /// How many large blocks (each `malloc`ed) the arena holds now; for tests.
    var largeBlockCount: Int {
        var count = 0
        var block = state.pointee.large
        while let current = block {
            count += 1
            block = (current + 8).load(as: UnsafeMutableRawPointer?.self)
        }
        return count
    }

    /// Empties the arena for the thread's next parse; every pointer it gave out is invalid.
    func release() {
        state.pointee.reset()
        state.pointee.isInUse = false
    }

    /// One thread's arena: a chunk that the cursor moves through, the chunks filled before it
    /// in this parse, and blocks too large for a chunk.
    fileprivate struct State {
        /// 64 KiB: below `malloc`'s threshold for fresh mappings, so a reused chunk never
        /// faults its pages in again.
        static let chunkSize = 64 << 10
        /// Requests above this get a block of their own, freed when the parse ends.
        static let largeSize = chunkSize / 4
        /// Room for the block's size before each block, and the alignment of every block.
        static let header = 16

        var chunk: UnsafeMutableRawPointer?
        var used = 0
        /// The block handed out last, which `realloc` can grow in place.
        var last: UnsafeMutableRawPointer?
        /// Chunks filled earlier in this parse: each starts with a pointer to the previous one.
        var retired: UnsafeMutableRawPointer?
        /// The large blocks of this parse, a doubly linked list: each block starts with
        /// pointers to the previous and the next one, then its size with `largeFlag` set.
        var large: UnsafeMutableRawPointer?
        var isInUse = false
        /// The functions cmark calls; each finds the calling thread's arena.
        let functions: UnsafeMutablePointer<cmark_mem>

        init() {
            functions = .allocate(capacity: 1)
            functions.initialize(to: cmark_mem(
                calloc: { count, size in
                    let (bytes, overflow) = count.multipliedReportingOverflow(by: size)
                    guard !overflow, let state = currentState(), let block = state.pointee.allocate(bytes) else { return nil }
                    block.initializeMemory(as: UInt8.self, repeating: 0, count: bytes)
                    return block
                },
                realloc: { pointer, size in currentState()?.pointee.reallocate(pointer, size) },
                free: { pointer in currentState()?.pointee.free(pointer) }))
        }

        /// Set in the size word of a large block.
        static let largeFlag = 1 << 62
        /// Links to the previous and next large block, then the size word.
        static let largeHeader = 32

        /// Frees a large block at once; small blocks go when the parse ends.
        mutating func free(_ pointer: UnsafeMutableRawPointer?) {
            guard let pointer, (pointer - Self.header).load(as: Int.self) & Self.largeFlag != 0 else { return }
            let block = pointer - Self.largeHeader
            unlink(block)
            systemFree(block)
        }

        private mutating func unlink(_ block: UnsafeMutableRawPointer) {
            let previous = block.load(as: UnsafeMutableRawPointer?.self)
            let next = (block + 8).load(as: UnsafeMutableRawPointer?.self)
            if let previous { (previous + 8).storeBytes(of: next, as: UnsafeMutableRawPointer?.self) } else { large = next }
            if let next { next.storeBytes(of: previous, as: UnsafeMutableRawPointer?.self) }
        }

        private mutating func link(_ block: UnsafeMutableRawPointer, size: Int) {
            block.storeBytes(of: nil, as: UnsafeMutableRawPointer?.self)
            (block + 8).storeBytes(of: large, as: UnsafeMutableRawPointer?.self)
            if let large { large.storeBytes(of: block, as: UnsafeMutableRawPointer?.self) }
            large = block
            (block + Self.largeHeader - Self.header).storeBytes(of: size | Self.largeFlag, as: Int.self)
        }

        static func rounded(_ size: Int) -> Int { (size + header - 1) & ~(header - 1) }

        mutating func allocate(_ size: Int) -> UnsafeMutableRawPointer? {
            let total = Self.header + Self.rounded(size)
            if total > Self.largeSize {
                guard let block = malloc(Self.largeHeader + Self.rounded(size)) else { return nil }
                link(block, size: size)
                return block + Self.largeHeader
            }
            if chunk == nil || used + total > Self.chunkSize {
                guard let fresh = malloc(Self.chunkSize) else { return nil }
                if let full = chunk {
                    full.storeBytes(of: retired, as: UnsafeMutableRawPointer?.self)
                    retired = full
                }
                chunk = fresh
                used = Self.header  // the link, should this chunk be retired too
            }
            guard let chunk else { return nil }
            let start = chunk + used
            used += total
            start.storeBytes(of: size, as: Int.self)
            last = start + Self.header
            return last
        }

        mutating func reallocate(_ pointer: UnsafeMutableRawPointer?, _ size: Int) -> UnsafeMutableRawPointer? {
            guard let pointer else { return allocate(size) }
            let word = (pointer - Self.header).load(as: Int.self)
            if word & Self.largeFlag != 0 {
                // realloc may move the block (or, for a mapping, remap it without copying).
                let block = pointer - Self.largeHeader
                unlink(block)
                guard let moved = systemRealloc(block, Self.largeHeader + Self.rounded(size)) else {
                    link(block, size: word & ~Self.largeFlag)
                    return nil
                }
                link(moved, size: size)
                return moved + Self.largeHeader
            }
            let old = word
            if size <= old { return pointer }
            // cmark's buffers grow by doubling, one after another: the last block of the chunk
            // can simply take more of it.
            if pointer == last, let chunk {
                let offset = chunk.distance(to: pointer)
                let end = offset + Self.rounded(size)
                if end <= Self.chunkSize, Self.rounded(size) + Self.header <= Self.largeSize {
                    used = end
                    (pointer - Self.header).storeBytes(of: size, as: Int.self)
                    return pointer
                }
            }
            guard let moved = allocate(size) else { return nil }
            moved.copyMemory(from: pointer, byteCount: old)
            return moved
        }

        /// Frees what this parse retired and starts the current chunk over.
        mutating func reset() {
            while let block = retired {
                retired = block.load(as: UnsafeMutableRawPointer?.self)
                systemFree(block)
            }
            while let block = large {
                large = (block + 8).load(as: UnsafeMutableRawPointer?.self)
                systemFree(block)
            }
            used = Self.header
            last = nil
        }

        mutating func releaseAll() {
            reset()
            systemFree(chunk)
            chunk = nil
            functions.deinitialize(count: 1)
            functions.deallocate()
        }
    }
}

// The thread-local key of the arenas; its destructor frees a thread's arena when it ends.
private let threadKey: pthread_key_t = {
    var key = pthread_key_t()
    // The argument is optional on Linux and not on Darwin; the function takes either.
    pthread_key_create(&key) { pointer in releaseThreadState(pointer) }
    return key
}()

private func releaseThreadState(_ pointer: UnsafeMutableRawPointer?) {
    guard let state = pointer?.assumingMemoryBound(to: ParseArena.State.self) else { return }
    state.pointee.releaseAll()
    state.deinitialize(count: 1)
    state.deallocate()
}

private func currentState() -> UnsafeMutablePointer<ParseArena.State>? {
    pthread_getspecific(threadKey)?.assumingMemoryBound(to: ParseArena.State.self)
}

private func systemFree(_ pointer: UnsafeMutableRawPointer?) {
    #if canImport(Glibc)
    Glibc.free(pointer)
    #else
    Darwin.free(pointer)
    #endif
}

private func systemRealloc(_ pointer: UnsafeMutableRawPointer?, _ size: Int) -> UnsafeMutableRawPointer? {
    #if canImport(Glibc)
    Glibc.realloc(pointer, size)
    #else
    Darwin.realloc(pointer, size)
    #endif
}
