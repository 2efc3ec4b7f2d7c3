/// What an import did: counts per kind, what needs a human, and suggestions for `site.yml`.
public struct ImportReport: Sendable, Hashable {
    /// Counts in the order they were first counted, e.g. ("articles", 12).
    public private(set) var counts: [(kind: String, count: Int)] = []
    /// Places in the written files to review.
    public var notes: [ReviewNote] = []
    /// Remarks about the import as a whole (things left out, what to do next).
    public var remarks: [String] = []
    /// Lines to add to `site.yml`, as YAML with comments.
    public var siteSuggestion: String?

    public init() {}

    public mutating func count(_ kind: String, by amount: Int = 1) {
        if let index = counts.firstIndex(where: { $0.kind == kind }) {
            counts[index].count += amount
        } else {
            counts.append((kind, amount))
        }
    }

    public func count(of kind: String) -> Int {
        counts.first { $0.kind == kind }?.count ?? 0
    }

    /// The summary printed at the end of an import.
    public var summary: String {
        var lines = ["Imported:"]
        let width = counts.map(\.kind.count).max() ?? 0
        for (kind, count) in counts {
            lines.append("  " + kind + String(repeating: " ", count: width - kind.count) + "  " + String(count))
        }
        if !remarks.isEmpty {
            lines.append("")
            lines += remarks
        }
        if !notes.isEmpty {
            lines.append("")
            lines.append("To review (\(notes.count)):")
            lines += notes.sorted().map { "  " + $0.description }
        }
        if let siteSuggestion {
            lines.append("")
            lines.append("Suggested for site.yml:")
            lines += siteSuggestion.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func == (lhs: ImportReport, rhs: ImportReport) -> Bool {
        lhs.counts.map(\.kind) == rhs.counts.map(\.kind) && lhs.counts.map(\.count) == rhs.counts.map(\.count)
            && lhs.notes == rhs.notes && lhs.remarks == rhs.remarks && lhs.siteSuggestion == rhs.siteSuggestion
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(counts.map(\.kind))
        hasher.combine(counts.map(\.count))
        hasher.combine(notes)
    }
}
