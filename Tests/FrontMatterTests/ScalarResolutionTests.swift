import FrontMatter
import Testing

/// How a plain scalar resolves, following PyYAML's YAML 1.1 resolvers.
struct ScalarResolutionTests {
    static func value(of text: String) throws -> YAMLValue? {
        try YAMLParser().parse("v: \(text)\n")["v"]?.value
    }

    static func date(_ year: Int, _ month: Int, _ day: Int) -> YAMLDate {
        YAMLDate(year: year, month: month, day: day)
    }

    static let cases: [(String, YAMLValue)] = [
        ("", .null), ("~", .null), ("null", .null), ("Null", .null), ("NULL", .null),
        ("nULL", .string("nULL")), ("'null'", .string("null")),
        ("true", .bool(true)), ("True", .bool(true)), ("TRUE", .bool(true)),
        ("yes", .bool(true)), ("Yes", .bool(true)), ("YES", .bool(true)),
        ("on", .bool(true)), ("On", .bool(true)), ("ON", .bool(true)),
        ("false", .bool(false)), ("no", .bool(false)), ("No", .bool(false)),
        ("off", .bool(false)), ("OFF", .bool(false)),
        ("y", .string("y")), ("n", .string("n")), ("tRue", .string("tRue")), ("\"yes\"", .string("yes")),
        ("0", .int(0)), ("42", .int(42)), ("-17", .int(-17)), ("+1", .int(1)), ("-0", .int(0)),
        ("1_000", .int(1000)), ("0x1F", .int(31)), ("-0x1f", .int(-31)), ("010", .int(8)),
        ("0_7", .int(7)), ("0b1010", .int(10)), ("1:30", .int(90)), ("-1:30", .int(-90)),
        ("190:20:30", .int(685_230)), ("9223372036854775807", .int(Int.max)),
        ("-9223372036854775808", .int(Int.min)),
        ("0o17", .string("0o17")), ("08", .string("08")), ("1e5", .string("1e5")), ("12:60", .string("12:60")),
        ("09:30", .string("09:30")), ("0x", .string("0x")),
        ("1.5", .double(1.5)), ("-2.25", .double(-2.25)), ("1.", .double(1)), (".5", .double(0.5)),
        ("1_000.25", .double(1000.25)), ("6.02e+23", .double(6.02e23)), ("1.0e-10", .double(1e-10)),
        ("1:30.5", .double(90.5)), (".inf", .double(.infinity)), ("-.Inf", .double(-.infinity)),
        ("+.INF", .double(.infinity)), ("1.10", .double(1.1)), ("1.0e+999", .double(.infinity)),
        ("-.5", .string("-.5")), ("1.0e5", .string("1.0e5")), ("1.2.3", .string("1.2.3")), ("-.nan", .string("-.nan")),
        ("2026-11-24", .date(date(2026, 11, 24))), ("2024-02-29", .date(date(2024, 2, 29))),
        ("2026-1-24", .string("2026-1-24")), ("2026/11/24", .string("2026/11/24")),
        ("2026-11-24T09:30:00", .dateTime(YAMLDateTime(date: date(2026, 11, 24), hour: 9, minute: 30, second: 0))),
        ("2026-11-24 09:30:00", .dateTime(YAMLDateTime(date: date(2026, 11, 24), hour: 9, minute: 30, second: 0))),
        ("2026-11-24t09:30:00", .dateTime(YAMLDateTime(date: date(2026, 11, 24), hour: 9, minute: 30, second: 0))),
        ("2026-11-24T09:30:00+01:00", .dateTime(YAMLDateTime(
            date: date(2026, 11, 24), hour: 9, minute: 30, second: 0, offsetSeconds: 3600))),
        ("2026-11-24T09:30:00-05:30", .dateTime(YAMLDateTime(
            date: date(2026, 11, 24), hour: 9, minute: 30, second: 0, offsetSeconds: -19_800))),
        ("2026-11-24T09:30:00Z", .dateTime(YAMLDateTime(
            date: date(2026, 11, 24), hour: 9, minute: 30, second: 0, offsetSeconds: 0, usesZ: true))),
        ("2026-11-24 09:30:00 +5", .dateTime(YAMLDateTime(
            date: date(2026, 11, 24), hour: 9, minute: 30, second: 0, offsetSeconds: 18_000))),
        ("2001-1-2 3:04:05", .dateTime(YAMLDateTime(date: date(2001, 1, 2), hour: 3, minute: 4, second: 5))),
        ("2026-11-24T09:30:00.123456789Z", .dateTime(YAMLDateTime(
            date: date(2026, 11, 24), hour: 9, minute: 30, second: 0, nanosecond: 123_456_789,
            offsetSeconds: 0, usesZ: true))),
        ("2026-11-24T09:30", .string("2026-11-24T09:30")), ("2026-11-24T09:30:00z", .string("2026-11-24T09:30:00z")),
        ("Grüße 🎉", .string("Grüße 🎉")), ("<<x", .string("<<x")), ("==", .string("==")),
    ]

    @Test("A plain scalar resolves as PyYAML resolves it", arguments: cases)
    func resolves(_ text: String, _ expected: YAMLValue) throws {
        #expect(try Self.value(of: text) == expected)
    }

    @Test("NaN resolves to a float that is not a number", arguments: [".nan", ".NaN", ".NAN"])
    func notANumber(_ text: String) throws {
        let value = try #require(try Self.value(of: text))
        guard case .double(let number) = value else {
            Issue.record("expected a float, got \(value)")
            return
        }
        #expect(number.isNaN)
    }

    @Test("Quoted and block scalars stay strings", arguments: ["'42'", "\"true\"", "'2026-11-24'", "\"~\""])
    func quotedStaysString(_ text: String) throws {
        let value = try #require(try Self.value(of: text))
        #expect(value == .string(String(text.dropFirst().dropLast())))
        #expect(try YAMLParser().parse("v: |-\n  42\n")["v"]?.value == .string("42"))
    }
}
