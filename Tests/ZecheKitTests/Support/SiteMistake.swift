import Testing

/// Files of a site (over `TestSite`'s defaults) and the diagnostics they must give.
struct SiteMistake: CustomTestStringConvertible, Sendable {
    let testDescription: String
    let files: [String: String]
    let expected: [String]

    init(_ name: String, _ files: [String: String], _ expected: [String]) {
        testDescription = name
        self.files = files
        self.expected = expected
    }
}

