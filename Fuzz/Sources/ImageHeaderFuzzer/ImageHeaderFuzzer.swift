// libFuzzer target: the image header readers of Media, which read files that anyone can drop
// into a site: the first byte picks the file name's extension (none, jpg, png, gif, webp, avif,
// svg, as scripts/make-image-fixtures.sh writes the seeds), the rest is the file.
//
// Checks: a size is at least 1×1 and its shown size follows its orientation; the format is the
// one the name says, and the bytes alone give the same answer; every error has a message and a
// fix; and a start of the file that reads at all reads as the whole file does (what
// `ImageInfo.read(contentsOf:)` relies on when it reads only the first 64 KiB).
@testable import Media

let extensions: [String?] = [nil, "jpg", "png", "gif", "webp", "avif", "svg"]

func fuzzImageHeader(_ pointer: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data = pointer, size > 0 else { return 0 }
    let fileExtension = extensions[Int(data[0]) % extensions.count]
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let whole = Result { () throws(ImageError) in try ImageInfo.read(bytes: bytes, fileExtension: fileExtension) }
    switch whole {
    case .success(let info):
        precondition(info.storedWidth >= 1 && info.storedHeight >= 1, "a size of \(info.storedWidth)×\(info.storedHeight)")
        precondition(info.width == (info.orientation.swapsWidthAndHeight ? info.storedHeight : info.storedWidth))
        if let fileExtension { precondition(ImageFormat(fileExtension: fileExtension) == info.format, "format \(info.format)") }
        if info.format != .jpeg && info.format != .avif { precondition(info.orientation == .topLeft) }
        let byBytes = try? ImageInfo.read(bytes: bytes, fileExtension: nil)
        precondition(byBytes == info, "without its extension the file reads as \(String(describing: byBytes))")
    case .failure(let error):
        precondition(!error.message.isEmpty && !error.fix.isEmpty, "an error without message or fix")
    }
    for cut in Set([bytes.count / 2, bytes.count - 1, 64]) where cut > 0 && cut < bytes.count {
        let start = Result { () throws(ImageError) in
            try ImageInfo.read(bytes: bytes[..<cut], fileExtension: fileExtension, isWholeFile: false)
        }
        if case .success(let info) = start {
            precondition(whole == .success(info), "the first \(cut) bytes read as \(info), the whole file as \(whole)")
        }
    }
    return 0
}
