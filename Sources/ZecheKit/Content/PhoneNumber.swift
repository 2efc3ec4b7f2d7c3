/// A telephone number as written in a contact file (`+49 201 1234567-10`), and its E.164 form
/// (`+49201123456710`) for `tel:` links and vCards.
struct PhoneNumber: Sendable, Hashable {
    /// As written, for display.
    let text: String
    /// `+` and 7 to 15 digits.
    let e164: String

    enum Problem: Error, Equatable {
        case badCharacter(Character)
        case noCountryCode
        case digitCount(Int)
        case countryCodeStartsWithZero
    }

    /// Reads an international number: `+` or `00`, the country code and the number, with
    /// spaces, `-`, `/`, `.` and parentheses between digits; `(0)` after the country code (the
    /// trunk prefix some write) is left out.
    static func parse(_ text: String) -> Result<PhoneNumber, Problem> {
        let trimmed = text.trimmingWhitespace()
        var rest = Substring(trimmed)
        var isInternational = false
        if rest.hasPrefix("+") {
            isInternational = true
            rest = rest.dropFirst()
        } else if rest.hasPrefix("00") {
            isInternational = true
            rest = rest.dropFirst(2)
        }
        var digits = ""
        var index = rest.startIndex
        while index < rest.endIndex {
            let character = rest[index]
            if rest[index...].hasPrefix("(0)"), !digits.isEmpty {
                index = rest.index(index, offsetBy: 3)
                continue
            }
            if character.isASCII, character.isNumber {
                digits.append(character)
            } else if !" -/.()\u{00A0}".contains(character) {
                return .failure(.badCharacter(character))
            }
            index = rest.index(after: index)
        }
        guard isInternational else { return .failure(.noCountryCode) }
        guard (7...15).contains(digits.count) else { return .failure(.digitCount(digits.count)) }
        guard digits.first != "0" else { return .failure(.countryCodeStartsWithZero) }
        return .success(PhoneNumber(text: trimmed, e164: "+" + digits))
    }

    /// What is wrong, for a message about `text`.
    static func message(_ problem: Problem, text: String) -> (message: String, fix: String) {
        let example = "write it with the country code, e.g. phone: +49 201 1234567 (for 0201 1234567 in Germany)"
        switch problem {
        case .badCharacter(let character):
            return ("the phone number '\(text)' contains '\(character)'; a number holds digits, spaces and + - / ( ) .", example)
        case .noCountryCode:
            return ("the phone number '\(text)' has no country code, so it cannot be dialled from abroad or written as a tel: link", example)
        case .digitCount(let count):
            return ("the phone number '\(text)' has \(count) digits; an international number has 7 to 15", example)
        case .countryCodeStartsWithZero:
            return ("the phone number '\(text)' has a country code starting with 0, which no country has", example)
        }
    }
}
