import CCmarkGFM

#if canImport(Glibc)
import Glibc
#endif

/// Makes parsing on several threads at once give the same result as parsing one at a time.
///
/// cmark-gfm 0.29 keeps the inline "special characters" (`~` for strikethrough, `:` and `w` for
/// autolinks, `|` for tables) in one process-wide table. Every parse adds its extensions'
/// characters when inline parsing starts and removes them when it ends, so a parse that ends on
/// one thread switches strikethrough and autolinks off for a parse still running on another
/// (the same race that github/cmark-gfm fixed later by moving the table into the parser).
/// Zeche always attaches the same extensions, so it sets the characters once and then ignores
/// cmark's add and remove calls: this file defines the exported C function
/// `cmark_manage_extensions_special_characters`, which the dynamic linker binds in place of
/// the library's own (the library calls it through its PLT).
/// Where that override is not in effect (another platform or linker), parses are serialised
/// instead: correct, only slower.
enum SpecialCharacterGuard {
    private typealias Manage = @convention(c) (OpaquePointer?, Int32) -> Void

    /// Sets the characters once; returns whether the override is in effect, so that parses
    /// may run concurrently.
    static func install(extensions: [OpaquePointer]) -> Bool {
        #if os(Linux)
        // RTLD_DEFAULT finds the definition the library's calls are bound to; RTLD_NEXT the
        // library's own after ours.
        guard let bound = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "cmark_manage_extensions_special_characters"),
              let original = dlsym(UnsafeMutableRawPointer(bitPattern: -1), "cmark_manage_extensions_special_characters"),
              bound != original
        else { return false }
        let manage = unsafeBitCast(original, to: Manage.self)
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return false }
        defer { cmark_parser_free(parser) }
        for ext in extensions { cmark_parser_attach_syntax_extension(parser, ext) }
        manage(parser, 1)
        return true
        #else
        return false
        #endif
    }
}

/// cmark's calls land here once `SpecialCharacterGuard` has set the characters: do nothing.
@_cdecl("cmark_manage_extensions_special_characters")
public func zecheManageSpecialCharacters(_ parser: OpaquePointer?, _ add: Int32) {}
