#if os(Linux)
import Glibc

/// A `Poller` on Linux's epoll: the cost of a wait does not grow with the number of idle
/// connections.
///
/// Swift's Glibc module map leaves out `<sys/epoll.h>`, and this target has no C shim, so the
/// three calls are looked up with `dlsym` and called through `@convention(c)` function types,
/// and `struct epoll_event` is laid out by hand as the kernel ABI defines it: packed to 12
/// bytes on x86-64, 16 bytes (with padding before `data`) everywhere else.
final class EpollPoller: Poller {
    private typealias Create = @convention(c) (Int32) -> Int32
    private typealias Control = @convention(c) (Int32, Int32, Int32, UnsafeMutableRawPointer?) -> Int32
    private typealias Wait = @convention(c) (Int32, UnsafeMutableRawPointer?, Int32, Int32) -> Int32

    // Values from <sys/epoll.h>; they are part of the Linux system call ABI.
    private static let readable: UInt32 = 0x001
    private static let writable: UInt32 = 0x004
    private static let error: UInt32 = 0x008
    private static let hangUp: UInt32 = 0x010
    private static let add: Int32 = 1
    private static let delete: Int32 = 2
    private static let modify: Int32 = 3
    #if arch(x86_64)
    private static let eventSize = 12
    private static let dataOffset = 4
    #else
    private static let eventSize = 16
    private static let dataOffset = 8
    #endif
    private static let capacity = 256

    private let control: Control
    private let waitCall: Wait
    private let epoll: Int32
    private let buffer: UnsafeMutableRawBufferPointer

    /// Opens an epoll instance; `nil` when the C library lacks epoll or is out of descriptors.
    init?() {
        guard let library = dlopen(nil, RTLD_NOW),
              let create = dlsym(library, "epoll_create1"),
              let control = dlsym(library, "epoll_ctl"),
              let wait = dlsym(library, "epoll_wait")
        else { return nil }
        self.control = unsafeBitCast(control, to: Control.self)
        waitCall = unsafeBitCast(wait, to: Wait.self)
        epoll = unsafeBitCast(create, to: Create.self)(Int32(O_CLOEXEC))
        guard epoll >= 0 else { return nil }
        buffer = .allocate(byteCount: Self.capacity * Self.eventSize, alignment: 8)
    }

    deinit {
        buffer.deallocate()
    }

    func register(_ descriptor: Int32, interest: PollInterest) -> Bool {
        change(Self.add, descriptor, interest) == 0
    }

    func update(_ descriptor: Int32, interest: PollInterest) {
        _ = change(Self.modify, descriptor, interest)
    }

    func unregister(_ descriptor: Int32) {
        _ = change(Self.delete, descriptor, [])
    }

    func wait(timeoutMilliseconds: Int32, events: inout [PollEvent]) {
        events.removeAll(keepingCapacity: true)
        let count = waitCall(epoll, buffer.baseAddress, Int32(Self.capacity), timeoutMilliseconds)
        guard count > 0 else { return }
        for index in 0..<Int(count) {
            let offset = index * Self.eventSize
            let flags = buffer.loadUnaligned(fromByteOffset: offset, as: UInt32.self)
            let descriptor = buffer.loadUnaligned(fromByteOffset: offset + Self.dataOffset, as: Int32.self)
            events.append(PollEvent(
                descriptor: descriptor,
                isReadable: flags & Self.readable != 0,
                isWritable: flags & Self.writable != 0,
                isHangUp: flags & (Self.hangUp | Self.error) != 0))
        }
    }

    func close() {
        closeDescriptor(epoll)
    }

    private func change(_ operation: Int32, _ descriptor: Int32, _ interest: PollInterest) -> Int32 {
        var flags: UInt32 = 0
        if interest.contains(.read) { flags |= Self.readable }
        if interest.contains(.write) { flags |= Self.writable }
        // The event's `data` union holds the descriptor in its first four bytes.
        var event = [UInt8](repeating: 0, count: Self.eventSize)
        return event.withUnsafeMutableBytes { bytes in
            bytes.storeBytes(of: flags, toByteOffset: 0, as: UInt32.self)
            bytes.storeBytes(of: descriptor, toByteOffset: Self.dataOffset, as: Int32.self)
            return control(epoll, operation, descriptor, bytes.baseAddress)
        }
    }
}
#endif
