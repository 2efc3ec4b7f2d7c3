#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A non-blocking pipe that wakes a thread sleeping in `epoll_wait` or `poll` from another thread.
///
/// A class because it owns two descriptors; they are closed exactly once, by `close()`.
final class WakePipe: Sendable {
    /// The end to watch for readability.
    let readEnd: Int32
    private let writeEnd: Int32

    /// Opens the pipe; returns `nil` when the process is out of descriptors.
    init?() {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return nil }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        readEnd = ends[0]
        writeEnd = ends[1]
    }

    /// Makes the read end readable. Safe from any thread; a full pipe already means "wake up".
    func wake() {
        var byte: UInt8 = 1
        _ = write(writeEnd, &byte, 1)
    }

    /// Empties the pipe, so that level-triggered polling stops reporting it.
    func drain() {
        var scratch = [UInt8](repeating: 0, count: 64)
        while read(readEnd, &scratch, scratch.count) > 0 {}
    }

    /// Closes both ends; call it once, after the thread that polls the pipe has stopped.
    func close() {
        closeDescriptor(readEnd)
        closeDescriptor(writeEnd)
    }
}

/// Closes `descriptor`, ignoring errors: there is nothing useful to do about a failed close.
func closeDescriptor(_ descriptor: Int32) {
    #if canImport(Glibc)
    _ = Glibc.close(descriptor)
    #else
    _ = Darwin.close(descriptor)
    #endif
}
