import Foundation
import Synchronization
import TextCore
import ZecheKit

/// Options that every command working on a site shares.
enum SiteOptions {
    static let source = ArgumentList.Option.value("source", short: "s", "DIR", "the site's folder (default: the current folder)")
    static let drafts = ArgumentList.Option.flag("drafts", short: "D", "include articles marked 'draft: true'")
    static let future = ArgumentList.Option.flag("future", short: "F", "include articles dated in the future")
    static let publicOnly = ArgumentList.Option.flag("public", "only what zeche build publishes: no drafts, no articles dated in the future")

    /// The site folder named by `--source`, or the current folder.
    static func root(_ arguments: ArgumentList, in context: CommandContext) -> URL {
        guard let source = arguments.value("source") else { return context.currentDirectory }
        return URL(fileURLWithPath: source, relativeTo: context.currentDirectory).standardizedFileURL
    }

    /// The options of a build; an address given with `--base-url` that is not an absolute
    /// http(s) URL is a usage error.
    static func buildOptions(_ arguments: ArgumentList, in context: CommandContext) throws(UsageError) -> BuildOptions {
        var baseURL: BaseURL?
        if let text = arguments.value("base-url") {
            guard let url = BaseURL(text) else {
                throw UsageError("--base-url '\(text)' is not an absolute http(s) URL; pass one like https://example.github.io/newsroom/")
            }
            baseURL = url
        }
        return BuildOptions(includeDrafts: arguments.has("drafts"), includeFuture: arguments.has("future"),
                            baseURLOverride: baseURL, now: context.now(), embargoKey: try embargoKey(in: context))
    }

    /// The secret of the private pages of embargoed articles, from `ZECHE_EMBARGO_KEY`; an
    /// empty variable counts as unset (CI expands a missing secret to nothing). A key that
    /// is too short to be secret is a usage error.
    static func embargoKey(in context: CommandContext) throws(UsageError) -> EmbargoKey? {
        guard let secret = context.environment["ZECHE_EMBARGO_KEY"], !secret.isEmpty else { return nil }
        guard let key = EmbargoKey(secret) else {
            throw UsageError("ZECHE_EMBARGO_KEY is \(secret.utf8.count) characters long; it must have at least \(EmbargoKey.minimumLength), "
                + "or anyone could find the private addresses by trying (e.g. ZECHE_EMBARGO_KEY=$(openssl rand -hex 32))")
        }
        return key
    }

    /// "Under embargo until 2026-12-10 09:00 (+01:00): Content/…/x.md" with the private link
    /// of each embargoed article, or what to do to get one.
    static func embargoLines(_ leftOut: [LeftOutArticle]) -> String {
        var text = ""
        for article in leftOut {
            guard case .embargoed(let until, let privateURL) = article.reason else { continue }
            let offset = String(until.iso8601.suffix(6))
            text += "Under embargo until \(until.dayString) \(until.timeString) (\(offset)): \(article.sourcePath)"
                + (article.title.map { " „\($0)“" } ?? "") + "\n"
            text += privateURL.map { "  private link: \($0)\n" } ?? "  no private page: set ZECHE_EMBARGO_KEY to write one\n"
        }
        return text
    }

    /// Prints diagnostics with the source line they point at, sorted, to standard error, each
    /// followed by a blank line (so a summary after them stands apart).
    static func print(_ diagnostics: [Diagnostic], root: URL, console: Console) {
        guard !diagnostics.isEmpty else { return }
        let printer = DiagnosticPrinter(usesColor: console.usesColor, lineSource: SourceLines(root: root).line)
        console.error(printer.format(diagnostics) + "\n")
    }

    /// The diagnostics, those of drafts and future articles with a note that says so: the
    /// mistake stops that article's publication, not the site's.
    static func marked(_ diagnostics: [Diagnostic], unpublished: [String: PublicationStatus]) -> [Diagnostic] {
        diagnostics.map { diagnostic in
            guard diagnostic.isError, let path = diagnostic.location?.path, let status = unpublished[path] else { return diagnostic }
            var marked = diagnostic
            switch status {
            case .draft: marked.notes.append(.init("'\(path)' is a draft: fix this before you publish it"))
            case .scheduled(let date): marked.notes.append(.init("'\(path)' is scheduled for \(date.dayString) \(date.timeString): fix this before then"))
            case .published: break
            }
            return marked
        }
    }

    /// "1 draft and 1 scheduled", for the articles a run included that are not public.
    static func unpublishedSummary(_ unpublished: [String: PublicationStatus]) -> String? {
        let drafts = unpublished.values.filter { $0 == .draft }.count
        let scheduled = unpublished.count - drafts
        let parts = [drafts > 0 ? "\(drafts) \(drafts == 1 ? "draft" : "drafts")" : nil, scheduled > 0 ? "\(scheduled) scheduled" : nil]
            .compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " and ")
    }

    /// "1 draft, 1 scheduled for 2026-12-10 (use --drafts / --future)": what a build left out
    /// and how to include it; `nil` when nothing was left out.
    static func leftOutSummary(_ leftOut: [LeftOutArticle]) -> String? {
        let drafts = leftOut.filter { $0.reason == .draft }.count
        let scheduled = leftOut.compactMap { article -> SiteDate? in
            if case .scheduled(let date) = article.reason { return date }
            return nil
        }.sorted()
        var parts: [String] = []
        var hints: [String] = []
        if drafts > 0 {
            parts.append(drafts == 1 ? "1 draft" : "\(drafts) drafts")
            hints.append("--drafts")
        }
        if let next = scheduled.first {
            parts.append(scheduled.count == 1 ? "1 scheduled for \(next.dayString)" : "\(scheduled.count) scheduled, the next for \(next.dayString)")
            hints.append("--future")
        }
        guard !parts.isEmpty else { return nil }
        return parts.joined(separator: ", ") + " (use \(hints.joined(separator: " / ")))"
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
        let lines: LineTable
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
        guard let file, number >= 1, number <= file.lines.count else { return nil }
        return file.bytes.withUnsafeBufferPointer { String(decoding: file.lines.line(number - 1, in: $0), as: UTF8.self) }
    }

    private static func load(_ url: URL) -> File? {
        guard let data = FileManager.default.contents(atPath: url.path), data.count < 64_000_000 else { return nil }
        let bytes = [UInt8](data)
        return File(bytes: bytes, lines: LineTable(bytes))
    }
}
