import Foundation

/// Checks `condition` every 20 ms until it holds or `timeout` passes; returns whether it held.
/// Only for waiting on the server's thread: tests never assert how fast something happens.
func eventually(timeout: Duration = .seconds(10), _ condition: () -> Bool) -> Bool {
    let clock = ContinuousClock()
    let deadline = clock.now.advanced(by: timeout)
    while clock.now < deadline {
        if condition() { return true }
        Thread.sleep(forTimeInterval: 0.02)
    }
    return condition()
}
