import Foundation
import FrontMatter

/// What a Jekyll `_config.yml` or a Hugo configuration file says about the site.
struct StaticSiteConfig: Sendable {
    var title = ""
    var description = ""
    /// The old site's address with its path: `https://example.com/blog/`.
    var url = ""
    var language = ""
    /// Jekyll's `permalink` (a style such as `pretty`, or a pattern).
    var permalink = ""
    /// Hugo's `[permalinks]`: section → pattern.
    var sectionPermalinks: [String: String] = [:]
    /// The author the site names, for posts without one.
    var author = ""
    /// Where the configuration came from, for the summary.
    var file = ""

    static func read(kind: StaticSiteImporter.Kind, root: URL) -> StaticSiteConfig {
        var config = StaticSiteConfig()
        let candidates = kind == .jekyll
            ? ["_config.yml", "_config.yaml"]
            : ["hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml", "config.yaml", "config.yml", "config.json"]
        for name in candidates {
            guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(name).path) else { continue }
            let text = String(decoding: data, as: UTF8.self)
            let fields: [SourceField]
            if name.hasSuffix(".toml") {
                fields = (try? TOMLReader.read(text)) ?? []
            } else if name.hasSuffix(".json") {
                fields = SourceDocument(path: name, text: text + "\n").fields
            } else if let node = try? YAMLParser().parse(text), case .table(let table) = SourceValue(node) {
                fields = table
            } else {
                fields = []
            }
            config.file = name
            config.apply(SourceValue.table(fields), kind: kind)
            break
        }
        return config
    }

    private mutating func apply(_ table: SourceValue, kind: StaticSiteImporter.Kind) {
        title = table["title"]?.text ?? ""
        description = (table["description"] ?? table["params"]?["description"])?.text ?? ""
        language = (table["lang"] ?? table["locale"] ?? table["languageCode"] ?? table["defaultContentLanguage"])?.text ?? ""
        if kind == .jekyll {
            var address = table["url"]?.text ?? ""
            let base = table["baseurl"]?.text ?? ""
            while address.hasSuffix("/") { address.removeLast() }
            if !address.isEmpty { url = address + (base.hasPrefix("/") || base.isEmpty ? base : "/" + base) }
            permalink = table["permalink"]?.text ?? "date"
        } else {
            url = (table["baseURL"] ?? table["baseurl"])?.text ?? ""
            if case .table(let sections) = table["permalinks"] ?? .null {
                for field in sections { if let pattern = field.value.text { sectionPermalinks[field.key] = pattern } }
            }
        }
        if !url.isEmpty, !url.hasSuffix("/") { url += "/" }
        let authorValue = table["author"] ?? table["params"]?["author"]
        author = authorValue?.text ?? authorValue?["name"]?.text ?? ""
    }
}
