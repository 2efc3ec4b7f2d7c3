/// How a body store and the content cache's heap keep an outline (`ArticleBody`): in the
/// caches' binary format, read back only for the pages that show it.
extension BodyOutline {
    /// The outline's bytes; none for an empty outline.
    var encoded: [UInt8] {
        guard !isEmpty else { return [] }
        var writer = CacheWriter()
        writer.write(headings) { writer, heading in
            writer.write(heading.level)
            writer.write(heading.text)
            writer.write(heading.id)
        }
        writer.write(quotes) { writer, quote in
            writer.write(quote.text)
            writer.write(quote.attribution)
        }
        return writer.bytes
    }

    /// The outline `encoded` made of these bytes; `nil` when they are not such an outline.
    init?(decoding bytes: [UInt8]) {
        guard !bytes.isEmpty else {
            self = .empty
            return
        }
        var reader = CacheReader(unsealed: bytes)
        do throws(CacheReader.Damaged) {
            let headings = try reader.readArray { reader throws(CacheReader.Damaged) in
                HeadingInfo(level: try reader.readInt(), text: try reader.readString(), id: try reader.readString())
            }
            let quotes = try reader.readArray { reader throws(CacheReader.Damaged) in
                Quote(text: try reader.readString(), attribution: try reader.readString())
            }
            guard reader.isAtEnd else { return nil }
            self.init(headings: headings, quotes: quotes)
        } catch {
            return nil
        }
    }
}
