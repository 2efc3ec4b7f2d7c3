import Foundation
import ZecheTestSupport

/// One run of the built `zeche` with a plain environment (no colour, a UTF-8 locale), as the
/// check and inspect tests compare its exact output.
typealias ZecheRun = CommandRun

extension CommandRun {
    init(_ arguments: [String], in directory: URL) throws {
        self = try CommandRun.zeche(arguments, in: directory,
                                    environment: ["PATH": "/usr/bin:/bin", "NO_COLOR": "1", "LANG": "C.UTF-8"])
    }
}
