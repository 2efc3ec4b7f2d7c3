public import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension URL {
    /// Writes `text` into the folder `folder` below this one under a name given as bytes, which
    /// need not be UTF-8 (as a Latin-1 name from an old archive): `FileManager` takes names only
    /// as strings.
    public func write(_ text: String, to folder: String, nameBytes: [UInt8]) throws {
        let folderPath = appendingPathComponent(folder).path
        try FileManager.default.createDirectory(atPath: folderPath, withIntermediateDirectories: true)
        let path = Array(folderPath.utf8) + [UInt8(ascii: "/")] + nameBytes + [0]
        let descriptor = path.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        }
        guard descriptor >= 0 else { throw POSIXError(.EACCES) }
        try FileHandle(fileDescriptor: descriptor, closeOnDealloc: true).write(contentsOf: Data(text.utf8))
    }
}
