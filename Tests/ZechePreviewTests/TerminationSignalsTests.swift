import Testing
@testable import ZechePreview
#if canImport(Glibc)
import Glibc
#endif

@Suite struct TerminationSignalsTests {
    @Test func aCaughtSignalIsReportedOnceAndItsDefaultActionRestored() throws {
        // SIGUSR2, not SIGINT: the test runner itself must not see an interrupt.
        let signals = TerminationSignals(signals: [SIGUSR2])
        #expect(signals.receivedSignal == nil)
        kill(getpid(), SIGUSR2)
        #expect(signals.wait(timeout: .seconds(10)) == SIGUSR2)
        #expect(signals.wait(timeout: .seconds(1)) == SIGUSR2)

        var current = sigaction()
        sigaction(SIGUSR2, nil, &current)
        #expect(current.__sigaction_handler.sa_handler == nil)
    }

    @Test func waitGivesUpAfterItsTimeout() {
        let signals = TerminationSignals(signals: [SIGWINCH])
        #expect(signals.wait(timeout: .milliseconds(50)) == nil)
        signals.restore()
    }
}
