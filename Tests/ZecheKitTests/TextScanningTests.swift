import Foundation
import Testing
@testable import ZecheKit

/// The byte-level shortcuts of hot paths give what the general code gives.
struct TextScanningTests {
    @Test("Trimming whitespace agrees with Foundation's", arguments: [
        "", " ", "\t", "Anna", " Anna", "Anna ", "\tAnna\t", "anna berg", "\u{00A0}Anna", "Anna\u{3000}",
        "Ärger", "über ", " ß", "a\u{0301}", "\u{2009}x\u{2009}", "x\n", "\ny",
    ])
    func trimming(_ text: String) {
        #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespaces))
    }

    @Test("Absolute URLs have a scheme, site paths do not", arguments: [
        ("https://news.example.com/logo.svg", true), ("http://x", true), ("ftp://host/file", true),
        ("/images/logo.svg", false), ("images/logo.svg", false), ("", false), (":/", false), ("a:/b", false), ("://", true),
    ])
    func scheme(_ text: String, _ hasScheme: Bool) {
        #expect(text.hasURLScheme == hasScheme)
    }

    @Test("An excerpt ends at a word, without trailing punctuation", arguments: [
        ("Kurz", 10, "Kurz"),
        ("Ein langer Satz mit vielen Wörtern", 12, "Ein langer …"),
        ("Erstens, zweitens, drittens", 10, "Erstens …"),
        ("Eins – zwei – drei", 7, "Eins …"),
        ("Ääääää ööö", 10, "Ääääää ööö"),
        ("Donaudampfschiff", 5, "Donau …"),
    ])
    func excerpt(_ text: String, _ limit: Int, _ expected: String) {
        #expect(Excerpt.make(text, limit: limit) == expected)
    }

    @Test("Work taken in another order still lands in index order")
    func parallelOrder() {
        let order = Array((0..<1_000).reversed())
        #expect(Parallel.map(1_000, workers: 2, order: order, makeState: { () }) { index, _ in index * 2 } == (0..<1_000).map { $0 * 2 })
    }

    @Test("An order that is not one index per item is ignored")
    func parallelWrongOrder() {
        #expect(Parallel.map(3, workers: 2, order: [0], makeState: { () }) { index, _ in index } == [0, 1, 2])
    }
}
