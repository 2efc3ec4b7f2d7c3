import TextCore

/// The version numbers of `PageSignatures` for a pipeline whose signatures are kept on disk:
/// the preview counts versions up within its session, but a number kept from an earlier
/// process must say the same in this one. An article's version is then a stable hash of what
/// its page shows of its files: the file's signature (size, time, inode: any edit changes it),
/// its bundle's files, and its rendered body (which also changes when a link target moves).
enum ContentVersions {
    static func make(sites: MultilingualSite, content: ContentCache) -> [String: Int] {
        // Every language's: a translation's page changes with its own file.
        let articles = sites.sites.flatMap { $0.articles + $0.newsroom.embargoed }
        let keys = Parallel.map(articles.count) { index -> Int in
            let article = articles[index]
            var hasher = StableHasher()
            hasher.combine(article.sourcePath)
            hasher.combine(content.articles[article.sourcePath]?.signature)
            for file in article.bundleFiles {
                hasher.combine(file.sourcePath)
                hasher.combine(file.outputPath)
            }
            hasher.combine(article.body.hash)
            return hasher.finalizeInt()
        }
        var versions: [String: Int] = [:]
        versions.reserveCapacity(articles.count)
        for (article, key) in zip(articles, keys) { versions[article.sourcePath] = key }
        return versions
    }
}
