import Foundation
import Synchronization
import ZecheKit

/// Options that every command working on a site shares.
enum SiteOptions {
    static let source = ArgumentList.Option.value("source", short: "s", "DIR", "the site's folder (default: the current folder)")
    static let drafts = ArgumentList.Option.flag("drafts", short: "D", "include articles marked 'draft: true'")
    static let future = ArgumentList.Option.flag("future", short: "F", "include articles dated in the future")

    /// The site folder named by `--source`, or the current folder.
    static func root(_ arguments: ArgumentList, in context: CommandContext) -> URL {
        guard let source = arguments.value("source") else { return context.currentDirectory }
        return URL(fileURLWithPath: source, relativeTo: context.currentDirectory).standardizedFileURL
    }

    static func buildOptions(_ arguments: ArgumentList, in context: CommandContext) -> BuildOptions {
        BuildOptions(includeDrafts: arguments.has("drafts"), includeFuture: arguments.has("future"),
                     baseURLOverride: arguments.value("base-url"), now: context.now())
    }

    /// Prints diagnostics with the source line they point at, sorted, to standard error, each
    /// followed by a blank line (so a summary after them stands apart).
    static func print(_ diagnostics: [Diagnostic], root: URL, console: Console) {
        guard !diagnostics.isEmpty else { return }
        let printer = DiagnosticPrinter(usesColor: console.usesColor, lineSource: SourceLines(root: root).line)
        console.error(printer.format(diagnostics) + "\n")
    }

    /// "2 errors, 1 warning"
    static func tally(errors: Int, warnings: Int) -> String {
        let errorText = errors == 1 ? "1 error" : "\(errors) errors"
        let warningText = warnings == 1 ? "1 warning" : "\(warnings) warnings"
        return "\(errorText), \(warningText)"
    }
}

/// Reads lines of the site's files for diagnostics, each file once.
final class SourceLines: Sendable {
    /// A file's bytes and where each of its lines starts.
    private struct File: Sendable {
        let bytes: [UInt8]
        let lineStarts: [Int]
    }

    private let root: URL
    // Twenty thousand errors in one file read and scanned it twenty thousand times (31 s);
    // each file is read once now. `nil` remembers a file that cannot be read.
    private let files = Mutex<[String: File?]>([:])

    init(root: URL) { self.root = root }

    @Sendable func line(_ path: String, _ number: Int) -> String? {
        let file = files.withLock { files in
            if let known = files[path] { return known }
            let loaded = Self.load(root.appendingPathComponent(path))
            files[path] = loaded
            return loaded
        }
        guard let file, number >= 1, number <= file.lineStarts.count else { return nil }
        let start = file.lineStarts[number - 1]
        var end = number < file.lineStarts.count ? file.lineStarts[number] : file.bytes.count
        while end > start, file.bytes[end - 1] == UInt8(ascii: "\n") || file.bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return String(decoding: file.bytes[start..<end], as: UTF8.self)
    }

    /// Lines end with LF, CR LF or a lone CR, as the YAML parser and cmark count them.
    private static func load(_ url: URL) -> File? {
        guard let data = FileManager.default.contents(atPath: url.path), data.count < 64_000_000 else { return nil }
        let bytes = [UInt8](data)
        var starts = [0]
        for index in bytes.indices {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") || (byte == UInt8(ascii: "\r") && (index + 1 == bytes.count || bytes[index + 1] != UInt8(ascii: "\n"))) {
                starts.append(index + 1)
            }
        }
        return File(bytes: bytes, lineStarts: starts)
    }
}
