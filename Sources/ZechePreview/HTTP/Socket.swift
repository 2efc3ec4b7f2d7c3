#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The socket calls of the event loop, on raw descriptors.
enum Socket {
    /// Opens a non-blocking socket listening on `host` and `port`, and returns it with the port
    /// the system chose (the same as `port` unless that is 0).
    static func openListener(host: String, port: Int, backlog: Int32) throws(PreviewServerError) -> (descriptor: Int32, port: Int) {
        guard (0...65_535).contains(port) else { throw .system(operation: "bind", code: EINVAL) }
        var hints = addrinfo()
        hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV
        hints.ai_family = AF_UNSPEC
        #if canImport(Glibc)
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
        hints.ai_socktype = SOCK_STREAM
        #endif
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &list) == 0, let first = list else {
            throw .unknownHost(host)
        }
        defer { freeaddrinfo(list) }
        let address = first.pointee

        let descriptor = socket(address.ai_family, address.ai_socktype, address.ai_protocol)
        guard descriptor >= 0 else { throw .system(operation: "socket", code: errno) }
        // SO_REUSEADDR lets a restarted server bind while old connections sit in TIME_WAIT; it
        // does not let two servers listen on one port, so "port in use" is still reported.
        setOption(descriptor, SOL_SOCKET, SO_REUSEADDR, 1)
        guard bind(descriptor, address.ai_addr, address.ai_addrlen) == 0 else {
            let code = errno
            closeDescriptor(descriptor)
            switch code {
            case EADDRINUSE: throw .portInUse(host: host, port: port)
            case EACCES: throw .permissionDenied(host: host, port: port)
            default: throw .system(operation: "bind", code: code)
            }
        }
        guard listen(descriptor, backlog) == 0, setNonBlocking(descriptor) else {
            let code = errno
            closeDescriptor(descriptor)
            throw .system(operation: "listen", code: code)
        }
        return (descriptor, boundPort(descriptor) ?? port)
    }

    /// Accepts one pending connection as a non-blocking socket, or returns `nil` with `errno` set.
    static func accept(_ listener: Int32) -> Int32? {
        #if canImport(Glibc)
        let client = Glibc.accept(listener, nil, nil)
        #else
        let client = Darwin.accept(listener, nil, nil)
        #endif
        guard client >= 0 else { return nil }
        guard setNonBlocking(client) else {
            closeDescriptor(client)
            return nil
        }
        #if canImport(Darwin)
        setOption(client, SOL_SOCKET, SO_NOSIGPIPE, 1)
        #endif
        // Headers and body go out in one sendmsg; Nagle's delay would only add latency.
        setOption(client, Int32(IPPROTO_TCP), TCP_NODELAY, 1)
        return client
    }

    /// Reads what is available into `buffer`: the byte count, 0 at end of stream, or -1 with
    /// `errno` set (`EAGAIN` when nothing is there yet).
    static func receive(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Int {
        recv(descriptor, buffer.baseAddress, buffer.count, 0)
    }

    /// Sends from several byte runs in one call and returns how many bytes went out, or -1 with
    /// `errno` set. A peer that has gone away gives `EPIPE`, never a SIGPIPE.
    static func send(_ descriptor: Int32, _ chunks: ArraySlice<ArraySlice<UInt8>>) -> Int {
        let count = min(chunks.count, 16)
        return withIOVectors(chunks.prefix(count)) { vectors in
            var message = msghdr()
            message.msg_iov = vectors.baseAddress
            #if canImport(Glibc)
            message.msg_iovlen = vectors.count
            return sendmsg(descriptor, &message, Int32(MSG_NOSIGNAL))
            #else
            message.msg_iovlen = Int32(vectors.count)
            return sendmsg(descriptor, &message, 0)
            #endif
        }
    }

    /// Ends the sending direction, so the peer sees end of stream while we may still read.
    static func shutdownWrite(_ descriptor: Int32) {
        #if canImport(Glibc)
        _ = shutdown(descriptor, Int32(SHUT_WR))
        #else
        _ = shutdown(descriptor, SHUT_WR)
        #endif
    }

    private static func withIOVectors<R>(_ chunks: ArraySlice<ArraySlice<UInt8>>, _ body: (UnsafeMutableBufferPointer<iovec>) -> R) -> R {
        // Pins each chunk's storage while sendmsg runs, one nested closure per chunk.
        var vectors: [iovec] = []
        vectors.reserveCapacity(chunks.count)
        func pin(_ index: ArraySlice<ArraySlice<UInt8>>.Index) -> R {
            guard index < chunks.endIndex else {
                return vectors.withUnsafeMutableBufferPointer { body($0) }
            }
            return chunks[index].withUnsafeBytes { bytes in
                vectors.append(iovec(iov_base: UnsafeMutableRawPointer(mutating: bytes.baseAddress), iov_len: bytes.count))
                return pin(chunks.index(after: index))
            }
        }
        return pin(chunks.startIndex)
    }

    private static func setNonBlocking(_ descriptor: Int32) -> Bool {
        let flags = fcntl(descriptor, F_GETFL)
        guard flags >= 0 else { return false }
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        return fcntl(descriptor, F_SETFL, flags | O_NONBLOCK) == 0
    }

    private static func setOption(_ descriptor: Int32, _ level: Int32, _ name: Int32, _ value: Int32) {
        var value = value
        _ = setsockopt(descriptor, level, name, &value, socklen_t(MemoryLayout<Int32>.size))
    }

    private static func boundPort(_ descriptor: Int32) -> Int? {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let status = withUnsafeMutablePointer(to: &storage) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        guard status == 0 else { return nil }
        return withUnsafePointer(to: &storage) { pointer in
            switch Int32(pointer.pointee.ss_family) {
            case AF_INET:
                pointer.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { Int(UInt16(bigEndian: $0.pointee.sin_port)) }
            case AF_INET6:
                pointer.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { Int(UInt16(bigEndian: $0.pointee.sin6_port)) }
            default:
                nil
            }
        }
    }
}
