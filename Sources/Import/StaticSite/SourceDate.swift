import TextCore
import FrontMatter

/// Dates as Jekyll and Hugo accept them, made into YAML timestamps: `2024-03-05`,
/// `2024-03-05 10:00`, `2024-03-05 10:00:00 +0100`, `2017-01-20T09:00:00.000Z`,
/// `2024-03-05T10:00:00-07:00`.
enum SourceDate {
    /// The YAML timestamp of `text`, or nil when it is no date of these forms.
    static func timestamp(_ text: String) -> String? {
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        guard let year = number(&rest, digits: 4...4), skip("-", &rest), let month = number(&rest, digits: 1...2),
              skip("-", &rest), let day = number(&rest, digits: 1...2),
              (1...12).contains(month), (1...31).contains(day), day <= CivilCalendar.numberOfDays(inMonth: month, year: year)
        else { return nil }
        let date = fourDigits(year) + "-" + two(month) + "-" + two(day)
        if rest.isEmpty { return date }
        guard skip("T", &rest) || skip("t", &rest) || skipSpaces(&rest) else { return nil }
        guard let hour = number(&rest, digits: 1...2), skip(":", &rest), let minute = number(&rest, digits: 2...2),
              hour < 24, minute < 60 else { return nil }
        var second = 0
        var fraction = ""
        if skip(":", &rest) {
            guard let value = number(&rest, digits: 2...2), value < 61 else { return nil }
            second = value
            if skip(".", &rest) {
                fraction = String(rest.prefix { $0.isASCII && $0.isNumber })
                rest = rest.dropFirst(fraction.count)
                while fraction.hasSuffix("0") { fraction.removeLast() }
            }
        }
        var stamp = date + "T" + two(hour) + ":" + two(minute) + ":" + two(second) + (fraction.isEmpty ? "" : "." + fraction)
        _ = skipSpaces(&rest)
        if rest.isEmpty { return stamp }
        if rest == "Z" || rest == "z" || rest == "UTC" { return stamp + "Z" }
        guard let sign = rest.first, sign == "+" || sign == "-" else { return nil }
        rest = rest.dropFirst()
        // `+01`, `+01:00` and `+0100`.
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard digits.count == 1 || digits.count == 2 || digits.count == 4, let hours = Int(digits.prefix(digits.count == 4 ? 2 : digits.count)) else { return nil }
        rest = rest.dropFirst(digits.count == 4 ? 2 : digits.count)
        var minutes = 0
        if skip(":", &rest) || !rest.isEmpty {
            guard let value = number(&rest, digits: 2...2) else { return nil }
            minutes = value
        }
        guard rest.isEmpty, hours <= 18, minutes < 60 else { return nil }
        stamp += String(sign) + two(hours) + ":" + two(minutes)
        return stamp
    }

    /// `YYYY-MM-DD` at the start of a file name, as Jekyll's posts have.
    static func day(fromFileName name: String) -> String? {
        guard name.utf8.count >= 11, name.dropFirst(10).first == "-" else { return nil }
        return timestamp(String(name.prefix(10)))
    }

    private static func number(_ text: inout Substring, digits: ClosedRange<Int>) -> Int? {
        let run = text.prefix { $0.isASCII && $0.isNumber }
        guard digits.contains(run.count), let value = Int(run) else { return nil }
        text = text.dropFirst(run.count)
        return value
    }

    private static func skip(_ character: Character, _ text: inout Substring) -> Bool {
        guard text.first == character else { return false }
        text = text.dropFirst()
        return true
    }

    private static func skipSpaces(_ text: inout Substring) -> Bool {
        let spaces = text.prefix { $0 == " " }
        text = text.dropFirst(spaces.count)
        return !spaces.isEmpty
    }

    private static func two(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}

