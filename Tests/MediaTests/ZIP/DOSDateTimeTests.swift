import Foundation
@testable import Media
import Testing

@Suite struct DOSDateTimeTests {
    @Test("The earliest time is 1980-01-01 00:00:00, stored as date 0x21 and time 0")
    func earliest() {
        #expect(DOSDateTime.earliest.description == "1980-01-01 00:00:00")
        #expect(DOSDateTime.earliest.dosDate == 0x0021)
        #expect(DOSDateTime.earliest.dosTime == 0)
    }

    @Test("Parts are packed into ZIP's fields, seconds rounded down to even")
    func packing() throws {
        let time = try #require(DOSDateTime(year: 2026, month: 11, day: 24, hour: 14, minute: 30, second: 59))
        #expect(time.second == 58)
        #expect(time.dosDate == UInt16((2026 - 1980) << 9 | 11 << 5 | 24))
        #expect(time.dosTime == UInt16(14 << 11 | 30 << 5 | 29))
    }

    @Test("Impossible dates and dates outside 1980 to 2107 are refused")
    func invalid() {
        #expect(DOSDateTime(year: 1979, month: 12, day: 31) == nil)
        #expect(DOSDateTime(year: 2108, month: 1, day: 1) == nil)
        #expect(DOSDateTime(year: 2026, month: 2, day: 29) == nil)
        #expect(DOSDateTime(year: 2028, month: 2, day: 29) != nil)
        #expect(DOSDateTime(year: 2100, month: 2, day: 29) == nil)
        #expect(DOSDateTime(year: 2026, month: 4, day: 31) == nil)
        #expect(DOSDateTime(year: 2026, month: 1, day: 1, hour: 24) == nil)
    }

    @Test("A date becomes the wall-clock time of its zone, clamped to ZIP's range")
    func fromDate() throws {
        let berlin = try #require(TimeZone(identifier: "Europe/Berlin"))
        // 2026-11-24T13:30:00Z is 14:30 in Berlin.
        #expect(DOSDateTime(Date(timeIntervalSince1970: 1_795_527_000), in: berlin).description == "2026-11-24 14:30:00")
        #expect(DOSDateTime(Date(timeIntervalSince1970: 0), in: berlin) == .earliest)
        #expect(DOSDateTime(Date(timeIntervalSince1970: 5_000_000_000), in: berlin).description == "2107-12-31 23:59:58")
    }
}
