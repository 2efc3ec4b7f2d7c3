import Foundation
import ZecheKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension SiteOptions {
    /// The output folder named by `--output` (default `Output`), relative to the site's folder.
    ///
    /// Refused: an empty name, and a folder inside `Content/` or `Templates/` (the build
    /// would read what it wrote, and the swap would replace the site's own files) or one that
    /// is the site's folder or holds it.
    static func outputFolder(_ arguments: ArgumentList, root: URL) throws(UsageError) -> OutputFolder {
        let name = arguments.value("output") ?? "Output"
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw UsageError("--output is empty; name the folder to build into, e.g. --output Output")
        }
        let url = URL(fileURLWithPath: name, relativeTo: root).standardizedFileURL
        let output = resolved(url.path), site = resolved(root.path)
        for folder in ["Content", "Templates"] {
            let inputs = site + "/" + folder
            if output == inputs || output.hasPrefix(inputs + "/") {
                throw UsageError("--output '\(name)' is inside \(folder)/, whose files the build reads; build into a folder beside it, e.g. --output Output")
            }
        }
        if site == output || site.hasPrefix(output + "/") || output == "/" {
            throw UsageError("--output '\(name)' is the site's folder or holds it, and a build replaces its output whole; build into a folder such as --output Output")
        }
        return OutputFolder(url: url, displayPath: name.hasSuffix("/") ? name : name + "/")
    }

    /// `path` with the symbolic links of its existing part resolved (the rest may not exist yet).
    private static func resolved(_ path: String) -> String {
        var existing = URL(fileURLWithPath: path)
        var rest: [String] = []
        while existing.path != "/" {
            if let real = realpath(existing.path, nil) {
                defer { free(real) }
                let base = String(cString: real)
                return rest.isEmpty ? base : (base == "/" ? "" : base) + "/" + rest.reversed().joined(separator: "/")
            }
            rest.append(existing.lastPathComponent)
            existing.deleteLastPathComponent()
        }
        return "/" + rest.reversed().joined(separator: "/")
    }
}
