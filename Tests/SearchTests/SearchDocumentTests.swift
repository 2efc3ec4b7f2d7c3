import Search
import Testing

/// A document keeps its fields in one object that its copies share; it still behaves as a
/// value: changing a copy leaves the others as they were.
struct SearchDocumentTests {
    @Test("A changed copy of a document leaves the original as it was; equal fields make equal documents")
    func valueSemantics() {
        let original = SearchDocument(id: "a", url: "/a/", title: "Zeche", summary: "Kurz", bodyText: "Text", tags: ["Bergbau"],
                                      date: "2026-05-05", language: "de")
        var copy = original
        copy.title = "Kokerei"
        copy.tags.append("Kohle")
        copy.bodyText = "Anderer Text"
        #expect(original.title == "Zeche" && original.tags == ["Bergbau"] && original.bodyText == "Text")
        #expect(copy.title == "Kokerei" && copy.tags == ["Bergbau", "Kohle"] && copy.bodyText == "Anderer Text")
        #expect(copy != original)

        var back = copy
        back.title = "Zeche"
        back.tags = ["Bergbau"]
        back.bodyText = "Text"
        // Separate objects with the same fields.
        #expect(back == original)
        #expect(back.hashValue == original.hashValue)
        #expect(Set([original, back, copy]).count == 2)
    }
}
