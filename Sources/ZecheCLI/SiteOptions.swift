import Foundation
import ZecheKit

/// Options that every command working on a site shares.
enum SiteOptions {
    static let source = ArgumentList.Option.value("source", "DIR", "the site's folder (default: the current folder)")
    static let drafts = ArgumentList.Option.flag("drafts", "include articles marked 'draft: true'")
    static let future = ArgumentList.Option.flag("future", "include articles dated in the future")

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
    private let root: URL

    init(root: URL) { self.root = root }

    @Sendable func line(_ path: String, _ number: Int) -> String? {
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path), data.count < 64_000_000 else {
            return nil
        }
        var current = 1
        var start = data.startIndex
        for index in data.indices where data[index] == UInt8(ascii: "\n") {
            if current == number { return String(decoding: data[start..<index], as: UTF8.self).trimmingCharacters(in: .newlines) }
            current += 1
            start = index + 1
        }
        return current == number ? String(decoding: data[start...], as: UTF8.self) : nil
    }
}
