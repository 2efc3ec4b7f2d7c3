// libFuzzer target: the preview server's HTTP request parser and request-path resolution,
// the code that reads bytes from the network.
//
// Checks: a complete head is never longer than the bytes; every proper prefix of a complete
// head is "incomplete" (the server waits instead of answering half a request); a resolved path
// never leaves the site (no '..' segment, no NUL, no backslash, relative to the site's root).
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
    }
    checkResolution(of: String(decoding: bytes, as: UTF8.self))
    return 0
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
