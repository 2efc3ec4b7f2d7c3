import Synchronization

/// A value made the first time it is asked for, by whichever thread asks first, and kept: for
/// a table that some callers need and most runs never read (a one-shot build does not look up
/// articles by path; the preview does).
final class LazyValue<Value: Sendable>: Sendable {
    private let make: @Sendable () -> Value
    private let made = Mutex<Value?>(nil)

    init(_ make: @escaping @Sendable () -> Value) {
        self.make = make
    }

    var value: Value {
        made.withLock { made in
            if let made { return made }
            let value = make()
            made = value
            return value
        }
    }
}
