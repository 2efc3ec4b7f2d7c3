extension PreviewServer {
    /// Where a preview server listens and how long it waits for clients.
    public struct Configuration: Sendable {
        /// The address to listen on: an IP address or a host name. The default keeps the
        /// preview private to this machine.
        public var host: String
        /// The TCP port; 0 lets the system pick a free one (see `PreviewServer.port`).
        public var port: Int
        /// How long a kept-alive connection may sit idle between requests, and how long a
        /// client may take to accept response bytes, before it is closed.
        public var idleTimeout: Duration = .seconds(30)
        /// How long a client may take to send a request's head, counted from its first byte;
        /// slower clients (slowloris) get 408 and are closed.
        public var requestHeadTimeout: Duration = .seconds(10)
        /// How often open live-reload streams get a comment line, so nothing between browser
        /// and server drops them for being quiet.
        public var heartbeatInterval: Duration = .seconds(15)
        /// The most client connections at once; newer ones are closed right after accepting.
        public var maxConnections = 4_096

        /// The mechanism the event loop waits with; tests choose `poll` to cover the fallback.
        var pollerKind = PollerKind.automatic

        /// A configuration for `host` and `port`, with the default timeouts and limits.
        public init(host: String = "127.0.0.1", port: Int = 8000) {
            self.host = host
            self.port = port
        }
    }
}
