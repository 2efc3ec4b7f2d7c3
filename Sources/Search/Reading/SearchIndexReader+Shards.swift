import Foundation

extension SearchIndexReader {
    struct Posting {
        let document: Int
        let mask: Int
        let positions: [Int]
    }

    private struct TermShard: Decodable {
        let terms: [String]
        let postings: [String]
    }

    private struct PositionShard: Decodable {
        let positions: [String]
    }

    /// Every term equal to `term`, or starting with it when `prefix`, with its postings.
    func terms(matching term: String, prefix: Bool, positions: Bool = false) throws -> [(String, [Posting])] {
        var found: [(String, [Posting])] = []
        for key in manifest.shards(for: term, prefix: prefix) {
            let name = ShardPlan.fileName(for: key)
            let shard: TermShard = try decode("terms/\(name).json")
            let positionLists: [String]? = positions ? try (decode("positions/\(name).json") as PositionShard).positions : nil
            guard shard.terms.count == shard.postings.count, positionLists.map({ $0.count == shard.terms.count }) != false else {
                throw ReadError.invalidFile("terms/\(name).json")
            }
            for (index, candidate) in shard.terms.enumerated() {
                let matches = prefix ? candidate.unicodeScalars.starts(with: term.unicodeScalars) : candidate == term
                guard matches else { continue }
                found.append((candidate, try Self.postings(shard.postings[index], positions: positionLists?[index], path: name)))
            }
        }
        return found
    }

    private static func postings(_ text: String, positions: String?, path: String) throws -> [Posting] {
        guard let numbers = VarintText.decode(text) else { throw ReadError.invalidFile("terms/\(path).json") }
        let positionNumbers = try positions.map { text in
            guard let numbers = VarintText.decode(text) else { throw ReadError.invalidFile("positions/\(path).json") }
            return numbers
        }
        var postings: [Posting] = []
        var document = -1
        var cursor = 0
        for number in numbers {
            document += number / 32 + 1
            var list: [Int] = []
            if let positionNumbers, cursor < positionNumbers.count {
                let count = positionNumbers[cursor]
                cursor += 1
                var position = 0
                for _ in 0..<count where cursor < positionNumbers.count {
                    position += positionNumbers[cursor]
                    list.append(position)
                    cursor += 1
                }
            }
            postings.append(Posting(document: document, mask: number % 32, positions: list))
        }
        return postings
    }

    private func decode<Value: Decodable>(_ path: String) throws -> Value {
        guard let bytes = load(path) else { throw ReadError.missingFile(path) }
        guard let value = try? JSONDecoder().decode(Value.self, from: Data(bytes)) else { throw ReadError.invalidFile(path) }
        return value
    }
}

/// `docs/N.json`: result records as arrays `[url, title, date, section, categories, excerpt]`,
/// with a label as a seventh element where a document has one.
struct DocumentChunk: Decodable {
    struct Entry: Decodable {
        let record: SearchRecord

        init(from decoder: any Decoder) throws {
            var fields = try decoder.unkeyedContainer()
            record = SearchRecord(
                url: try fields.decode(String.self), title: try fields.decode(String.self),
                date: try fields.decode(String.self), section: try fields.decode(String.self),
                categories: try fields.decode([String].self), excerpt: try fields.decode(String.self),
                label: fields.isAtEnd ? "" : try fields.decode(String.self))
        }
    }

    let docs: [Entry]
}
