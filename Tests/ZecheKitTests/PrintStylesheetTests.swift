import Foundation
import Testing
import ZecheTestSupport

/// The default theme prints a press release on A4 with its address and without navigation; the
/// look itself is checked by printing to PDF with headless Chromium (see the README's screenshot).
struct PrintStylesheetTests {
    static func printRules() throws -> String {
        let css = try String(contentsOf: PackagePaths.root().appendingPathComponent("Templates/assets/site.css"), encoding: .utf8)
        let start = try #require(css.range(of: "@media print {"))
        return String(css[start.upperBound...])
    }

    @Test("Print is A4, shows the print-only address line and hides navigation, sharing and related articles")
    func printRules() throws {
        let rules = try Self.printRules()
        #expect(rules.contains("@page { size: A4;"))
        #expect(rules.contains(".print-only { display: block; }"))
        let hidden = try #require(rules.split(separator: "}").first { $0.contains("display: none") })
        for selector in [".site-header nav", ".share", ".article-nav", ".back-link", ".pagination", ".related", ".contact__vcard"] {
            #expect(hidden.contains(selector), "\(selector) is not hidden in print")
        }
        #expect(!hidden.contains(".contact-box") && !hidden.contains(".boilerplate"))
    }
}
