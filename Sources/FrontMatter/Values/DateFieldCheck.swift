import TextCore

/// Names the fields of a written date or time that are out of range, so that a message can
/// say "month 13 (1 to 12) and day 45 (1 to 31) are out of range" instead of only "invalid".
package enum DateFieldCheck {
    /// The forms of a date that front matter takes, for messages that show what a valid one
    /// looks like.
    package static let validForms = "2026-11-24, 2026-11-24 14:30 or 2026-11-24T14:30:00+01:00"

    /// The fix for a date with a field out of range.
    package static let fix = "write a date that exists, like \(validForms)"

    /// Why the fields do not make a date or a time, or `nil` when each is in its range:
    /// `isTime` is true when only the time is wrong; `reason` is "month 13 is out of range
    /// (1 to 12)", or "month 13 (1 to 12) and day 45 (1 to 31) are out of range".
    package static func problem(
        year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0
    ) -> (isTime: Bool, reason: String)? {
        var dateFields: [(String, String)] = []
        if year < 1 { dateFields.append(("year \(year)", "1 to 9999")) }
        if !(1...12).contains(month) { dateFields.append(("month \(month)", "1 to 12")) }
        let days = (1...12).contains(month) ? CivilCalendar.numberOfDays(inMonth: month, year: year) : 31
        if !(1...days).contains(day) {
            let range = (1...12).contains(month) && day >= 1 && day <= 31
                ? "\(monthNames[month - 1]) \(year) has \(days) days" : "1 to \(days)"
            dateFields.append(("day \(day)", range))
        }
        var timeFields: [(String, String)] = []
        if !(0...23).contains(hour) { timeFields.append(("hour \(hour)", "0 to 23")) }
        if !(0...59).contains(minute) { timeFields.append(("minute \(minute)", "0 to 59")) }
        if !(0...59).contains(second) { timeFields.append(("second \(second)", "0 to 59")) }
        let fields = dateFields + timeFields
        guard let first = fields.first else { return nil }
        let reason: String
        if fields.count == 1 {
            reason = "\(first.0) is out of range (\(first.1))"
        } else {
            let named = fields.map { "\($0.0) (\($0.1))" }
            reason = named.dropLast().joined(separator: ", ") + " and \(named[named.count - 1]) are out of range"
        }
        return (dateFields.isEmpty, reason)
    }

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]
}
