public import Foundation
import Synchronization

/// A sink that keeps every file it is given in memory: what the preview serves.
public final class MemorySink: OutputSink {
    private let storage = Mutex<[String: [UInt8]]>([:])

    public init() {}

    /// Output path → bytes of every file written or copied so far.
    public var files: [String: [UInt8]] { storage.withLock { $0 } }

    public func write(_ bytes: UnsafeRawBufferPointer, to outputPath: String) throws(OutputError) {
        let copy = [UInt8](bytes)
        storage.withLock { $0[outputPath] = copy }
    }

    public func copy(from source: URL, sourcePath: String, to outputPath: String) throws(OutputError) {
        guard let data = FileManager.default.contents(atPath: source.path) else {
            throw OutputError.cannotRead(path: sourcePath, reason: "it could not be read")
        }
        let bytes = [UInt8](data)
        storage.withLock { $0[outputPath] = bytes }
    }

    /// The preview's memory still holds the file: nothing to do.
    public func keep(_ outputPath: String) throws(OutputError) {}
}
