import TextCore
import ZecheKit

/// The live-reload side of the server: the site version, the current build errors, and the
/// script element that pages get for them.
///
/// A value that the server keeps behind its lock; `apply` turns an event into the message for
/// the open streams.
struct LiveReloadState: Sendable {
    /// Tells this server's versions from another's, so a page served before a restart reloads.
    let instance: String
    private(set) var generation = 0
    private(set) var errors: [String] = []
    /// The `<script>` element to inject, for the current version and errors.
    private(set) var scriptElement: [UInt8] = []
    /// A short tag of `scriptElement`, part of an injected page's entity tag.
    private(set) var scriptTag = ""

    init(instance: String) {
        self.instance = instance
        refreshScript()
    }

    /// The site version pages are told about: `instance-generation`.
    var version: String { "\(instance)-\(generation)" }

    /// Records `event` and returns the message to send to every open stream.
    mutating func apply(_ event: LiveReloadEvent) -> ServerSentEvent {
        let message: ServerSentEvent
        switch event {
        case .reload:
            generation += 1
            errors = []
            message = ServerSentEvent(name: "reload", data: version)
        case .css:
            generation += 1
            errors = []
            message = ServerSentEvent(name: "css", data: version)
        case .overview:
            message = ServerSentEvent(name: "overview", data: version)
        case let .error(lines):
            errors = lines
            message = ServerSentEvent(name: "build-error", data: LiveReloadScript.json.text(.array(lines.map(JSONValue.string))))
        }
        refreshScript()
        return message
    }

    /// What a newly connected stream gets first: the reconnect delay, the version, and the
    /// current errors if the last build failed.
    var greeting: [UInt8] {
        var bytes = ServerSentEvent.retryAdvice
        bytes += ServerSentEvent(name: "hello", data: version).bytes
        if !errors.isEmpty {
            bytes += ServerSentEvent(name: "build-error", data: LiveReloadScript.json.text(.array(errors.map(JSONValue.string)))).bytes
        }
        return bytes
    }

    private mutating func refreshScript() {
        scriptElement = LiveReloadScript.element(version: version, errors: errors)
        scriptTag = ContentHash.short(scriptElement)
    }
}
