public import Foundation

extension ImageInfo {
    /// How many bytes ``read(contentsOf:)`` reads first: enough for every header but a JPEG's
    /// behind large metadata.
    static let firstReadLength = 64 * 1024

    /// Reads the format and size of the image file at `url`, whose name's extension must match
    /// its bytes (a name without extension is read by its bytes alone).
    ///
    /// Reads the first 64 KiB, and more only when the header goes on past them (a JPEG with
    /// large EXIF, XMP or ICC segments before its frame header): then 16 times as much, and so
    /// on up to the whole file.
    public static func read(contentsOf url: URL) throws(ImageError) -> ImageInfo {
        let fileExtension = url.pathExtension.isEmpty ? nil : url.pathExtension
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: url)
        } catch {
            throw .unreadable(reason: reason(error))
        }
        defer { try? handle.close() }
        var bytes: [UInt8] = []
        var wanted = firstReadLength
        while true {
            let chunk: Data
            do {
                chunk = try handle.read(upToCount: wanted - bytes.count) ?? Data()
            } catch {
                throw .unreadable(reason: reason(error))
            }
            let isWholeFile = bytes.count + chunk.count < wanted
            bytes.append(contentsOf: chunk)
            do {
                return try read(bytes: bytes[...], fileExtension: fileExtension, isWholeFile: isWholeFile)
            } catch .truncated where !isWholeFile {
                wanted = wanted > Int.max / 16 ? Int.max : wanted * 16
            }
        }
    }

    private static func reason(_ error: any Error) -> String {
        (error as NSError).localizedDescription
    }
}
