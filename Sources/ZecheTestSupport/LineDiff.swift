/// A readable line diff of two texts, or `nil` when they are equal.
///
/// Lines only in `expected` start with `-`, lines only in `actual` with `+`; a few unchanged
/// lines around each change give context. Built on a longest-common-subsequence table, which is
/// fine for the small golden files the tests compare.
public func lineDiff(expected: String, actual: String, context: Int = 2) -> String? {
    if expected == actual { return nil }
    let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
    if old.count * new.count > 4_000_000 {
        return "texts differ (\(old.count) and \(new.count) lines; too long to diff)"
    }
    var table = Array(repeating: Array(repeating: 0, count: new.count + 1), count: old.count + 1)
    for i in stride(from: old.count - 1, through: 0, by: -1) {
        for j in stride(from: new.count - 1, through: 0, by: -1) {
            table[i][j] = old[i] == new[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
        }
    }
    enum Line { case same(Substring), removed(Substring), added(Substring) }
    var lines: [Line] = []
    var i = 0, j = 0
    while i < old.count || j < new.count {
        if i < old.count, j < new.count, old[i] == new[j] {
            lines.append(.same(old[i])); i += 1; j += 1
        } else if j < new.count, i == old.count || table[i][j + 1] >= table[i + 1][j] {
            lines.append(.added(new[j])); j += 1
        } else {
            lines.append(.removed(old[i])); i += 1
        }
    }
    var keep = Array(repeating: false, count: lines.count)
    for (index, line) in lines.enumerated() {
        if case .same = line { continue }
        for k in max(0, index - context)...min(lines.count - 1, index + context) { keep[k] = true }
    }
    var output: [String] = []
    var skipped = false
    for (index, line) in lines.enumerated() {
        guard keep[index] else { skipped = true; continue }
        if skipped { output.append("…"); skipped = false }
        switch line {
        case .same(let text): output.append("  \(text)")
        case .removed(let text): output.append("- \(text)")
        case .added(let text): output.append("+ \(text)")
        }
    }
    return output.joined(separator: "\n")
}
