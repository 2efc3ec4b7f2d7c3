import FrontMatter
import Markdown
import TextCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One content file split into its front matter, parsed, and its Markdown body.
struct ContentDocument: Sendable {
    let path: String
    /// The parsed front matter (positions are lines of the file), or `nil` when there is none
    /// or it could not be read.
    private(set) var frontMatter: YAMLNode?
    let hasFrontMatter: Bool
    /// Whether the front matter's end was found, so that `body` is the body (and not the
    /// whole file): its links can then be checked even when the front matter has errors.
    let isBodyFound: Bool
    private var bodySource: BodySource
    /// The Markdown after the front matter; empty when the file, read again, no longer has it
    /// (`loadBody()` tells).
    var body: String { loadBody() ?? "" }
    /// The file line on which the body starts, to turn body positions into file positions.
    let bodyStartLine: Int
    /// Why the front matter cannot be read; readers then skip it.
    let diagnostics: [Diagnostic]
    /// Mistakes in the body that do not stop the front matter from being read.
    let bodyDiagnostics: [Diagnostic]

    /// Where the body is: in memory, or only in the file until it is rendered.
    private enum BodySource: Sendable {
        /// The body and its XXH64, made once when the file is read: the cache of rendered
        /// bodies, the content cache and a body left in its file all compare by it.
        case text(String, hash: UInt64)
        /// The site's folder, and the XXH64 of the body the file had when it was first read.
        case file(rootPath: String, hash: UInt64)
    }

    /// A document read back from the content cache: its front matter was read into the
    /// draft and is not kept, and its body, known by its hash, is read again from the file
    /// in the rare case it must be rendered anew.
    init(path: String, hasFrontMatter: Bool, isBodyFound: Bool, bodyHash: UInt64, rootPath: String, bodyStartLine: Int,
         diagnostics: [Diagnostic], bodyDiagnostics: [Diagnostic]) {
        self.path = path
        frontMatter = nil
        self.hasFrontMatter = hasFrontMatter
        self.isBodyFound = isBodyFound
        bodySource = .file(rootPath: rootPath, hash: bodyHash)
        self.bodyStartLine = bodyStartLine
        self.diagnostics = diagnostics
        self.bodyDiagnostics = bodyDiagnostics
    }

    /// The same document without its body, which is read again from the file when it is
    /// rendered: a one-shot build reads every file before it renders any body, and a large
    /// archive's Markdown need not be in memory meanwhile.
    func leavingBodyInFile(rootPath: String) -> ContentDocument {
        guard case .text(_, let hash) = bodySource else { return self }
        var document = self
        document.bodySource = .file(rootPath: rootPath, hash: hash)
        return document
    }

    /// The Markdown after the front matter, for a document that left it in the file read
    /// again; `nil` when the file no longer has the body first read (changed or removed while
    /// the site was built).
    func loadBody() -> String? {
        switch bodySource {
        case .text(let text, _):
            return text
        case .file(let rootPath, let hash):
            guard let contents = SourceFile.read(path, rootPath: rootPath), contents.wasRead, contents.diagnostics.isEmpty,
                  let split = try? FrontMatter(splitting: contents.text), FileDigest.xxh64(split.body) == hash else { return nil }
            return split.body
        }
    }

    /// The XXH64 of the body, without reading the file again.
    var bodyHash: UInt64 {
        switch bodySource {
        case .text(_, let hash): hash
        case .file(_, let hash): hash
        }
    }

    /// The same document without the tree of its front matter, once a reader has read it.
    var withoutFrontMatter: ContentDocument {
        var document = self
        document.frontMatter = nil
        return document
    }

    /// Where a missing front matter key is reported.
    var start: SourceLocation { SourceLocation(path: path, line: 1, column: 1) }

