#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a preview server could not start.
public enum PreviewServerError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Another process listens on the port already.
    case portInUse(host: String, port: Int)
    /// The host is neither an IP address nor a name the system resolves.
    case unknownHost(String)
    /// The process may not bind this port (ports below 1024 need privileges on most systems).
    case permissionDenied(host: String, port: Int)
    /// A system call failed; `operation` names it and `code` is its `errno`.
    case system(operation: String, code: Int32)

    /// The message for the user, with what to do about it.
    public var description: String {
        switch self {
        case let .portInUse(host, port):
            "port \(port) on \(host) is in use; stop the other server or pass --port 0 to pick a free one"
        case let .unknownHost(host):
            "cannot listen on '\(host)': not an IP address or a known host name; use 127.0.0.1"
        case let .permissionDenied(host, port):
            "not allowed to listen on port \(port) on \(host); use a port above 1023"
        case let .system(operation, code):
            "\(operation) failed: \(String(cString: strerror(code)))"
        }
    }
}
