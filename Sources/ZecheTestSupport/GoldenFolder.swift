public import Foundation

/// Compares a built folder with its golden copy, file by file and byte by byte.
///
/// Returns one readable problem per missing, extra or differing file (with a line diff for
/// text), or an empty list when the folders are identical. With `ZECHE_RECORD=1` in the
/// environment it first replaces the golden folder with the actual one and reports that it did,
/// so a recording run never passes by accident.
public func compareWithGolden(actual: URL, golden: URL) -> [String] {
    if ProcessInfo.processInfo.environment["ZECHE_RECORD"] == "1" {
        try? FileManager.default.removeItem(at: golden)
        try? FileManager.default.createDirectory(
            at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
        do {
            try FileManager.default.copyItem(at: actual, to: golden)
            return ["recorded \(golden.path); run again without ZECHE_RECORD=1"]
        } catch {
            return ["could not record \(golden.path): \(error)"]
        }
    }
    let expectedFiles = relativeFiles(in: golden)
    let actualFiles = relativeFiles(in: actual)
    var problems: [String] = []
    for missing in expectedFiles.subtracting(actualFiles).sorted() {
        problems.append("missing file \(missing)")
    }
    for extra in actualFiles.subtracting(expectedFiles).sorted() {
        problems.append("extra file \(extra)")
    }
    for file in expectedFiles.intersection(actualFiles).sorted() {
        let expected = (try? Data(contentsOf: golden.appendingPathComponent(file))) ?? Data()
        let found = (try? Data(contentsOf: actual.appendingPathComponent(file))) ?? Data()
        guard expected != found else { continue }
        if let old = String(data: expected, encoding: .utf8), let new = String(data: found, encoding: .utf8) {
            problems.append("\(file) differs:\n\(lineDiff(expected: old, actual: new) ?? "")")
        } else {
            problems.append("\(file) differs (binary, \(expected.count) vs \(found.count) bytes)")
        }
    }
    return problems
}

/// Every regular file under `root`, as paths relative to it.
public func relativeFiles(in root: URL) -> Set<String> {
    var files: Set<String> = []
    guard let walker = FileManager.default.enumerator(atPath: root.path) else { return files }
    for case let path as String in walker {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isFolder),
           !isFolder.boolValue {
            files.insert(path)
        }
    }
    return files
}
