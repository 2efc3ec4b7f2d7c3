import Foundation

/// Every file of a built output folder with its bytes, by path relative to the folder.
enum OutputTree {
    static func read(_ folder: URL) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        let base = folder.standardizedFileURL.path + "/"
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return files }
        while let relative = walker.nextObject() as? String {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: base + relative, isDirectory: &isFolder), !isFolder.boolValue,
                  let data = FileManager.default.contents(atPath: base + relative)
            else { continue }
            files[relative] = [UInt8](data)
        }
        return files
    }

    /// The paths that differ, are missing or are extra in `actual`, at most `limit`.
    static func differences(_ actual: [String: [UInt8]], expected: [String: [UInt8]], limit: Int = 10) -> [String] {
        var problems: [String] = []
        for path in Set(actual.keys).union(expected.keys).sorted() where problems.count < limit {
            switch (actual[path], expected[path]) {
            case (nil, _): problems.append("missing: \(path)")
            case (_, nil): problems.append("extra: \(path)")
            case (let left?, let right?) where left != right: problems.append("different: \(path)")
            default: continue
            }
        }
        return problems
    }
}
