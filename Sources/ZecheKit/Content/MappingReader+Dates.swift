import Foundation
import FrontMatter
import TextCore

extension MappingReader {
    /// A date or date-time in the site's time zone. YAML dates and date-times are taken as they
    /// are; quoted text in the forms Jekyll writes (`2024-03-05 10:00:00 +0100`) is read too.
    mutating func date(_ key: String, timeZone: TimeZone, required example: String? = nil) -> SiteDate? {
        guard let node = node(key) else {
            if let example { missing(key, example: example) }
            return nil
        }
        let date: SiteDate?
        switch node.value {
        case .date(let day):
            date = SiteDate(year: day.year, month: day.month, day: day.day, timeZone: timeZone)
        case .dateTime(let time):
            date = SiteDate(
                year: time.date.year, month: time.date.month, day: time.date.day, hour: time.hour,
                minute: time.minute, second: time.second, utcOffsetSeconds: time.offsetSeconds, timeZone: timeZone)
        case .string(let text):
            switch DateText.parse(text) {
            case .valid(let parts):
                date = SiteDate(
                    year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute,
                    second: parts.second, utcOffsetSeconds: parts.offsetSeconds, timeZone: timeZone)
                if date == nil {
                    error("'\(text)' is not a valid \(DateText.problem(parts))", at: node, fix: DateFieldCheck.fix)
                    return nil
                }
            case .invalid:
                error("'\(text)' is not a date", at: node, fix: "write '\(key)' like \(DateFieldCheck.validForms)")
                return nil
            }
        default:
            error("'\(key)' must be a date, not \(Self.describe(node.value))", at: node,
                  fix: "write '\(key)' like \(DateFieldCheck.validForms)")
            return nil
        }
        // The YAML parser makes only valid dates, so this is a safety net: no article may
        // vanish without a word.
        if date == nil {
            error("\(Self.describe(node.value)) is not a valid date", at: node, fix: DateFieldCheck.fix)
        }
        return date
    }
}

/// Dates written as text, in the forms Jekyll and other generators put in quoted front matter.
enum DateText {
    struct Parts: Equatable {
        var year, month, day: Int
        var hour = 0, minute = 0, second = 0
        var offsetSeconds: Int?
    }

    enum Result: Equatable {
        case valid(Parts)
        case invalid
    }

    /// Reads `YYYY-MM-DD`, optionally followed by `T` or spaces and `HH:MM[:SS[.fraction]]`,
    /// optionally followed by spaces and `Z`, `±HH:MM`, `±HHMM` or `±HH`. The calendar is not
    /// checked here (see `problem`).
    static func parse(_ text: String) -> Result {
        var scanner = Scanner(Array(text.trimmingWhitespace().utf8))
        guard let year = scanner.digits(4), scanner.skip("-"), let month = scanner.digits(1...2), scanner.skip("-"),
              let day = scanner.digits(1...2)
        else { return .invalid }
        var parts = Parts(year: year, month: month, day: day)
        if scanner.isAtEnd { return .valid(parts) }
        guard scanner.skip("T") || scanner.skipSpaces() else { return .invalid }
        guard let hour = scanner.digits(1...2), scanner.skip(":"), let minute = scanner.digits(2) else { return .invalid }
        parts.hour = hour
        parts.minute = minute
        if scanner.skip(":") {
            guard let second = scanner.digits(2) else { return .invalid }
            parts.second = second
            if scanner.skip(".") { guard scanner.digits(1...9) != nil else { return .invalid } }
        }
        _ = scanner.skipSpaces()
        if scanner.isAtEnd { return .valid(parts) }
        if scanner.skip("Z") {
            parts.offsetSeconds = 0
        } else {
            let sign: Int
            if scanner.skip("+") { sign = 1 } else if scanner.skip("-") { sign = -1 } else { return .invalid }
            guard let hours = scanner.digits(2) else { return .invalid }
            var minutes = 0
            if scanner.skip(":") {
                guard let value = scanner.digits(2) else { return .invalid }
                minutes = value
            } else if let value = scanner.digits(2) {
                minutes = value
            }
            guard hours <= 23, minutes <= 59 else { return .invalid }
            parts.offsetSeconds = sign * (hours * 3600 + minutes * 60)
        }
        return scanner.isAtEnd ? .valid(parts) : .invalid
    }

    /// Why a parsed date does not exist, after "is not a valid": "date: month 13 (1 to 12) and
    /// day 45 (1 to 31) are out of range".
    static func problem(_ parts: Parts) -> String {
        guard let problem = DateFieldCheck.problem(
            year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute,
            second: min(parts.second, 59)) else { return "date" }
        return "\(problem.isTime ? "time" : "date"): \(problem.reason)"
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0
        init(_ bytes: [UInt8]) { self.bytes = bytes }
        var isAtEnd: Bool { index == bytes.count }

        mutating func skip(_ character: Character) -> Bool {
            guard let ascii = character.asciiValue, index < bytes.count, bytes[index] == ascii else { return false }
            index += 1
            return true
        }

        mutating func skipSpaces() -> Bool {
            let start = index
            while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") { index += 1 }
            return index > start
        }

        mutating func digits(_ count: Int) -> Int? { digits(count...count) }

        mutating func digits(_ range: ClosedRange<Int>) -> Int? {
            var value = 0
            var length = 0
            while index < bytes.count, length < range.upperBound, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
                value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
                index += 1
                length += 1
            }
            return range.contains(length) ? value : nil
        }
    }
}
