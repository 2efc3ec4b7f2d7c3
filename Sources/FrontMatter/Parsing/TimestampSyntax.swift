import TextCore

/// The fields of a YAML 1.1 timestamp, matched with PyYAML's pattern: a date `YYYY-MM-DD`, or
/// a date-time `YYYY-M-D` + `T`/`t`/blanks + `H:MM:SS` + optional `.fraction` + optional
/// blanks and `Z` or `±H[:MM]`.
struct TimestampSyntax {
    var year = 0
    var month = 0
    var day = 0
    var time: (hour: Int, minute: Int, second: Int, nanosecond: Int)?
    var offset: (isNegative: Bool, hours: Int, minutes: Int)?
    var usesZ = false

    init?(_ bytes: [UInt8]) {
        var reader = Reader(bytes: bytes)
        guard let year = reader.number(minDigits: 4, maxDigits: 4), reader.skip(ASCII.minus),
              let month = reader.number(minDigits: 1, maxDigits: 2), reader.skip(ASCII.minus),
              let day = reader.number(minDigits: 1, maxDigits: 2) else { return nil }
        (self.year, self.month, self.day) = (year.value, month.value, day.value)
        if reader.isAtEnd {
            // A date alone needs two-digit months and days.
            guard month.digits == 2, day.digits == 2 else { return nil }
            return
        }
        if !(reader.skip(0x54) || reader.skip(0x74)) { // T t
            guard reader.skipBlanks() else { return nil }
        }
        guard let hour = reader.number(minDigits: 1, maxDigits: 2), reader.skip(ASCII.colon),
              let minute = reader.number(minDigits: 2, maxDigits: 2), reader.skip(ASCII.colon),
              let second = reader.number(minDigits: 2, maxDigits: 2) else { return nil }
        var nanosecond = 0
        if reader.skip(ASCII.dot) {
            // PyYAML keeps six digits (microseconds); nine are kept here.
            var scale = 100_000_000
            while let digit = reader.digit() {
                nanosecond += digit * scale
                scale /= 10
            }
        }
        time = (hour.value, minute.value, second.value, nanosecond)
        if reader.isAtEnd { return }
        _ = reader.skipBlanks()
        if reader.skip(0x5A) { // Z
            offset = (false, 0, 0)
            usesZ = true
        } else if reader.peek == ASCII.plus || reader.peek == ASCII.minus {
            let isNegative = reader.peek == ASCII.minus
            reader.index += 1
            guard let hours = reader.number(minDigits: 1, maxDigits: 2) else { return nil }
            var minutes = 0
            if reader.skip(ASCII.colon) {
                guard let value = reader.number(minDigits: 2, maxDigits: 2) else { return nil }
                minutes = value.value
            }
            offset = (isNegative, hours.value, minutes)
        } else {
            return nil
        }
        guard reader.isAtEnd else { return nil }
    }

    /// The date or date-time, or why it is not a valid one: every field out of range is named.
    func resolve(text: String) -> ScalarResolver.Resolution {
        let quoted = "'\(shortened(text))'"
        if let problem = DateFieldCheck.problem(
            year: year, month: month, day: day, hour: time?.hour ?? 0, minute: time?.minute ?? 0, second: time?.second ?? 0) {
            // No "put it in quotes" hint: front matter reads a date in quotes as a date too.
            return .invalid(message: "\(quoted) is not a valid \(problem.isTime ? "time" : "date"): \(problem.reason)",
                            fix: DateFieldCheck.fix)
        }
        let date = YAMLDate(year: year, month: month, day: day)
        guard let time else { return .value(.date(date)) }
        var offsetSeconds: Int?
        if let offset {
            guard offset.minutes <= 59, offset.hours * 60 + offset.minutes < 24 * 60 else {
                return .invalid(
                    message: "\(quoted) has an invalid time zone offset: it must be less than 24 hours, with minutes 0 to 59",
                    fix: "write the offset like +01:00 or -05:30, or Z for UTC")
            }
            let seconds = offset.hours * 3600 + offset.minutes * 60
            offsetSeconds = offset.isNegative ? -seconds : seconds
        }
        return .value(.dateTime(YAMLDateTime(
            date: date, hour: time.hour, minute: time.minute, second: time.second,
            nanosecond: time.nanosecond, offsetSeconds: offsetSeconds, usesZ: usesZ)))
    }

    private struct Reader {
        let bytes: [UInt8]
        var index = 0

        var isAtEnd: Bool { index == bytes.count }
        var peek: UInt8 { index < bytes.count ? bytes[index] : 0 }

        mutating func skip(_ byte: UInt8) -> Bool {
            guard peek == byte else { return false }
            index += 1
            return true
        }

        /// Skips spaces and tabs; false when there were none.
        mutating func skipBlanks() -> Bool {
            let start = index
            while peek == ASCII.space || peek == ASCII.tab { index += 1 }
            return index > start
        }

        mutating func digit() -> Int? {
            guard ASCII.isDigit(peek) else { return nil }
            index += 1
            return Int(bytes[index - 1] - ASCII.zero)
        }

        /// A run of `minDigits` to `maxDigits` digits, greedily.
        mutating func number(minDigits: Int, maxDigits: Int) -> (value: Int, digits: Int)? {
            var value = 0
            var digits = 0
            while digits < maxDigits, let digit = digit() {
                value = value * 10 + digit
                digits += 1
            }
            return digits >= minDigits ? (value, digits) : nil
        }
    }
}
