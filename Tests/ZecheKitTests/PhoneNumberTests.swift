import Testing
@testable import ZecheKit

/// Contact numbers become E.164 for `tel:` links and vCards; nonsense is refused.
struct PhoneNumberTests {
    @Test("An international number in any common spelling gives its E.164 form", arguments: [
        ("+49 201 1234567", "+492011234567"),
        ("+49 (0)201 1234567-10", "+49201123456710"),
        ("0049 201/123 45 67", "+492011234567"),
        ("+43 1 234 56 78", "+4312345678"),
        ("+1 (212) 555-0100", "+12125550100"),
        ("  +44 20 7946 0958  ", "+442079460958"),
    ])
    func valid(_ text: String, _ e164: String) throws {
        let number = try PhoneNumber.parse(text).get()
        #expect(number.e164 == e164)
        #expect(number.text == text.trimmingWhitespace())
    }

    @Test("A number that cannot be an international one says why", arguments: [
        ("0201 1234567", PhoneNumber.Problem.noCountryCode),
        ("+49 201 PRESSE", .badCharacter("P")),
        ("+49 201 12345 ext. 9", .badCharacter("e")),
        ("+49 20", .digitCount(4)),
        ("+49 201 1234 5678 9012 34", .digitCount(19)),
        ("+0 201 1234567", .countryCodeStartsWithZero),
    ])
    func invalid(_ text: String, _ problem: PhoneNumber.Problem) {
        #expect(throws: problem) { try PhoneNumber.parse(text).get() }
    }
}