    init(path: String, text: String) {
        self.path = path
        var diagnostics: [Diagnostic] = []
        var frontMatter: YAMLNode?
        var hasFrontMatter = false
        var isBodyFound = false
        var body = text
        var bodyStartLine = 1
        do {
            let split = try FrontMatter(splitting: text)
            body = split.body
            bodyStartLine = split.bodyStartLine
            hasFrontMatter = split.yaml != nil
            isBodyFound = true
            do {
                frontMatter = try split.parseYAML()
            } catch {
                diagnostics += error.errors.map { Self.diagnostic($0, path: path) }
            }
        } catch {
            diagnostics.append(.error(error.message, at: SourceLocation(path: path, line: error.line, column: error.column),
                                      fix: error.fix))
        }
        var bodyDiagnostics: [Diagnostic] = []
        // Refused before parsing: cmark-gfm 0.29 would need minutes for these shapes.
        if let problem = MarkdownParser.shapeProblem(in: body) {
            bodyDiagnostics.append(.error(
                problem.message, at: SourceLocation(path: path, line: bodyStartLine + problem.line - 1, column: problem.column), fix: problem.fix))
        }
        if let found = Self.firstInvisibleCharacter(in: body) {
            let location = SourceLocation(path: path, line: bodyStartLine + found.line - 1, column: found.column)
            bodyDiagnostics += [.error(
                "the text contains the invisible character \(InvisibleCharacter.describe(found.scalar))"
                    + (found.count > 1 ? " and \(found.count - 1) more" : "") + "; remove \(found.count > 1 ? "them" : "it")",
                at: location, fix: "delete the character; most editors do not show it, so search for \(InvisibleCharacter.code(found.scalar))")]
        }
        self.bodyDiagnostics = bodyDiagnostics
        self.frontMatter = frontMatter
        self.hasFrontMatter = hasFrontMatter
        self.isBodyFound = isBodyFound
        self.bodySource = .text(body, hash: FileDigest.xxh64(body))
        self.bodyStartLine = bodyStartLine
        self.diagnostics = diagnostics
    }

    /// Bytes that can start an invisible character (other than tab, line feed and carriage
    /// return): C0 controls, DEL, and the lead bytes of C1 controls (C2) and of the
    /// bidirectional formatting characters (E2); NUL-terminated for `strcspn`.
    private static let invisibleLeadBytes: [CChar] = ((0x01...0x1F).filter { ![0x09, 0x0A, 0x0D].contains($0) } + [0x7F, 0xC2, 0xE2, 0])
        .map { CChar(bitPattern: UInt8($0)) }

    /// The first control or bidirectional formatting character of a Markdown body (see
    /// `InvisibleCharacter`), its 1-based line and column in the body, and how often such
    /// characters occur. In a page they are invalid HTML (controls) or reorder what readers
    /// see (overrides), and the first paragraph becomes the summary of feeds and search
    /// results. `strcspn` skips the runs between candidates: a 50 MB body takes milliseconds.
    static func firstInvisibleCharacter(in body: String) -> (scalar: Unicode.Scalar, line: Int, column: Int, count: Int)? {
        let length = body.utf8.count
        return body.withCString { cString -> (Unicode.Scalar, Int, Int, Int)? in
            let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(cString).assumingMemoryBound(to: UInt8.self), count: length)
            var first: (offset: Int, scalar: Unicode.Scalar)?
            var count = 0
            var index = 0
            invisibleLeadBytes.withUnsafeBufferPointer { set in
                guard let set = set.baseAddress else { return }
                while index < length {
                    index += strcspn(cString + index, set)
                    guard index < length else { break }
                    var decoder = UTF8()
                    var iterator = bytes[index...].makeIterator()
                    if case .scalarValue(let scalar) = decoder.decode(&iterator), InvisibleCharacter.isInvisible(scalar),
                       scalar != "\r" {
                        if first == nil { first = (index, scalar) }
                        count += 1
                    }
                    index += 1
                }
            }
            guard let first else { return nil }
            let (line, column) = LineTable(bytes).position(of: first.offset, in: bytes)
            return (first.scalar, line, column, count)
        }
    }

    static func diagnostic(_ error: YAMLError, path: String) -> Diagnostic {
        .error(error.message, at: SourceLocation(path: path, line: error.line, column: error.column),
               fix: error.fix.isEmpty ? nil : error.fix)
    }
}
