import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One build at a time for an output folder: an exclusive `flock` on a lock file beside it
/// (`.Output.zeche-lock`), held from the staging folder's creation to the swap.
///
/// Without it, a second build (a save hook and a manual build, two CI steps) removed the first
/// one's staging folder as a leftover, and the first failed with hundreds of "cannot write"
/// errors. The kernel drops the lock when a build is killed, so a lock never outlives its
/// build; the file is removed when the lock is released (a build that finds it left behind by
/// a killed one takes it over), and a waiter that locked a removed file tries again.
final class OutputLock: Sendable {
    private let descriptor: Int32
    private let path: String

    private init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
    }

    /// Takes the lock at `path`, waiting up to `timeout` for another build to finish; the
    /// output and the folder that holds it are named in messages as `displayPath` and `folder`.
    static func acquire(_ path: String, shownAs displayPath: String, in folder: String, timeout: Duration) throws(OutputError) -> OutputLock {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while true {
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                throw OutputError.cannotCreate(folder: folder, reason: String(cString: strerror(errno)))
            }
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 {
                // The file may have been removed by the build that held it: lock the one at the path.
                var locked = stat(), current = stat()
                if fstat(descriptor, &locked) == 0, stat(path, &current) == 0, locked.st_ino == current.st_ino, locked.st_dev == current.st_dev {
                    let pid = Array("\(getpid())\n".utf8)
                    _ = ftruncate(descriptor, 0)
                    _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
                    return OutputLock(descriptor: descriptor, path: path)
                }
                close(descriptor)
                continue
            }
            let holder = Self.holder(descriptor)
            close(descriptor)
            guard clock.now < deadline else {
                throw OutputError.busy(folder: displayPath, process: holder,
                                       seconds: Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18)
            }
            usleep(50_000)
        }
    }

    /// The process id the holder wrote into the lock file, if any.
    private static func holder(_ descriptor: Int32) -> Int32? {
        var bytes = [UInt8](repeating: 0, count: 16)
        let count = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        return Int32(String(decoding: bytes[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Removes the lock file and releases the lock.
    deinit {
        unlink(path)
        close(descriptor)
    }
}
