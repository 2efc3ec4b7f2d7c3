public import Foundation

/// Where the package and the shared project folders are, found from a test file's `#filePath`.
public enum PackagePaths {
    /// The folder that holds `Package.swift`.
    public static func root(from filePath: String = #filePath) -> URL {
        var folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                return folder
            }
            folder.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }

    /// The folder of a test target's fixtures: `Tests/<Target>/Fixtures`.
    public static func fixtures(_ target: String, from filePath: String = #filePath) -> URL {
        root(from: filePath).appendingPathComponent("Tests/\(target)/Fixtures", isDirectory: true)
    }

    /// The built `zeche` executable of the current build configuration.
    public static func zecheExecutable(from filePath: String = #filePath) -> URL {
        // Tests run from the build products folder, next to the executable. On Linux the
        // bundle URL is that folder itself; on macOS it is the .xctest bundle inside it. The
        // fallback misses builds with `--scratch-path`, so it comes last.
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("zeche"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("zeche"),
        ]
        if let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) { return found }
        return root(from: filePath).appendingPathComponent(".build/debug/zeche")
    }
}
