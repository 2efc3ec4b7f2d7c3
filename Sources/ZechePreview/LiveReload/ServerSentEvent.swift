/// One message of a `text/event-stream` (the HTML standard's server-sent events).
struct ServerSentEvent: Equatable, Sendable {
    /// The event type the page listens for with `addEventListener`.
    var name: String
    /// The payload; it must not be empty, since browsers drop events without data.
    var data: String

    /// The message as sent: `event:` and one `data:` line per line of `data`, then a blank line.
    var bytes: [UInt8] {
        var text = "event: \(name)\n"
        for line in data.split(separator: "\n", omittingEmptySubsequences: false) {
            text += "data: \(line)\n"
        }
        text += "\n"
        return Array(text.utf8)
    }

    /// A comment line: browsers ignore it, but it keeps idle connections from being dropped.
    static let heartbeat = Array(": heartbeat\n\n".utf8)

    /// Asks the browser to reconnect one second after losing the stream (default is three).
    static let retryAdvice = Array("retry: 1000\n\n".utf8)
}
