/// Turns a request target into the site path it names, refusing every way of stepping outside.
///
/// Files are served from memory, so a path is only ever a dictionary key and cannot reach the
/// disk. It is still normalised and checked, as FlyingFox's `HTTPDecoder+StandardizePath.swift`
/// does: a key lookup must never depend on how a hostile path happens to be spelled.
enum RequestPath {
    /// What a target resolves to.
    enum Resolution: Equatable, Sendable {
        /// A normalised path such as `/2026/11/austausch`, without a trailing slash except for
        /// `/` itself; `hasTrailingSlash` tells whether the request ended in one.
        case path(String, hasTrailingSlash: Bool)
        /// The target is not acceptable; answer 400 with `reason`.
        case invalid(reason: String)
    }

    static func resolve(_ target: String) -> Resolution {
        var raw = Substring(target)
        if let end = raw.firstIndex(where: { $0 == "?" || $0 == "#" }) {
            raw = raw[..<end]
        }
        // RFC 9112 §3.2.2: a server must accept the absolute form, as proxies send it.
        for scheme in ["http://", "https://"] where raw.lowercased().hasPrefix(scheme) {
            let authorityAndPath = raw.dropFirst(scheme.count)
            raw = authorityAndPath.firstIndex(of: "/").map { authorityAndPath[$0...] } ?? "/"
        }
        guard raw.utf8.first == UInt8(ascii: "/") else { return .invalid(reason: "the path does not start with '/'") }

        guard let decoded = percentDecoded(raw.utf8) else {
            return .invalid(reason: "malformed percent-encoding in the path")
        }
        if let bad = decoded.first(where: { $0 < 0x20 || $0 == 0x7F || $0 == UInt8(ascii: "\\") }) {
            return .invalid(reason: bad == 0 ? "NUL in the path" : bad == UInt8(ascii: "\\") ? "backslash in the path" : "control character in the path")
        }
        // Overlong forms such as %c0%ae (a disguised '.') are invalid UTF-8 and end here.
        guard let text = String(validating: decoded, as: UTF8.self) else {
            return .invalid(reason: "the path is not valid UTF-8")
        }

        // Split on bytes, not Characters: "/" followed by a combining mark is one Character,
        // which would hide a ".." segment from a Character split.
        let dot = UInt8(ascii: ".")
        var segments: [Substring.UTF8View.SubSequence] = []
        let parts = text.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        for part in parts {
            if part.isEmpty || part.elementsEqual([dot]) { continue }
            if part.elementsEqual([dot, dot]) { return .invalid(reason: "'..' in the path") }
            segments.append(part)
        }
        let hasTrailingSlash = parts.last.map { $0.isEmpty || $0.elementsEqual([dot]) } ?? true
        let joined = segments.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "/")
        return .path("/" + joined, hasTrailingSlash: hasTrailingSlash)
    }

    /// The path percent-encoded for a `Location` header: every byte but unreserved characters,
    /// sub-delimiters, ':', '@' and '/' is escaped.
    static func encoded(_ path: String) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/".utf8)
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        for byte in path.utf8 {
            if allowed.contains(byte) {
                bytes.append(byte)
            } else {
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func percentDecoded(_ bytes: Substring.UTF8View) -> [UInt8]? {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var iterator = bytes.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                result.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                return nil
            }
            result.append(high << 4 | low)
        }
        return result
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
