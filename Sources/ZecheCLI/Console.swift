import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a command prints: its results on standard output, diagnostics and progress on
/// standard error.
struct Console: Sendable {
    let standardErrorIsTerminal: Bool
    let usesColor: Bool

    init(environment: [String: String]) {
        standardErrorIsTerminal = isatty(STDERR_FILENO) == 1
        usesColor = standardErrorIsTerminal && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    }

    func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    func error(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Overwrites the current terminal line with a progress message (only on a terminal).
    func progress(_ text: String) {
        guard standardErrorIsTerminal else { return }
        error("\r\u{1B}[2K" + text)
    }

    /// Clears a progress line.
    func clearProgress() {
        guard standardErrorIsTerminal else { return }
        error("\r\u{1B}[2K")
    }
}
