import Testing
import TextCore

@Suite("Civil calendar") struct CivilCalendarTests {
    @Test("Known days convert both ways", arguments: [
        (1970, 1, 1, 0), (2000, 2, 29, 11_016), (2026, 11, 24, 20_781), (1969, 12, 31, -1), (1900, 3, 1, -25_508),
    ])
    func knownDays(_ year: Int, _ month: Int, _ day: Int, _ days: Int) {
        #expect(CivilCalendar.days(year: year, month: month, day: day) == days)
        #expect(CivilCalendar.date(fromDays: days) == (year, month, day))
    }

    @Test("Every day from 1600 to 2400 round-trips and follows the one before")
    func roundTrip() {
        var previous = CivilCalendar.days(year: 1600, month: 1, day: 1) - 1
        for year in 1600...2400 {
            for month in 1...12 {
                for day in 1...CivilCalendar.numberOfDays(inMonth: month, year: year) {
                    let days = CivilCalendar.days(year: year, month: month, day: day)
                    #expect(days == previous + 1)
                    previous = days
                }
            }
        }
        #expect(CivilCalendar.date(fromDays: previous) == (2400, 12, 31))
    }

    @Test("February has 29 days in leap years only", arguments: [(2024, 29), (2026, 28), (1900, 28), (2000, 29)])
    func february(_ year: Int, _ days: Int) {
        #expect(CivilCalendar.numberOfDays(inMonth: 2, year: year) == days)
    }

    @Test("1970-01-01 was a Thursday, 2026-11-24 a Tuesday")
    func weekdays() {
        #expect(CivilCalendar.weekday(fromDays: 0) == 4)
        #expect(CivilCalendar.weekday(fromDays: 20_781) == 2)
        #expect(CivilCalendar.weekday(fromDays: -1) == 3)
    }
}
