import Foundation
import FrontMatter
import Search

/// `zeche-bench search CORPUS OUT [RUNS]`: builds the search index of a corpus in Zeche's
/// layout (`Content/posts/*.md`, `Content/authors/*.md`), or of a JSON array of documents
/// (`CORPUS.json`, keys as `SearchDocument`'s, plus `"indexLanguage"` on the first), RUNS times,
/// writes the last build to OUT and prints the median build time and the files' raw size as
/// one JSON line.
///
/// The documents are made naively, for the measurement only: front matter through the YAML
/// parser, the body with its Markdown punctuation and link targets stripped. The site's own
/// pipeline will pass its real plain text.
func runSearchBenchmark(corpus: URL, output: URL, runs: Int) throws {
    let (documents, language) = corpus.pathExtension == "json"
        ? try SearchBenchmarkCorpus.documents(json: corpus) : (try SearchBenchmarkCorpus.documents(in: corpus), "de")
    var times: [Double] = []
    var cpuTimes: [Double] = []
    var files: [SearchIndexFile] = []
    for _ in 0..<max(1, runs) {
        let start = DispatchTime.now().uptimeNanoseconds
        let cpuStart = processCPUMilliseconds()
        files = SearchIndex.build(documents: documents, language: language)
        cpuTimes.append(processCPUMilliseconds() - cpuStart)
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    try? FileManager.default.removeItem(at: output)
    for file in files {
        let url = output.appendingPathComponent(file.path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(file.bytes).write(to: url)
    }
    let median = times.sorted()[times.count / 2]
    let cpuMedian = cpuTimes.sorted()[cpuTimes.count / 2]
    let bytes = files.reduce(0) { $0 + $1.bytes.count }
    let shards = files.filter { $0.path.hasPrefix("terms/") }.count
    print("{\"documents\":\(documents.count),\"files\":\(files.count),\"shards\":\(shards),\"bytes\":\(bytes),"
        + "\"build_ms_median\":\(String(format: "%.1f", median)),\"build_cpu_ms_median\":\(String(format: "%.1f", cpuMedian)),"
        + "\"runs\":\(times.count)}")
}

/// The CPU time of the process, all threads: on a shared machine it varies less than the wall
/// time.
private func processCPUMilliseconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1e6
}

enum SearchBenchmarkCorpus {
    private struct JSONDocument: Decodable {
        let id, url, title: String
        let subtitle, summary, bodyText, section, date, language, indexLanguage: String?
        let tags, categories, authors: [String]?
    }

    static func documents(json file: URL) throws -> ([SearchDocument], String) {
        let entries = try JSONDecoder().decode([JSONDocument].self, from: Data(contentsOf: file))
        let documents = entries.map {
            SearchDocument(id: $0.id, url: $0.url, title: $0.title, subtitle: $0.subtitle ?? "", summary: $0.summary ?? "",
                           bodyText: $0.bodyText ?? "", tags: $0.tags ?? [], categories: $0.categories ?? [],
                           section: $0.section ?? "", authors: $0.authors ?? [], date: $0.date ?? "", language: $0.language ?? "")
        }
        return (documents, entries.first?.indexLanguage ?? "de")
    }

    static func documents(in corpus: URL) throws -> [SearchDocument] {
        let files = FileManager.default
        var authors: [String: String] = [:]
        let authorFolder = corpus.appendingPathComponent("Content/authors")
        for name in (try? files.contentsOfDirectory(atPath: authorFolder.path)) ?? [] where name.hasSuffix(".md") {
            let text = try String(contentsOf: authorFolder.appendingPathComponent(name), encoding: .utf8)
            let yaml = try FrontMatter(splitting: text).parseYAML()
            authors[String(name.dropLast(3))] = yaml?["name"]?.stringValue ?? String(name.dropLast(3))
        }
        let posts = corpus.appendingPathComponent("Content/posts")
        var documents: [SearchDocument] = []
        for name in try files.contentsOfDirectory(atPath: posts.path).sorted() where name.hasSuffix(".md") {
            let text = try String(contentsOf: posts.appendingPathComponent(name), encoding: .utf8)
            let split = try FrontMatter(splitting: text)
            guard let yaml = try split.parseYAML() else { continue }
            let date = yaml["date"]?.scalarText ?? ""
            let slug = String(name.dropLast(3).dropFirst(11))
            let authorIDs = yaml["author"]?.sequenceValue?.compactMap(\.stringValue) ?? [yaml["author"]?.stringValue].compactMap { $0 }
            documents.append(SearchDocument(
                id: slug, url: "/\(date.prefix(4))/\(date.dropFirst(5).prefix(2))/\(slug)/",
                title: yaml["title"]?.stringValue ?? slug, subtitle: yaml["subtitle"]?.stringValue ?? "",
                summary: yaml["summary"]?.stringValue ?? "", bodyText: plainText(split.body),
                tags: yaml["tags"]?.sequenceValue?.compactMap(\.stringValue) ?? [],
                authors: authorIDs.map { authors[$0] ?? $0 }, date: date, language: "de"))
        }
        return documents
    }

    /// Markdown without its punctuation: link targets, fence and table rule lines, heading and
    /// list markers, emphasis go; the words stay.
    static func plainText(_ markdown: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(markdown.utf8.count)
        for line in markdown.utf8.split(separator: UInt8(ascii: "\n")) {
            if line.starts(with: "```".utf8) || line.starts(with: "|-".utf8) || line.starts(with: "|:".utf8) { continue }
            var index = line.startIndex
            while index < line.endIndex {
                let byte = line[index]
                // `](target)`: keep the `]`, drop the target.
                if byte == UInt8(ascii: "]"), line.index(after: index) < line.endIndex, line[line.index(after: index)] == UInt8(ascii: "("),
                   let close = line[index...].firstIndex(of: UInt8(ascii: ")")) {
                    output.append(UInt8(ascii: " "))
                    index = line.index(after: close)
                    continue
                }
                output.append("#*`[]!>|_".utf8.contains(byte) ? UInt8(ascii: " ") : byte)
                index = line.index(after: index)
            }
            output.append(UInt8(ascii: "\n"))
        }
        return String(decoding: output, as: UTF8.self)
    }
}
