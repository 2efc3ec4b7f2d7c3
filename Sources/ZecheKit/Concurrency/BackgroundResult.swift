import Dispatch
import Synchronization

/// A value made on another thread while the caller goes on with work that does not need it:
/// `wait()` returns it once it is made.
package final class BackgroundResult<Value: Sendable>: Sendable {
    private let group = DispatchGroup()
    private let value = Mutex<Value?>(nil)

    package init(_ make: @escaping @Sendable () -> Value) {
        DispatchQueue.global(qos: .userInitiated).async(group: group) { [self] in
            let made = make()
            value.withLock { $0 = made }
        }
    }

    /// The value, once it is made; the thread that made it no longer holds it.
    package func wait() -> Value? {
        group.wait()
        return value.withLock { $0.take() }
    }
}
