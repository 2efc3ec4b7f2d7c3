/// A date and time of day, with the time zone offset if one was written.
///
/// Without an offset (`2026-11-24 09:30:00`) the time is local: the caller decides the time
/// zone (Zeche uses the site's). Fractions of a second are kept to the nanosecond.
public struct YAMLDateTime: Sendable, Hashable, CustomStringConvertible {
    /// The calendar date.
    public var date: YAMLDate
    /// The hour, 0 to 23.
    public var hour: Int
    /// The minute, 0 to 59.
    public var minute: Int
    /// The second, 0 to 59.
    public var second: Int
    /// The fraction of the second in nanoseconds; digits after the ninth are dropped.
    public var nanosecond: Int
    /// The offset from UTC in seconds (`+01:00` is 3600), or nil when none was written.
    public var offsetSeconds: Int?
    /// Whether the offset was written as `Z` rather than as `+00:00`.
    public var usesZ: Bool

    /// Creates a date-time; the parser only creates valid ones.
    public init(
        date: YAMLDate, hour: Int, minute: Int, second: Int, nanosecond: Int = 0,
        offsetSeconds: Int? = nil, usesZ: Bool = false
    ) {
        self.date = date
        self.hour = hour
        self.minute = minute
        self.second = second
        self.nanosecond = nanosecond
        self.offsetSeconds = offsetSeconds
        self.usesZ = usesZ
    }

    /// The ISO 8601 form `YYYY-MM-DDTHH:MM:SS`, then `.` and the fraction without trailing
    /// zeros if there is one, then `Z` or `±HH:MM` as written, or nothing for a local time.
    public var description: String {
        var text = date.description + "T" + padded(hour, 2) + ":" + padded(minute, 2) + ":" + padded(second, 2)
        if nanosecond > 0 {
            var fraction = padded(nanosecond, 9)
            while fraction.hasSuffix("0") { fraction.removeLast() }
            text += "." + fraction
        }
        if let offsetSeconds {
            if usesZ && offsetSeconds == 0 {
                text += "Z"
            } else {
                let magnitude = abs(offsetSeconds)
                text += (offsetSeconds < 0 ? "-" : "+") + padded(magnitude / 3600, 2) + ":" + padded(magnitude % 3600 / 60, 2)
            }
        }
        return text
    }

    /// The seconds from 1970-01-01T00:00:00Z to this time (without the fraction), taking
    /// `defaultOffsetSeconds` as the offset when none was written.
    public func secondsSince1970(defaultOffsetSeconds: Int = 0) -> Int {
        let local = date.daysSince1970 * 86_400 + hour * 3600 + minute * 60 + second
        return local - (offsetSeconds ?? defaultOffsetSeconds)
    }
}
