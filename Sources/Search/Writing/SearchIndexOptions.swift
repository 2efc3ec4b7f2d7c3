import Foundation

/// The sizes that decide how the index is cut into files. The defaults keep the bytes a query
/// downloads small at 1,000 and at 10,000 articles (see `docs/search.md`).
public struct SearchIndexOptions: Sendable, Hashable {
    /// Documents per file of result records (`docs/N.json`).
    public var documentsPerChunk: Int
    /// Documents per file of body text (`text/N.json`), fetched only for shown results.
    public var textsPerChunk: Int
    /// A term shard larger than this many bytes is split by the next letter of its terms.
    public var shardSplitBytes: Int
    /// The longest excerpt a result record holds, in characters.
    public var excerptLength: Int
    /// The longest body text kept for excerpts, in characters; the whole text is indexed.
    public var textLength: Int
    /// How many threads analyse the documents (by default, one per core); the bytes are the
    /// same for any number.
    public var workers: Int

    /// Makes options; a value below 1 counts as 1, and `workers` defaults to one per core.
    public init(
        documentsPerChunk: Int = 32, textsPerChunk: Int = 4, shardSplitBytes: Int = 24_000,
        excerptLength: Int = 180, textLength: Int = 20_000,
        workers: Int? = nil
    ) {
        self.documentsPerChunk = max(1, documentsPerChunk)
        self.textsPerChunk = max(1, textsPerChunk)
        self.shardSplitBytes = max(1, shardSplitBytes)
        self.excerptLength = max(1, excerptLength)
        self.textLength = max(1, textLength)
        self.workers = max(1, workers ?? ProcessInfo.processInfo.activeProcessorCount)
    }

    /// The sizes `docs/search.md` describes.
    public static let standard = SearchIndexOptions()

    /// Whether `other` cuts the same documents into the same files: all but the number of
    /// workers, which changes no byte.
    func cutsFiles(as other: SearchIndexOptions) -> Bool {
        var other = other
        other.workers = workers
        return self == other
    }
}
