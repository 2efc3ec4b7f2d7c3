/// When two mapping keys are the same key, by Python's rules, which PyYAML's dictionaries
/// follow: `1`, `1.0` and `true` are one key; a date and a date-time never are; two times with
/// offsets are the same key when they are the same instant.
enum KeyIdentity: Hashable {
    case null
    case integer(Int)
    case float(UInt64)
    case string(String)
    case date(YAMLDate)
    case localDateTime(YAMLDateTime)
    case instant(seconds: Int, nanosecond: Int)
    case collection(Int)

    init(_ value: YAMLValue) {
        switch value {
        case .null:
            self = .null
        case .bool(let flag):
            self = .integer(flag ? 1 : 0)
        case .int(let number):
            self = .integer(number)
        case .double(let number):
            // A truncating conversion rather than rounded() or Int(exactly:): those call libm,
            // which nothing links into a target without Foundation.
            if number.isFinite, number > -9.2e18, number < 9.2e18, Double(Int(number)) == number {
                self = .integer(Int(number))
            } else {
                self = .float(number.bitPattern)
            }
        case .string(let text):
            self = .string(text)
        case .date(let date):
            self = .date(date)
        case .dateTime(let dateTime):
            if dateTime.offsetSeconds != nil {
                self = .instant(seconds: dateTime.secondsSince1970(), nanosecond: dateTime.nanosecond)
            } else {
                self = .localDateTime(dateTime)
            }
        case .sequence(let items):
            self = .collection(items.count)
        case .mapping(let pairs):
            self = .collection(pairs.count)
        }
    }
}
