import TextCore

/// A calendar date written as `YYYY-MM-DD`, in the proleptic Gregorian calendar.
public struct YAMLDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year, 1 to 9999.
    public var year: Int
    /// The month, 1 to 12.
    public var month: Int
    /// The day of the month, 1 to 31.
    public var day: Int

    /// Creates a date; the parser only creates valid ones.
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date as `YYYY-MM-DD`.
    public var description: String {
        padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2)
    }

    /// The number of days from 1970-01-01 to this date (negative before it).
    public var daysSince1970: Int {
        CivilCalendar.days(year: year, month: month, day: day)
    }

    /// Whether `lhs` is an earlier day than `rhs`.
    public static func < (lhs: YAMLDate, rhs: YAMLDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

/// `value` in decimal, padded with zeros to `width` digits.
func padded(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
