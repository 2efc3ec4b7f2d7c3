// libFuzzer target: the preview server's HTTP request parser and request-path resolution,
// the code that reads bytes from the network.
//
// Checks: a complete head is never longer than the bytes; every proper prefix of a complete
// head is "incomplete" (the server waits instead of answering half a request); a resolved path
// never leaves the site (no '..' segment, no NUL, no backslash, relative to the site's root);
// a Host value the preview answers names one of its own addresses with its port, and every
// parsed Host has a host and a port in range.
@testable import ZechePreview

func fuzzRequest(_ pointer: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data = pointer else { return 0 }
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let parser = HTTPRequestParser()
    switch parser.parse(bytes) {
    case .incomplete, .failure:
        break
    case let .request(request, length):
        precondition(length > 0 && length <= size, "head length \(length) of \(size) bytes")
        for cut in Set([length - 1, length / 2, 1]) where cut > 0 && cut < length {
            let prefix = UnsafeBufferPointer(rebasing: bytes[..<cut])
            precondition(parser.parse(prefix) == .incomplete, "a prefix of \(cut) bytes is not incomplete")
        }
        checkResolution(of: request.target)
        checkHost(request.header("host"))
    }
    checkResolution(of: String(decoding: bytes, as: UTF8.self))
    checkHost(String(decoding: bytes.prefix(300), as: UTF8.self))
    return 0
}

private func checkHost(_ value: String?) {
    if let value, let (host, port) = HostAllowlist.parse(value) {
        precondition(!host.isEmpty, "a Host without a host: \(value)")
        precondition(port.map { (0...65_535).contains($0) } ?? true, "a port out of range in \(value)")
        precondition(host == host.lowercased(), "a host that is not in lower case: \(host)")
    }
    // Whatever is answered is one of the preview's own names with its port, in any case.
    if HostAllowlist(listeningOn: "127.0.0.1", port: 8000).allows(value) {
        let parsed = value.flatMap(HostAllowlist.parse)
        precondition(["127.0.0.1", "localhost", "[::1]"].contains(parsed?.host ?? "") && parsed?.port == 8000,
                     "Host \(value ?? "") was answered")
    }
    // On every address: IP addresses are answered, names never.
    if HostAllowlist(listeningOn: "0.0.0.0", port: 8000).allows(value), let (host, _) = value.flatMap(HostAllowlist.parse) {
        precondition(HostAllowlist.isAddress(host) || ["127.0.0.1", "localhost", "[::1]", "0.0.0.0"].contains(host),
                     "the name \(host) was answered on every address")
    }
}

private func checkResolution(of target: String) {
    guard case let .path(path, _) = RequestPath.resolve(target) else { return }
    // Bytes, not Characters: a combining mark after "/" merges with it into one Character.
    precondition(path.utf8.first == UInt8(ascii: "/"), "a resolved path that is not rooted: \(path)")
    let segments = path.utf8.split(separator: UInt8(ascii: "/"))
    precondition(!segments.contains { $0.elementsEqual("..".utf8) || $0.elementsEqual(".".utf8) },
                 "a dot segment in the resolved path \(path)")
    precondition(!path.utf8.contains { $0 < 0x20 || $0 == 0x7F }, "a control character in the resolved path")
    precondition(!path.utf8.contains(UInt8(ascii: "\\")), "a backslash in the resolved path \(path)")
    // The redirect target for `/folder` must resolve to the same path again.
    if case let .path(again, _) = RequestPath.resolve(RequestPath.encoded(path)) {
        precondition(again == path, "encoding \(path) resolves to \(again)")
    } else {
        preconditionFailure("the encoded form of \(path) does not resolve")
    }
}
