/// The one place where `.` and `..` of a slash-separated path are resolved: for links between
/// files of the site, links relative to a page, and the importers' links between old posts.
public enum PathSegments {
    /// The segments of `path` with `.` left out and each `..` taking the segment before it;
    /// `nil` when a `..` climbs above the start. Empty segments (`a//b`) are left out.
    public static func resolved(_ path: String) -> [Substring]? {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        return parts
    }
}
