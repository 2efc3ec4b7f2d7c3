/// A WordPress date (`2010-10-05 00:27:25`, the site's local time) as a YAML timestamp, with
/// the offset that the GMT date beside it gives.
enum WordPressDate {
    /// `2010-10-05T00:27:25-07:00`; without a usable GMT date, `2010-10-05T00:27:25` (read in
    /// the site's time zone). Nil when `local` is no date.
    static func timestamp(local: String, gmt: String) -> String? {
        guard let localParts = parts(local) else { return nil }
        let text = fourDigits(localParts.year) + "-" + two(localParts.month) + "-" + two(localParts.day)
            + "T" + two(localParts.hour) + ":" + two(localParts.minute) + ":" + two(localParts.second)
        guard let gmtParts = parts(gmt) else { return text }
        let offset = seconds(localParts) - seconds(gmtParts)
        // Offsets are whole minutes within a day; anything else is a broken export.
        guard abs(offset) <= 18 * 3600, offset % 60 == 0 else { return text }
        if offset == 0 { return text + "Z" }
        let sign = offset < 0 ? "-" : "+"
        let minutes = abs(offset) / 60
        return text + sign + two(minutes / 60) + ":" + two(minutes % 60)
    }

    /// Year, month, day, hour, minute and second of `YYYY-MM-DD HH:MM:SS`; nil for other text
    /// and for WordPress's `0000-00-00 00:00:00` of a draft.
    static func parts(_ text: String) -> (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int)? {
        let fields = text.split(whereSeparator: { $0 == "-" || $0 == " " || $0 == ":" || $0 == "T" }).map { Int($0) }
        guard fields.count == 6, let year = fields[0], let month = fields[1], let day = fields[2],
              let hour = fields[3], let minute = fields[4], let second = fields[5],
              year >= 1, (1...12).contains(month), (1...31).contains(day), (0...23).contains(hour),
              (0...59).contains(minute), (0...60).contains(second)
        else { return nil }
        return (year, month, day, hour, minute, second)
    }

    /// Seconds since 1970 of a calendar time read as UTC (Howard Hinnant's days-from-civil).
    private static func seconds(_ parts: (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int)) -> Int {
        let year = parts.month <= 2 ? parts.year - 1 : parts.year
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let dayOfYear = (153 * (parts.month + (parts.month > 2 ? -3 : 9)) + 2) / 5 + parts.day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        return days * 86_400 + parts.hour * 3600 + parts.minute * 60 + parts.second
    }

    private static func two(_ value: Int) -> String {
        value < 10 ? "0" + String(value) : String(value)
    }
}

/// A year with four digits: `0987`, `2026`.
func fourDigits(_ value: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}
