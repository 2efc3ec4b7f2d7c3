/// A document's date as the index orders and files it: the instant in seconds since 1970 and
/// the year as written.
///
/// Reads ISO 8601 as Zeche writes it: `YYYY-MM-DD`, optionally followed by `T` or a space,
/// `HH:MM`, `:SS`, a fraction, and `Z` or an offset `±HH:MM`. A date without an offset counts
/// as UTC, which orders the dates of one site correctly, as they share a time zone. A date
/// that does not parse has no instant and no year: it is ordered after every dated document.
struct DocumentDate: Comparable {
    let instant: Int?
    let year: String?

    init(_ text: String) {
        let bytes = Array(text.utf8)
        var reader = DateReader(bytes: bytes)
        guard let year = reader.number(4), reader.skip("-"), let month = reader.number(2), reader.skip("-"),
              let day = reader.number(2), (1...12).contains(month), (1...Self.days(inMonth: month, year: year)).contains(day)
        else {
            (instant, self.year) = (nil, nil)
            return
        }
        var seconds = Self.daysSince1970(year: year, month: month, day: day) * 86_400
        if reader.skip("T") || reader.skip(" ") {
            guard let hour = reader.number(2), hour < 24, reader.skip(":"), let minute = reader.number(2), minute < 60 else {
                (instant, self.year) = (nil, nil)
                return
            }
            seconds += hour * 3600 + minute * 60
            if reader.skip(":"), let second = reader.number(2), second < 61 { seconds += second }
            if reader.skip(".") { while reader.number(1) != nil {} }
            if !reader.skip("Z"), let sign = reader.sign() {
                guard let offset = reader.offsetMinutes() else {
                    (instant, self.year) = (nil, nil)
                    return
                }
                seconds -= sign * offset * 60
            }
        }
        guard reader.atEnd else {
            (instant, self.year) = (nil, nil)
            return
        }
        instant = seconds
        self.year = String(decoding: bytes[0..<4], as: UTF8.self)
    }

    /// Newer first; undated last.
    static func < (left: DocumentDate, right: DocumentDate) -> Bool {
        switch (left.instant, right.instant) {
        case let (left?, right?): left > right
        case (.some, nil): true
        default: false
        }
    }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Howard Hinnant's `days_from_civil`, in integers.
    static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
        let shifted = month <= 2 ? year - 1 : year
        let era = (shifted >= 0 ? shifted : shifted - 399) / 400
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

private struct DateReader {
    let bytes: [UInt8]
    var index = 0

    var atEnd: Bool { index == bytes.count }

    mutating func number(_ digits: Int) -> Int? {
        guard index + digits <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[index..<index + digits] {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        index += digits
        return value
    }

    mutating func skip(_ character: Unicode.Scalar) -> Bool {
        guard index < bytes.count, bytes[index] == UInt8(ascii: character) else { return false }
        index += 1
        return true
    }

    /// `HH:MM` or `HHMM`, in minutes.
    mutating func offsetMinutes() -> Int? {
        guard let hours = number(2) else { return nil }
        _ = skip(":")
        guard let minutes = number(2), hours < 24, minutes < 60 else { return nil }
        return hours * 60 + minutes
    }

    mutating func sign() -> Int? {
        if skip("+") { return 1 }
        if skip("-") { return -1 }
        return nil
    }
}
