/// The parts of `manifest.json` a reader needs.
package struct IndexManifest: Decodable, Sendable {
    package struct LanguageRules: Decodable, Sendable {
        package let stemmer: String
        package let stopWords: [String]
    }

    package let format: String
    package let version: Int
    package let language: String
    package let languages: [String: LanguageRules]
    package let documents: Int
    package let documentChunk: Int
    package let textChunk: Int
    package let shards: [String]
    /// Per facet (`section`, `category`, `year`): its values as `[name, count]` pairs.
    package let facets: [String: [FacetValue]]

    package struct FacetValue: Decodable, Sendable, Equatable {
        package let name: String
        package let count: Int

        package init(from decoder: any Decoder) throws {
            var container = try decoder.unkeyedContainer()
            name = try container.decode(String.self)
            count = try container.decode(Int.self)
        }
    }

    /// The shards a term needs: the one with the longest key that is a prefix of `term` and,
    /// for prefix search, every shard whose key starts with `term`.
    package func shards(for term: String, prefix: Bool) -> [String] {
        let scalars = term.unicodeScalars
        var needed = shards.filter { scalars.starts(with: $0.unicodeScalars) }
            .max { $0.unicodeScalars.count < $1.unicodeScalars.count }.map { [$0] } ?? []
        if prefix { needed += shards.filter { $0.unicodeScalars.starts(with: scalars) && $0 != term } }
        return needed
    }
}
