/// How far a file's first bytes agree with a format's signature.
enum SignatureMatch: Equatable {
    case matches
    /// The bytes end before the signature does, and agree as far as they go.
    case mayMatch
    case differs
}

extension ImageFormat {
    /// The format whose signature the bytes carry, or `nil`.
    static func identify(_ bytes: ArraySlice<UInt8>) -> ImageFormat? {
        allCases.first { $0.signatureMatch(bytes) == .matches }
    }

    /// Whether `bytes` start as this format's files do.
    func signatureMatch(_ bytes: ArraySlice<UInt8>) -> SignatureMatch {
        switch self {
        case .jpeg:
            return Self.match(bytes, [0xFF, 0xD8, 0xFF])
        case .png:
            return Self.match(bytes, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        case .gif:
            let version87 = Self.match(bytes, Self.pattern("GIF87a"))
            let version89 = Self.match(bytes, Self.pattern("GIF89a"))
            if version87 == .matches || version89 == .matches { return .matches }
            return version87 == .mayMatch || version89 == .mayMatch ? .mayMatch : .differs
        case .webp:
            return Self.match(bytes, Self.pattern("RIFF") + [nil, nil, nil, nil] + Self.pattern("WEBP"))
        case .avif:
            return Self.avifMatch(bytes)
        case .svg:
            return Self.svgMatch(bytes)
        }
    }

    private static func pattern(_ text: String) -> [UInt8?] {
        text.utf8.map { Optional($0) }
    }

    /// Compares the bytes with a pattern in which `nil` stands for any byte.
    private static func match(_ bytes: ArraySlice<UInt8>, _ pattern: [UInt8?]) -> SignatureMatch {
        for (offset, expected) in pattern.enumerated() {
            guard offset < bytes.count else { return .mayMatch }
            if let expected, bytes[bytes.startIndex + offset] != expected { return .differs }
        }
        return .matches
    }

    /// An ISO media file (ISO/IEC 14496-12) whose `ftyp` box names the brand `avif` (a still
    /// image) or `avis` (a sequence), as its major or one of its compatible brands.
    private static func avifMatch(_ bytes: ArraySlice<UInt8>) -> SignatureMatch {
        let header = match(bytes, [nil, nil, nil, nil] + pattern("ftyp"))
        guard header == .matches else { return header }
        let file = ImageBytes(bytes, format: .avif, isWholeFile: true)
        guard let boxSize = try? file.uint32BE(at: 0) else { return .mayMatch }
        for offset in AVIFHeaderReader.brandOffsets(ftypSize: boxSize) {
            guard file.contains(4, at: offset) else { return .mayMatch }
            if file.hasASCII("avif", at: offset) || file.hasASCII("avis", at: offset) { return .matches }
        }
        return .differs
    }

    /// XML text whose root element is `svg`: enough to say that a file named otherwise is an
    /// SVG. A file named `.svg` goes to ``SVGHeaderReader`` unless it carries another format's
    /// signature, and that reader says what is wrong with it.
    private static func svgMatch(_ bytes: ArraySlice<UInt8>) -> SignatureMatch {
        do {
            return try SVGHeaderReader.hasSVGRoot(ImageBytes(bytes, format: .svg, isWholeFile: true)) ? .matches : .differs
        } catch .truncated {
            return .mayMatch
        } catch {
            return .differs
        }
    }
}
