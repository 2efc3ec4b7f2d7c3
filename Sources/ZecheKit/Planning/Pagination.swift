/// The pages of a list that is split into pages of `size` entries.
struct Pagination: Sendable {
    let itemCount: Int
    let size: Int

    var pageCount: Int { max(1, (itemCount + size - 1) / size) }

    /// Items on page `page` (1-based).
    func range(ofPage page: Int) -> Range<Int> {
        let start = (page - 1) * size
        return start..<min(itemCount, start + size)
    }

    /// The page (1-based) that shows item `index`.
    func page(of index: Int) -> Int {
        index / max(1, size) + 1
    }

    /// The page numbers worth a link from page `page`: the first, the last, and two on each
    /// side; a fixed number, so 1,000 pages do not make each page list 1,000 links.
    static func window(around page: Int, pageCount: Int) -> [Int?] {
        var numbers: [Int] = [1, pageCount]
        numbers += (max(1, page - 2)...min(pageCount, page + 2))
        let sorted = Set(numbers).sorted()
        var result: [Int?] = []
        for (offset, number) in sorted.enumerated() {
            if offset > 0, number - sorted[offset - 1] > 1 { result.append(nil) }
            result.append(number)
        }
        return result
    }
}
