/// The custom domain of `site.yml`, which `zeche publish` writes to `CNAME`: a host name and
/// nothing else, so the file cannot carry a second line, a scheme or a path.
enum DomainName {
    /// Why `text` is not a host name such as `news.q-one.com`, or `nil` when it is one: labels
    /// of ASCII letters, digits and hyphens (not at their ends), at least two of them, at most
    /// 253 characters in all. Names with umlauts are written in their `xn--` form.
    static func problem(with text: String) -> String? {
        guard !text.isEmpty else { return "it is empty" }
        guard text.utf8.count <= 253 else { return "it is longer than 253 characters" }
        if text.contains("://") || text.contains("/") { return "it is an address, not a host name" }
        guard text.unicodeScalars.allSatisfy({ $0.isASCII }) else {
            return "it has characters other than ASCII letters, digits, '-' and '.'; write a name with umlauts in its xn-- form"
        }
        let labels = text.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2 else { return "it has no dot; a custom domain looks like news.example.com" }
        for label in labels {
            guard !label.isEmpty, label.count <= 63 else { return "a part between dots is empty or longer than 63 characters" }
            guard label.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }) else {
                return "it has characters other than ASCII letters, digits, '-' and '.'"
            }
            guard label.first != "-", label.last != "-" else { return "a part begins or ends with '-'" }
        }
        return nil
    }
}
