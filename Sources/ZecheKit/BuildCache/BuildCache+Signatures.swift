extension BuildCache {
    /// The signatures, in the order `readSignatures` reads them.
    static func write(_ signatures: OutputSignatures, into writer: inout CacheWriter) {
        writer.write(signatures.pages) { $0.write($1) }
        writer.write(signatures.generated) { $0.write($1) }
        writer.write(signatures.copies) { $0.write($1) }
        writer.write(signatures.archives) { $0.write($1) }
        writer.write(signatures.templateFiles) { $0.write($1) }
        // Each language's search index, in the order of the languages.
        writer.write(signatures.searches.count)
        for (language, search) in signatures.searches.sorted(by: { $0.key < $1.key }) {
            writer.write(language)
            writer.write(search.signature)
            writer.write(search.stateChecksum) { $0.write($1) }
            writer.write(search.paths.count)
            for path in search.paths { writer.write(path) }
        }
    }

    static func readSignatures(_ reader: inout CacheReader) throws(CacheReader.Damaged) -> OutputSignatures {
        var signatures = OutputSignatures()
        signatures.pages = try reader.readTable { reader throws(CacheReader.Damaged) in try reader.readInt() }
        signatures.generated = try reader.readTable { reader throws(CacheReader.Damaged) in try reader.readUInt64() }
        signatures.copies = try reader.readTable { reader throws(CacheReader.Damaged) in try reader.readSignature() }
        signatures.archives = try reader.readTable { reader throws(CacheReader.Damaged) in try reader.readInt() }
        signatures.templateFiles = try reader.readTable { reader throws(CacheReader.Damaged) in try reader.readSignature() }
        for _ in 0..<(try reader.readCount()) {
            let language = try reader.readInt()
            let signature = try reader.readInt()
            let stateChecksum = try reader.readOptional { reader throws(CacheReader.Damaged) in try reader.readUInt64() }
            let count = try reader.readCount()
            var paths: [String] = []
            paths.reserveCapacity(count)
            for _ in 0..<count { paths.append(try reader.readString()) }
            signatures.searches[language] = BuildPipeline.SearchIndexRun(signature: signature, paths: paths, state: nil,
                                                                         stateChecksum: stateChecksum)
        }
        return signatures
    }
}
