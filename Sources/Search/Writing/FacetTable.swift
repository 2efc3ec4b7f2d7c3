import TextCore

/// The filter values of the index (sections, categories, years) and the documents of each.
struct FacetTable {
    struct Facet {
        /// Values in index order (sorted by their UTF-8 bytes), each with its documents.
        var values: [(name: String, documents: [Int32])] = []
    }

    let sections: Facet
    let categories: Facet
    let years: Facet

    /// `documents` in id order, with their years (nil when undated).
    init(documents: [SearchDocument], years: [String?]) {
        var sections: [String: [Int32]] = [:]
        var categories: [String: [Int32]] = [:]
        var yearDocuments: [String: [Int32]] = [:]
        for (id, document) in documents.enumerated() {
            let id = Int32(id)
            if !document.section.isEmpty { sections[document.section, default: []].append(id) }
            for category in Set(document.categories) where !category.isEmpty { categories[category, default: []].append(id) }
            if let year = years[Int(id)] { yearDocuments[year, default: []].append(id) }
        }
        func facet(_ values: [String: [Int32]]) -> Facet {
            Facet(values: values.sorted { $0.key.precedesInUTF8($1.key) }.map { ($0.key, $0.value) })
        }
        self.sections = facet(sections)
        self.categories = facet(categories)
        self.years = facet(yearDocuments)
    }

    /// Ascending document ids as runs: for each run, its start minus the previous run's end,
    /// then its length minus one, in `VarintText`.
    static func ranges(_ documents: [Int32]) -> [UInt8] {
        var output: [UInt8] = []
        var previousEnd = 0
        var index = 0
        while index < documents.count {
            let start = Int(documents[index])
            var end = start + 1
            index += 1
            while index < documents.count, Int(documents[index]) == end {
                end += 1
                index += 1
            }
            VarintText.append(start - previousEnd, to: &output)
            VarintText.append(end - start - 1, to: &output)
            previousEnd = end
        }
        return output
    }
}
