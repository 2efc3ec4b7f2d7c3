public import Foundation

/// Where the package, its build products and the programs tests run are, found from a test
/// file's `#filePath` and the running test binary.
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

    /// The `zeche` built beside the test binary, wherever the build folder is (`swift test
    /// --scratch-path` moves it); `.build/debug/zeche` as the last resort.
    public static func zecheExecutable(from filePath: String = #filePath) -> URL {
        let testBinaries = [URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath(), Bundle.main.executableURL]
        for binary in testBinaries.compactMap({ $0 }) {
            var folder = binary.deletingLastPathComponent()
            // On macOS the test binary sits inside a bundle: X.xctest/Contents/MacOS/X.
            while folder.path != "/" {
                let candidate = folder.appendingPathComponent("zeche")
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
                if !folder.path.contains(".xctest") { break }
                folder.deleteLastPathComponent()
            }
        }
        return root(from: filePath).appendingPathComponent(".build/debug/zeche")
    }

    /// A program on the `PATH`, or `nil`.
    public static func executable(named name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// Copies the repository's sample newsroom (`site.yml`, `Content/`, `Templates/`) into
    /// `folder`.
    public static func copySampleSite(to folder: URL, from filePath: String = #filePath) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for item in ["site.yml", "Content", "Templates"] {
            try FileManager.default.copyItem(at: root(from: filePath).appendingPathComponent(item),
                                             to: folder.appendingPathComponent(item))
        }
    }
}
