import Foundation
import Testing
@testable import ZecheKit

/// The body store of one-shot builds gives back every text exactly as it was put in, from any
/// number of threads, and the documents and bodies moved into it read as before.
@Suite struct BodyStoreTests {
    @Test("Texts appended from many threads read back byte for byte")
    func roundTrip() throws {
        let store = try #require(BodyStore())
        let texts = (0..<400).map { index in
            index % 7 == 0 ? "" : String(repeating: "Zeile \(index): Förderturm, Schacht XII, „Zollverein“ – 🏭\n", count: index % 50 + 1)
        }
        let slices = Parallel.map(texts.count) { store.append(texts[$0]) }
        let read = Parallel.map(texts.count) { index in slices[index].map(store.read) }
        #expect(read == texts.map(Optional.some))
        #expect(!store.hasFailed)
    }

    @Test("A document whose body moved into the store reads the same body")
    func movedDocument() throws {
        let store = try #require(BodyStore())
        let text = "---\ntitle: Neue Halle\n---\nDie *Halle* öffnet am [Montag](../termine.md).\n\n> Zitat\n"
        let document = ContentDocument(path: "Content/posts/halle.md", text: text)
        let moved = document.movingBody(to: store)
        #expect(moved.body == document.body)
        #expect(moved.body == "Die *Halle* öffnet am [Montag](../termine.md).\n\n> Zitat\n")
        #expect(moved.bodyStartLine == document.bodyStartLine)
    }

    @Test("An article body in the store reads its HTML and text, and keeps the hash it had in memory")
    func storedBody() throws {
        let store = try #require(BodyStore())
        let inMemory = ArticleBody(html: "<p>Glück auf!</p>\n", text: "Glück auf!")
        let stored = inMemory.stored(in: store)
        #expect(stored.html == "<p>Glück auf!</p>\n")
        #expect(stored.text == "Glück auf!")
        #expect(stored.hash == inMemory.hash)
        #expect(ArticleBody(html: "<p>Glück ab!</p>\n", text: "Glück ab!").hash != inMemory.hash)
    }
}
