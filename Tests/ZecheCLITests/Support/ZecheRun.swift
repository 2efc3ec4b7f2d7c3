import Foundation
import ZecheTestSupport

/// One run of the built `zeche` with a plain environment (no colour, a UTF-8 locale), as the
/// check and inspect tests compare its exact output.
typealias ZecheRun = CommandRun

extension CommandRun {
    /// The sanitizers' settings of this process (`make sanitize` sets them: suppression files
    /// for leaks in Foundation and XCTest), for the `zeche` it starts, which is built with the
    /// same sanitizer.
    static let sanitizerOptions: [String: String] = ProcessInfo.processInfo.environment.filter {
        ["ASAN_OPTIONS", "LSAN_OPTIONS", "TSAN_OPTIONS", "UBSAN_OPTIONS"].contains($0.key)
    }

    init(_ arguments: [String], in directory: URL) throws {
        self = try CommandRun.zeche(
            arguments, in: directory,
            environment: ["PATH": "/usr/bin:/bin", "NO_COLOR": "1", "LANG": "C.UTF-8"].merging(Self.sanitizerOptions) { first, _ in first })
    }
}
