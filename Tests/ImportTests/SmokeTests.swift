@testable import Import
import Testing

struct SmokeTests {
    @Test func converts() {
        let (markdown, _) = MarkdownWriter.convert("<p>Hallo <em>Welt</em></p>", options: .init())
        #expect(markdown == "Hallo *Welt*\n")
    }
}
