import Dispatch
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Catches SIGINT and SIGTERM, so that `zeche serve` can stop its server and watcher and
/// remove its temporary files instead of dying mid-write.
///
/// ```swift
/// let signals = TerminationSignals()
/// let signal = signals.wait()        // blocks until Ctrl-C or `kill`
/// watcher.stop(); server.stop()      // clean up, then exit(128 + signal)
/// ```
///
/// After the first signal the signals get their default action back, so a second Ctrl-C ends a
/// cleanup that hangs. A class because it owns the process's signal dispositions while alive.
///
/// Make one per process: on Linux, libdispatch installs its signal handler only the first time
/// a signal gets a source, so a second instance for a signal that was restored would not see it.
public final class TerminationSignals: Sendable {
    /// SIGINT (Ctrl-C) and SIGTERM (`kill`, service managers).
    public static let interruptAndTerminate: [Int32] = [SIGINT, SIGTERM]

    private let state: SignalState

    /// Starts catching `signals`; `handler`, if given, runs on a private queue for the first
    /// one that arrives.
    public init(signals: [Int32] = TerminationSignals.interruptAndTerminate, handler: (@Sendable (Int32) -> Void)? = nil) {
        let queue = DispatchQueue(label: "zeche.signals")
        let state = SignalState(signals: signals)
        var sources: [any DispatchSourceSignal] = []
        let armed = DispatchGroup()
        for number in signals {
            #if canImport(Darwin)
            // kqueue sees a signal only after its normal disposition, which would end the
            // process. On Linux libdispatch installs a handler of its own when it arms the source.
            signal(number, SIG_IGN)
            #endif
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            armed.enter()
            source.setRegistrationHandler { armed.leave() }
            source.setEventHandler {
                guard state.recordFirst(number) else { return }
                state.restore()
                handler?(number)
                state.arrival.signal()
            }
            sources.append(source)
        }
        for source in sources { source.resume() }
        // A signal sent before the sources are armed would still get the old disposition.
        armed.wait()
        state.sources.withLock { $0 = SignalSources(all: sources) }
        self.state = state
    }

    /// Blocks until one of the signals arrives and returns it, or returns `nil` after `timeout`.
    public func wait(timeout: Duration? = nil) -> Int32? {
        if let timeout {
            let (seconds, attoseconds) = timeout.components
            let nanoseconds = Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000)
            guard state.arrival.wait(timeout: .now() + .nanoseconds(nanoseconds)) == .success else { return nil }
        } else {
            state.arrival.wait()
        }
        state.arrival.signal()  // Later waits return at once too.
        return receivedSignal
    }

    /// The signal that arrived, if one did.
    public var receivedSignal: Int32? {
        state.received.withLock { $0 }
    }

    /// Stops catching the signals and gives them their default action back.
    public func restore() {
        state.restore()
    }

    deinit {
        state.restore()
    }
}

/// The part the dispatch sources' handlers share with `TerminationSignals`.
private final class SignalState: Sendable {
    let signals: [Int32]
    let sources = Mutex(SignalSources(all: []))
    let received = Mutex<Int32?>(nil)
    let arrival = DispatchSemaphore(value: 0)

    init(signals: [Int32]) {
        self.signals = signals
    }

    /// Records `number` if it is the first signal; returns whether it was.
    func recordFirst(_ number: Int32) -> Bool {
        received.withLock { first in
            guard first == nil else { return false }
            first = number
            return true
        }
    }

    func restore() {
        let sources = self.sources.withLock { current in
            defer { current = SignalSources(all: []) }
            return current
        }
        guard !sources.all.isEmpty else { return }
        for source in sources.all { source.cancel() }
        for number in signals { signal(number, SIG_DFL) }
    }
}

/// Dispatch sources may be cancelled from any thread (libdispatch's documented contract), but
/// the Linux overlay does not mark its source protocols Sendable; hence unchecked.
private struct SignalSources: @unchecked Sendable {
    var all: [any DispatchSourceSignal]
}
