import CCmarkGFM

#if canImport(Glibc)
import Glibc
#endif

/// The GitHub extensions every parser attaches, looked up once per process.
///
/// `cmark_gfm_core_extensions_ensure_registered` writes process-wide tables without a lock, so
/// it runs exactly once, from this type's lazily initialised static property (Swift runs those
/// under `swift_once`).
struct CmarkExtensions: @unchecked Sendable {
    // @unchecked: the pointers refer to extension objects that cmark never changes after
    // registration; every parser reads them, none writes them.
    let all: [OpaquePointer]
    /// Whether parses may run on several threads at once (see `SpecialCharacterGuard`).
    let allowsConcurrentParsing: Bool

    static let shared = CmarkExtensions()

    /// The extension names Zeche enables, in the order the cmark-gfm tool applies them.
    static let names = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    private init() {
        cmark_gfm_core_extensions_ensure_registered()
        all = Self.names.compactMap { cmark_find_syntax_extension($0) }
        allowsConcurrentParsing = SpecialCharacterGuard.install(extensions: all)
    }
}
