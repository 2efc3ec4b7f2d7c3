public import Foundation
import TextCore

/// An instant together with its wall-clock fields in the site's time zone.
///
/// Front matter dates without an offset are read in the site's time zone; dates with an
/// offset are converted to it, so permalinks and displayed dates always use the site's
/// calendar day. Formatting is our own code (no Foundation formatters on hot paths).
public struct SiteDate: Sendable, Hashable, Comparable {
    /// Seconds since 1970-01-01T00:00:00Z.
    public let secondsSince1970: Int64
    /// The offset from UTC of the site's time zone at this instant.
    public let utcOffsetSeconds: Int
    public let year: Int
    public let month: Int
    public let day: Int
    public let hour: Int
    public let minute: Int
    public let second: Int

    /// The instant `secondsSince1970`, seen in `timeZone`.
    public init(secondsSince1970: Int64, timeZone: TimeZone) {
        let offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(secondsSince1970)))
        self.init(secondsSince1970: secondsSince1970, utcOffsetSeconds: offset)
    }

    /// The instant `secondsSince1970`, seen at a fixed offset from UTC.
    public init(secondsSince1970: Int64, utcOffsetSeconds: Int) {
        self.secondsSince1970 = secondsSince1970
        self.utcOffsetSeconds = utcOffsetSeconds
        let local = secondsSince1970 + Int64(utcOffsetSeconds)
        let days = Int(local >= 0 ? local / 86_400 : (local - 86_399) / 86_400)
        let secondsOfDay = Int(local - Int64(days) * 86_400)
        (year, month, day) = CivilCalendar.date(fromDays: days)
        hour = secondsOfDay / 3600
        minute = secondsOfDay / 60 % 60
        second = secondsOfDay % 60
    }

    /// A wall-clock time in `timeZone`, or, when `utcOffsetSeconds` is given, at that offset
    /// (and then seen in `timeZone`). Returns `nil` for an impossible calendar date.
    public init?(
        year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0,
        utcOffsetSeconds: Int? = nil, timeZone: TimeZone
    ) {
        guard (1...12).contains(month), (1...CivilCalendar.numberOfDays(inMonth: month, year: year)).contains(day),
              (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second)
        else { return nil }
        let local = Int64(CivilCalendar.days(year: year, month: month, day: day)) * 86_400
            + Int64(hour * 3600 + minute * 60 + min(second, 59))
        if let utcOffsetSeconds {
            self.init(secondsSince1970: local - Int64(utcOffsetSeconds), timeZone: timeZone)
            return
        }
        // The zone's offset at the wall-clock time: guess with the offset at `local` as if it
        // were UTC, then correct once (enough for daylight-saving changes).
        var guess = local - Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(local))))
        guess = local - Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(guess))))
        self.init(secondsSince1970: guess, timeZone: timeZone)
    }

    public static func < (lhs: SiteDate, rhs: SiteDate) -> Bool {
        lhs.secondsSince1970 < rhs.secondsSince1970
    }

    /// RFC 3339 / ISO 8601 with the offset: `2026-11-24T10:00:00+01:00`.
    public var iso8601: String {
        let offset = abs(utcOffsetSeconds)
        // Every page, feed entry and sitemap entry writes one: digits into 25 bytes. Years
        // outside 0...9999 and offsets of 100 hours or more take the general way.
        guard (0...9999).contains(year), offset < 360_000 else {
            let sign = utcOffsetSeconds < 0 ? "-" : "+"
            return "\(dayString)T\(pad(hour)):\(pad(minute)):\(pad(second))\(sign)\(pad(offset / 3600)):\(pad(offset / 60 % 60))"
        }
        return String(unsafeUninitializedCapacity: 25) { bytes in
            // Each field's digits end where the next field's separator is.
            func put(_ value: Int, digits count: Int, then separator: UInt8, at end: Int) {
                var rest = value
                for index in stride(from: end - 1, through: end - count, by: -1) {
                    bytes[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
                if end < 25 { bytes[end] = separator }
            }
            put(year, digits: 4, then: UInt8(ascii: "-"), at: 4)
            put(month, digits: 2, then: UInt8(ascii: "-"), at: 7)
            put(day, digits: 2, then: UInt8(ascii: "T"), at: 10)
            put(hour, digits: 2, then: UInt8(ascii: ":"), at: 13)
            put(minute, digits: 2, then: UInt8(ascii: ":"), at: 16)
            put(second, digits: 2, then: UInt8(ascii: utcOffsetSeconds < 0 ? "-" : "+"), at: 19)
            put(offset / 3600, digits: 2, then: UInt8(ascii: ":"), at: 22)
            put(offset / 60 % 60, digits: 2, then: 0, at: 25)
            return 25
        }
    }

    /// The calendar day: `2026-11-24`.
    public var dayString: String {
        "\(pad(year, 4))-\(pad(month))-\(pad(day))"
    }

    /// The wall-clock time to the minute: `09:00`.
    public var timeString: String {
        "\(pad(hour)):\(pad(minute))"
    }

    private func pad(_ value: Int, _ width: Int = 2) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
