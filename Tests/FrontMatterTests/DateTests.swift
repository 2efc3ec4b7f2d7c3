import FrontMatter
import Testing

struct DateTests {
    @Test("Days since 1970 count back and forth", arguments: [
        (1970, 1, 1, 0), (1969, 12, 31, -1), (2000, 3, 1, 11_017), (2026, 11, 24, 20_781), (1, 1, 1, -719_162),
    ])
    func daysSince1970(_ year: Int, _ month: Int, _ day: Int, _ expected: Int) {
        #expect(YAMLDate(year: year, month: month, day: day).daysSince1970 == expected)
    }

    @Test("A date-time gives seconds since 1970 with its own or a default offset")
    func secondsSince1970() {
        let date = YAMLDate(year: 2026, month: 11, day: 24)
        let local = YAMLDateTime(date: date, hour: 9, minute: 30, second: 0)
        let berlin = YAMLDateTime(date: date, hour: 9, minute: 30, second: 0, offsetSeconds: 3600)
        #expect(local.secondsSince1970() == 1_795_512_600)
        #expect(local.secondsSince1970(defaultOffsetSeconds: 3600) == 1_795_509_000)
        #expect(berlin.secondsSince1970(defaultOffsetSeconds: -18_000) == 1_795_509_000)
    }

    @Test("A date-time prints its offset as written", arguments: [
        ("2026-11-24 09:30:00", "2026-11-24T09:30:00"),
        ("2026-11-24T09:30:00Z", "2026-11-24T09:30:00Z"),
        ("2026-11-24T09:30:00 +00:00", "2026-11-24T09:30:00+00:00"),
        ("2026-11-24T09:30:00-0", "2026-11-24T09:30:00+00:00"),
        ("2026-11-24T09:30:00+5:30", "2026-11-24T09:30:00+05:30"),
        ("2026-11-24T09:30:00.123456789-03:00", "2026-11-24T09:30:00.123456789-03:00"),
        ("2026-11-24T09:30:00.1234567891Z", "2026-11-24T09:30:00.123456789Z"),
        ("2026-11-24T09:30:00.000Z", "2026-11-24T09:30:00Z"),
        ("0001-1-1 0:00:00", "0001-01-01T00:00:00"),
    ])
    func description(_ yaml: String, _ expected: String) throws {
        #expect(try YAMLParser().parse(yaml).dateTimeValue?.description == expected)
    }
}
