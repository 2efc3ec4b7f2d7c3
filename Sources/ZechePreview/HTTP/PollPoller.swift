#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A `Poller` on POSIX `poll()`, for systems without epoll. Each wait costs time in proportion to
/// the number of registered descriptors, which is fine for a local preview.
final class PollPoller: Poller {
    private var interests: [Int32: PollInterest] = [:]
    private var slots: [pollfd] = []

    func register(_ descriptor: Int32, interest: PollInterest) -> Bool {
        interests[descriptor] = interest
        return true
    }

    func update(_ descriptor: Int32, interest: PollInterest) {
        if interests[descriptor] != nil { interests[descriptor] = interest }
    }

    func unregister(_ descriptor: Int32) {
        interests[descriptor] = nil
    }

    func wait(timeoutMilliseconds: Int32, events: inout [PollEvent]) {
        events.removeAll(keepingCapacity: true)
        slots.removeAll(keepingCapacity: true)
        for (descriptor, interest) in interests {
            var flags: Int16 = 0
            if interest.contains(.read) { flags |= Int16(POLLIN) }
            if interest.contains(.write) { flags |= Int16(POLLOUT) }
            slots.append(pollfd(fd: descriptor, events: flags, revents: 0))
        }
        let count = slots.withUnsafeMutableBufferPointer { buffer in
            poll(buffer.baseAddress, nfds_t(buffer.count), timeoutMilliseconds)
        }
        guard count > 0 else { return }
        for slot in slots where slot.revents != 0 {
            let flags = slot.revents
            events.append(PollEvent(
                descriptor: slot.fd,
                isReadable: flags & Int16(POLLIN) != 0,
                isWritable: flags & Int16(POLLOUT) != 0,
                isHangUp: flags & Int16(POLLHUP | POLLERR | POLLNVAL) != 0))
        }
    }

    func close() {}
}
