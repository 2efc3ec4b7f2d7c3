/// The `Host` values the preview answers: the addresses it serves, with its port.
///
/// A web page on another site can make the browser send requests to `127.0.0.1` under a name
/// that the attacker's DNS first resolved to the attacker's server and now resolves to
/// 127.0.0.1 (DNS rebinding); the browser then lets that page read the answers, drafts and
/// build errors included. Such a request carries the attacker's name in `Host`, so the preview
/// answers only its own names: `127.0.0.1`, `localhost`, `[::1]`, the `--host` it listens on,
/// and, when that is every address (`0.0.0.0`, `::`), any IP address: a rebinding attack
/// always uses a name, never an address.
struct HostAllowlist: Sendable, Equatable {
    let names: Set<String>
    let allowsAnyAddress: Bool
    let port: Int

    init(listeningOn host: String, port: Int) {
        var names: Set<String> = ["127.0.0.1", "localhost", "[::1]"]
        let listening = host.lowercased()
        names.insert(listening.contains(":") && !listening.hasPrefix("[") ? "[\(listening)]" : listening)
        self.names = names
        allowsAnyAddress = ["0.0.0.0", "::", "[::]"].contains(listening)
        self.port = port
    }

    /// Whether a request with this `Host` value (or none) is answered.
    func allows(_ value: String?) -> Bool {
        guard let value, let (host, port) = Self.parse(value) else { return false }
        guard port == self.port || (port == nil && self.port == 80) else { return false }
        return names.contains(host) || (allowsAnyAddress && Self.isAddress(host))
    }

    /// The host (lower case, an IPv6 address with its brackets) and port of a `Host` value
    /// (RFC 9110 §7.2: `uri-host [ ":" port ]`), or `nil` when it is not one.
    static func parse(_ value: String) -> (host: String, port: Int?)? {
        let bytes = Array(value.utf8)
        guard !bytes.isEmpty, bytes.count <= 300,
              bytes.allSatisfy({ $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: "@") })
        else { return nil }
        var hostEnd = bytes.count
        if bytes[0] == UInt8(ascii: "[") {
            guard let close = bytes.firstIndex(of: UInt8(ascii: "]")), close > 1,
                  bytes[1..<close].allSatisfy({ isHexDigit($0) || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ".") })
            else { return nil }
            hostEnd = close + 1
            guard hostEnd == bytes.count || bytes[hostEnd] == UInt8(ascii: ":") else { return nil }
        } else if let colon = bytes.firstIndex(of: UInt8(ascii: ":")) {
            hostEnd = colon
        }
        guard hostEnd > 0 else { return nil }
        let host = String(decoding: bytes[..<hostEnd], as: UTF8.self).lowercased()
        guard hostEnd < bytes.count else { return (host, nil) }
        let digits = bytes[(hostEnd + 1)...]
        guard !digits.isEmpty, digits.count <= 5, digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
              let port = Int(String(decoding: digits, as: UTF8.self)), port <= 65_535
        else { return nil }
        return (host, port)
    }

    /// Whether `host` is an IPv4 address in dotted decimal or a bracketed IPv6 address.
    static func isAddress(_ host: String) -> Bool {
        if host.hasPrefix("[") { return host.hasSuffix("]") && host.count > 2 }
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { part in
            !part.isEmpty && part.count <= 3 && part.allSatisfy(\.isASCII) && part.allSatisfy(\.isNumber) && (Int(part) ?? 256) <= 255
        }
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)
    }

    /// The addresses as a message names them: `127.0.0.1:8000, localhost:8000, [::1]:8000`.
    var description: String {
        let listed = names.sorted().map { "\($0):\(port)" }.joined(separator: ", ")
        return allowsAnyAddress ? listed + " or any IP address with port \(port)" : listed
    }
}
