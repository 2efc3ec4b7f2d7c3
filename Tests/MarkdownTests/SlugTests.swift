import Foundation
import Markdown
import Testing

@Suite struct SlugTests {
    @Test(arguments: [
        ("Ähnliche Artikel", "aehnliche-artikel"),
        ("Größe & Maß", "groesse-mass"),
        ("Straße", "strasse"),
        ("Café Crème", "cafe-creme"),
        ("Søren Łukasz", "soren-lukasz"),
        ("  Start-Ups!!  von erfahrenen Machern  ", "start-ups-von-erfahrenen-machern"),
        ("Q.One nutzt AWS", "q-one-nutzt-aws"),
        ("Mehmet Yılmaz", "mehmet-yilmaz"),
        ("Elif Şahin", "elif-sahin"),
        ("2026: Meilenstein 3", "2026-meilenstein-3"),
        ("日本語", ""),
        ("", ""),
    ])
    func slugFollowsTheSiteRules(text: String, slug: String) {
        #expect(Slug.make(text) == slug)
    }

    @Test func decomposedTextGivesTheSameSlugAsComposedText() {
        let composed = "Müller Öffentlichkeit"
        let decomposed = composed.decomposedStringWithCanonicalMapping
        #expect(Array(decomposed.unicodeScalars) != Array(composed.unicodeScalars))
        #expect(Slug.make(decomposed) == "mueller-oeffentlichkeit")
    }

    @Test func allocatorNumbersRepeats() {
        var allocator = SlugAllocator()
        #expect(allocator.unique(for: "Fazit") == "fazit")
        #expect(allocator.unique(for: "fazit") == "fazit-2")
        #expect(allocator.unique(for: "FAZIT") == "fazit-3")
        #expect(allocator.unique(for: "!!!") == "section")
    }
}
