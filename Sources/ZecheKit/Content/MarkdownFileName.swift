/// The names of Markdown content files: `.md`, `.markdown` and `.mdown`, in any case, read
/// alike everywhere (articles, bundles' `index` files, authors, pages); Jekyll and Hugo sites
/// use all three.
package enum MarkdownFileName {
    /// The extensions, without the dot, in the order a bundle's index file is looked for.
    package static let extensions = ["md", "markdown", "mdown"]

    /// Whether `path` names a Markdown file.
    package static func isMarkdown(_ path: String) -> Bool {
        extensionLength(of: path) != nil
    }

    /// The file name of `path` without its folder and its Markdown extension:
    /// `Content/posts/2026-11-24-a.markdown` → `2026-11-24-a`.
    package static func stem(of path: String) -> String {
        let name = lastSlash(in: path).map { path[path.index(after: $0)...] } ?? Substring(path)
        guard let length = extensionLength(of: name) else { return String(name) }
        return String(name.utf8.dropLast(length)) ?? String(name)
    }

    /// Whether `path` is an index file in a folder: `FOLDER/index.md` (or `.markdown`, `.mdown`).
    package static func isIndex(_ path: String) -> Bool {
        // On bytes: the scanner asks this of every content file.
        guard let slash = lastSlash(in: path), let length = extensionLength(of: path) else { return false }
        return path.utf8[path.utf8.index(after: slash)...].dropLast(length).elementsEqual("index".utf8)
    }

    /// The folder of `path`, with its trailing `/`; empty for a bare name.
    package static func folder(of path: String) -> String {
        guard let slash = lastSlash(in: path) else { return "" }
        return String(path[...slash])
    }

    /// The last `/` of `path` that is a character of its own, as `lastIndex(of: "/")` finds
    /// it. Called a few times for every content file of every build: found on bytes when the
    /// bytes beside it are ASCII (so that it is a character of its own), by characters else.
    private static func lastSlash(in path: String) -> String.Index? {
        let bytes = path.utf8
        guard let slash = lastIndex(of: UInt8(ascii: "/"), in: bytes) else { return nil }
        let before = slash == bytes.startIndex ? nil : bytes[bytes.index(before: slash)]
        let after = bytes.index(after: slash) == bytes.endIndex ? nil : bytes[bytes.index(after: slash)]
        guard before.map({ $0 < 0x80 }) ?? true, after.map({ $0 < 0x80 }) ?? true else { return path.lastIndex(of: "/") }
        return slash
    }

    /// The paths a link to `folder` (with its trailing `/`) may mean: its index files.
    package static func indexPaths(in folder: String) -> [String] {
        extensions.map { folder + "index." + $0 }
    }

    /// The length of `.md`, `.markdown` or `.mdown` at the end of `path` (any case), or nil.
    private static func extensionLength(of path: String) -> Int? { extensionLength(of: Substring(path)) }

    private static func extensionLength(of path: Substring) -> Int? {
        // In the string's buffer where it has one: asked three times of every content file.
        path.utf8.withContiguousStorageIfAvailable { extensionLength(in: $0) } ?? extensionLength(in: Array(path.utf8))
    }

    private static func extensionLength(in bytes: some RandomAccessCollection<UInt8>) -> Int? {
        guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")) else { return nil }
        let written = bytes[bytes.index(after: dot)...]
        guard written.count <= 8, !written.contains(UInt8(ascii: "/")) else { return nil }
        // Compared byte by byte, ASCII letters in any case, without making a string of them.
        let isKnown = extensionBytes.contains { known in known.count == written.count && zip(known, written).allSatisfy(isSameLetter) }
        return isKnown ? written.count + 1 : nil
    }

    private static let extensionBytes = extensions.map { Array($0.utf8) }

    /// `bytes.lastIndex(of: byte)`, found in the string's buffer where it has one: the generic
    /// search moved through the view index by index, 4 ms of a warm build at 10,000 articles.
    private static func lastIndex<Bytes: BidirectionalCollection<UInt8>>(of byte: UInt8, in bytes: Bytes) -> Bytes.Index? {
        let offset = bytes.withContiguousStorageIfAvailable { buffer in buffer.lastIndex(of: byte) }
        guard let offset else { return bytes.lastIndex(of: byte) }
        return offset.map { bytes.index(bytes.startIndex, offsetBy: $0) }
    }

    /// Whether `byte` is `lowercase`, or its capital letter.
    private static func isSameLetter(_ lowercase: UInt8, _ byte: UInt8) -> Bool {
        lowercase == (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
    }
}
