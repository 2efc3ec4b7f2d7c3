import Foundation
import TextCore

/// Where each content file ends up in the built site, to rewrite links between files.
///
/// Markdown links and images that name another file of the site (`andere-meldung.md`,
/// `./foto.jpg`, `../images/logo.png`) are resolved against the linking file's folder and
/// replaced with the target's URL; a link to a file that does not exist is an error.
struct LinkTargets: Sendable, Equatable {
    enum Resolution: Equatable, Sendable {
        /// Not a link to a file of the site (a web address, `#anchor`, `mailto:`…).
        case keep
        case rewrite(String)
        /// Relative link whose target is missing: the site-relative path it points to.
        case missing(target: String)
        /// Relative link that climbs out of the site's folder.
        case outside
    }

    /// Site-relative source path → root-relative URL with the base path.
    private(set) var urls: [String: String] = [:]
    /// Every path added, in order: the files of a folder, for suggestions, are read from it
    /// only for a message.
    private var paths: [String] = []

    /// A digest of `urls`, which is all a body's links resolve against: the sum of a
    /// `StableHasher` digest of each path with its URL, kept as targets are added. The content
    /// cache keeps it with the bodies (`ContentCache.checkedTargets`): while it is the same, a
    /// body whose Markdown and place did not change resolves its links as it did, and a warm
    /// build need not resolve them again (at 10,000 articles, 45 ms of CPU). Made as the
    /// targets are added, not read off them later: a pass over the table when the bodies were
    /// rendered took 8 ms, its strings' counts contended by the other core.
    private(set) var digest: UInt64 = 0

    mutating func add(_ sourcePath: String, url: String) {
        if let replaced = urls.updateValue(url, forKey: sourcePath) { digest &-= Self.digest(sourcePath, replaced) }
        digest &+= Self.digest(sourcePath, url)
        paths.append(sourcePath)
    }

    private static func digest(_ sourcePath: String, _ url: String) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(sourcePath)
        hasher.combine(url)
        return hasher.finalize()
    }

    /// Makes room for `count` more targets.
    mutating func reserveCapacity(_ count: Int) {
        urls.reserveCapacity(urls.count + count)
        paths.reserveCapacity(paths.count + count)
    }

    func resolve(_ destination: String, from sourcePath: String) -> Resolution {
        locate(destination, from: sourcePath).resolution
    }

    /// How a destination resolves, and the site-relative path of the file it names when it
    /// names one (an image's, to read its size).
    func locate(_ destination: String, from sourcePath: String) -> (resolution: Resolution, file: String?) {
        guard let first = destination.first, first != "#", first != "/", first != "?",
              !Self.hasScheme(destination)
        else { return (.keep, nil) }
        var path = Substring(destination)
        var suffix = ""
        if let cut = path.firstIndex(where: { $0 == "#" || $0 == "?" }) {
            suffix = String(path[cut...])
            path = path[..<cut]
        }
        // Foundation's decoding only where there is something to decode: most links have no '%'.
        let decoded = path.utf8.contains(UInt8(ascii: "%")) ? (String(path).removingPercentEncoding ?? String(path)) : String(path)
        guard let target = Self.normalize(MarkdownFileName.folder(of: sourcePath) + decoded) else { return (.outside, nil) }
        // Only the fragment travels; a query on a file link means nothing for a static page.
        let fragment = suffix.hasPrefix("#") ? suffix : (suffix.firstIndex(of: "#").map { String(suffix[$0...]) } ?? "")
        if let url = urls[target] { return (.rewrite(url + fragment), target) }
        let asFolder = target.hasSuffix("/") ? target : target + "/"
        for index in MarkdownFileName.indexPaths(in: asFolder) {
            if let url = urls[index] { return (.rewrite(url + fragment), index) }
        }
        return (.missing(target: target), nil)
    }

    /// A file near the missing `target` for a message about the link in `sourcePath`: the
    /// nearest name in its folder. Computed only for a message, since it compares the name
    /// with every file of the folder.
    func suggestion(for target: String, from sourcePath: String) -> String? {
        let (targetFolder, targetName) = Self.split(target)
        // A file never means to link to itself.
        let candidates = paths.lazy.map(Self.split).filter { $0.0 == targetFolder && targetFolder + $0.1 != sourcePath }.map(\.1)
        return Suggestion.nearest(to: targetName, in: candidates)
    }

    /// Whether `text` starts with a URL scheme and its `:` (`https:`, `mailto:`): a letter,
    /// then ASCII letters, digits, `+`, `-` or `.`.
    static func hasScheme(_ text: String) -> Bool {
        // Every link of every body is looked at by every build: an ASCII text is checked on
        // bytes (each byte a character). Only one with other characters before its first
        // ':', or right after it, is checked by characters.
        var isFirst = true
        for (offset, byte) in text.utf8.enumerated() {
            if byte == UInt8(ascii: ":") {
                let next = text.utf8.dropFirst(offset + 1).first
                guard next.map({ $0 < 0x80 }) ?? true else { return hasSchemeByCharacters(text) }
                return !isFirst
            }
            guard byte < 0x80 else { return hasSchemeByCharacters(text) }
            let isLetter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
            let isOther = (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: ".")
            // A byte that cannot be in a scheme before the first ':': no scheme.
            if isFirst ? !isLetter : !(isLetter || isOther) { return false }
            isFirst = false
        }
        // No ':' at all.
        return false
    }

    /// `hasScheme`, character by character.
    static func hasSchemeByCharacters(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        let scheme = text[..<colon]
        return !scheme.isEmpty && scheme.first?.isLetter == true
            && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }
    }

    /// Folder (with trailing slash) and file name of a site-relative path.
    private static func split(_ path: String) -> (String, String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        return (String(path[...slash]), String(path[path.index(after: slash)...]))
    }

    /// Resolves `.` and `..`; `nil` when the path climbs above the site's folder.
    static func normalize(_ path: String) -> String? {
        switch path.utf8.withContiguousStorageIfAvailable(normalizedASCII) ?? .notASCII {
        case .path(let normalized): return normalized
        case .outside: return nil
        case .notASCII:
            guard let parts = PathSegments.resolved(path) else { return nil }
            return parts.joined(separator: "/") + (path.hasSuffix("/") && !parts.isEmpty ? "/" : "")
        }
    }

    /// What `normalizedASCII` made of a path.
    enum Normalized: Equatable {
        case path(String)
        case outside
        /// Not all ASCII: resolved by characters instead.
        case notASCII
    }

    /// `normalize` on the bytes of an ASCII path, where each byte is a character:
    /// `PathSegments` splits by characters, and a warm build resolves every file link of
    /// every body again to check its cached rendering.
    static func normalizedASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Normalized {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return .notASCII }
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        var segments: [Range<Int>] = []
        var start = 0
        for end in 0...bytes.count {
            if end < bytes.count, bytes[end] != slash { continue }
            defer { start = end + 1 }
            switch end - start {
            case 0: continue
            case 1 where bytes[start] == dot: continue
            case 2 where bytes[start] == dot && bytes[start + 1] == dot:
                guard !segments.isEmpty else { return .outside }
                segments.removeLast()
            default: segments.append(start..<end)
            }
        }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        for (number, segment) in segments.enumerated() {
            if number > 0 { result.append(slash) }
            result.append(contentsOf: bytes[segment])
        }
        if bytes.last == slash, !segments.isEmpty { result.append(slash) }
        return .path(String(decoding: result, as: UTF8.self))
    }
}
