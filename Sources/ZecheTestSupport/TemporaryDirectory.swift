public import Foundation

/// A fresh folder under the system's temporary directory, removed when the value goes away.
///
/// A class because it owns a resource on disk: the folder lives as long as the last reference.
public final class TemporaryDirectory: @unchecked Sendable {
    /// The folder's location; it exists until the value is released.
    public let url: URL

    /// Creates an empty folder whose name starts with `prefix`.
    public init(prefix: String = "zeche-test") throws {
        let name = "\(prefix)-\(UUID().uuidString.prefix(8))"
        url = FileManager.default.temporaryDirectory.appendingPathComponent(name, isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The path of the folder.
    public var path: String { url.path }

    /// Writes `contents` to `relativePath` inside the folder, creating parent folders.
    @discardableResult
    public func write(_ contents: String, to relativePath: String) throws -> URL {
        try write(Data(contents.utf8), to: relativePath)
    }

    /// Writes raw bytes to `relativePath` inside the folder, creating parent folders.
    @discardableResult
    public func write(_ data: Data, to relativePath: String) throws -> URL {
        let file = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        return file
    }

    /// Reads a file inside the folder as UTF-8 text.
    public func read(_ relativePath: String) throws -> String {
        try String(contentsOf: url.appendingPathComponent(relativePath), encoding: .utf8)
    }

    deinit {
        // Restore write permission first: tests make read-only folders on purpose.
        if let items = FileManager.default.enumerator(atPath: url.path) {
            for case let item as String in items {
                chmod(url.appendingPathComponent(item).path, 0o755)
            }
        }
        chmod(url.path, 0o755)
        try? FileManager.default.removeItem(at: url)
    }
}
