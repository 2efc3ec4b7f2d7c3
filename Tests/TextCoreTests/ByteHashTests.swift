import Testing
import TextCore

@Suite("Byte hash") struct ByteHashTests {
    @Test("The hash depends on every byte of the text")
    func everyByte() {
        let names = ["", "a", "b", "ab", "ba", "title", "titel", "title2", "a_long_name_of_17", "a_long_name_of_18", "ümlaut", "umlaut"]
        #expect(Set(names.map { ByteHash.of($0) }).count == names.count)
        #expect(ByteHash.of("title") == ByteHash.of(String(["t", "i", "t", "l", "e"])))
    }
}
