public import Foundation
import TextCore

/// A date and time as ZIP stores it for each file (MS-DOS format: local time without zone,
/// 1980 to 2107, seconds in steps of two).
///
/// ``ZIPWriter`` gives every file of an archive the same time, so that an archive's bytes
/// depend only on its files' names and contents: the time its caller passes (the press kit's
/// album date, for instance), or ``earliest``, 1980-01-01 00:00:00, the first time ZIP can
/// store.
public struct DOSDateTime: Equatable, Hashable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int
    public let hour: Int
    public let minute: Int
    /// The seconds, rounded down to an even number, as ZIP stores them.
    public let second: Int

    /// 1980-01-01 00:00:00, the earliest time ZIP can store.
    public static let earliest = DOSDateTime(checkedYear: 1980, month: 1, day: 1, hour: 0, minute: 0, second: 0)

    /// A time from its parts, or `nil` when it is no real date or lies outside 1980 to 2107.
    public init?(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        guard (1980...2107).contains(year), (1...12).contains(month),
              (1...CivilCalendar.numberOfDays(inMonth: month, year: year)).contains(day),
              (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second) else { return nil }
        self.init(checkedYear: year, month: month, day: day, hour: hour, minute: minute, second: second)
    }

    /// The wall-clock time of `date` in `timeZone`; a date before 1980 becomes ``earliest`` and
    /// one after 2107 the last time ZIP can store.
    public init(_ date: Date, in timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let year = parts.year ?? 1980
        if year < 1980 {
            self = .earliest
        } else if year > 2107 {
            self.init(checkedYear: 2107, month: 12, day: 31, hour: 23, minute: 59, second: 58)
        } else {
            self.init(checkedYear: year, month: parts.month ?? 1, day: parts.day ?? 1, hour: parts.hour ?? 0,
                      minute: parts.minute ?? 0, second: parts.second ?? 0)
        }
    }

    private init(checkedYear year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second - second % 2
    }

    /// `YYYY-MM-DD hh:mm:ss`.
    public var description: String {
        func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(twoDigits(month))-\(twoDigits(day)) \(twoDigits(hour)):\(twoDigits(minute)):\(twoDigits(second))"
    }

    /// The date field of a ZIP header: years since 1980, month and day in 7, 4 and 5 bits.
    var dosDate: UInt16 { UInt16((year - 1980) << 9 | month << 5 | day) }

    /// The time field: hours, minutes and seconds divided by two in 5, 6 and 5 bits.
    var dosTime: UInt16 { UInt16(hour << 11 | minute << 5 | second / 2) }
}
