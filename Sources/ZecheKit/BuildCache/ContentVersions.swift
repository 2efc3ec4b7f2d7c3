import TextCore

/// The version numbers of `PageSignatures` for a pipeline whose signatures are kept on disk:
/// the preview counts versions up within its session, but a number kept from an earlier
/// process must say the same in this one. An article's version is then a stable hash of what
/// its page shows of its files: the file's signature (size, time, inode: any edit changes it),
/// its bundle's files, and its rendered body (which also changes when a link target moves).
enum ContentVersions {
    static func make(sites: MultilingualSite, content: ContentCache) -> [String: Int] {
        var versions: [String: Int] = [:]
        versions.reserveCapacity(sites.articleCount)
        // Every language's: a translation's page changes with its own file. The lists are
        // read where they are: a copy of every article costs more than the hashing.
        for articles in sites.sites.flatMap({ [$0.articles, $0.newsroom.embargoed] }) {
            let keys = Parallel.map(articles.count) { index -> Int in
                var hasher = StableHasher()
                hasher.combine(articles[index].sourcePath)
                hasher.combine(content.articles[articles[index].sourcePath]?.signature)
                for file in articles[index].bundleFiles {
                    hasher.combine(file.sourcePath)
                    hasher.combine(file.outputPath)
                }
                hasher.combine(articles[index].body.hash)
                return hasher.finalizeInt()
            }
            for (index, key) in keys.enumerated() { versions[articles[index].sourcePath] = key }
        }
        return versions
    }
}
