/// Answers one request from a site snapshot: the part of the server that involves no sockets.
struct SiteResponder: Sendable {
    let snapshot: SiteSnapshot
    let liveReload: LiveReloadState
    /// The `Host` values answered; others get 421 (see `HostAllowlist`).
    let hosts: HostAllowlist

    func respond(to request: HTTPRequest) -> HTTPResponse {
        let isHead = request.method == "HEAD"
        var response = answer(request, isHead: isHead)
        // An unread body's bytes would be taken for the next request, and a client that sent
        // a malformed request is not to be trusted with the rest of its stream either.
        if request.announcesBody || response.status == .badRequest {
            response.closesConnection = true
        }
        if isHead { response.sendsBody = false }
        return response
    }

    private func answer(_ request: HTTPRequest, isHead: Bool) -> HTTPResponse {
        // Before anything else, the event stream included: a page of another site must not
        // read drafts or build errors through a name that resolves to this computer.
        guard hosts.allows(request.header("host")) else {
            let asked = request.header("host").map { "'\($0)'" } ?? "no Host"
            var response = HTTPResponse.plain(.misdirectedRequest, "the preview answers requests for \(hosts.description) only, not for \(asked)")
            response.closesConnection = true
            return response
        }
        guard request.method == "GET" || isHead else {
            var response = HTTPResponse.plain(.methodNotAllowed, "the preview serves GET and HEAD only")
            response.headers.append(("Allow", "GET, HEAD"))
            return response
        }
        // A GET with content has no defined meaning (RFC 9110 §9.3.1); refusing it is simpler
        // and safer than reading and discarding a body of unknown framing.
        if request.announcesBody {
            return .plain(.badRequest, "GET and HEAD requests must not have a body")
        }
        switch RequestPath.resolve(request.target) {
        case let .invalid(reason):
            return .plain(.badRequest, reason)
        case let .path(path, hasTrailingSlash):
            if path == LiveReloadScript.eventStreamPath && !hasTrailingSlash {
                return eventStream()
            }
            return lookUp(path, hasTrailingSlash: hasTrailingSlash, request: request)
        }
    }

    private func lookUp(_ path: String, hasTrailingSlash: Bool, request: HTTPRequest) -> HTTPResponse {
        let index = path == "/" ? "/index.html" : path + "/index.html"
        if hasTrailingSlash {
            if let file = snapshot.file(at: index) { return serve(file, request: request) }
        } else if let file = snapshot.file(at: path) {
            return serve(file, request: request)
        } else if snapshot.file(at: index) != nil {
            var location = RequestPath.encoded(path) + "/"
            if let query = request.target.firstIndex(of: "?").map({ request.target[$0...] }) {
                location += query
            }
            var response = HTTPResponse.plain(.movedPermanently, "moved to \(location)")
            response.headers.append(("Location", location))
            return response
        }
        return notFound()
    }

    private func serve(_ file: SiteFile, request: HTTPRequest) -> HTTPResponse {
        var body: [ArraySlice<UInt8>] = [file.bytes[...]]
        var entityTag = file.entityTag
        if let position = file.injectionPoint {
            body = HTMLInjection.parts(injecting: liveReload.scriptElement, into: file.bytes, at: position)
            // The page as sent includes the script, which changes with the version and errors.
            entityTag = String(entityTag.dropLast()) + "-\(liveReload.scriptTag)\""
        }
        let headers = [
            (name: "Content-Type", value: file.mediaType),
            (name: "ETag", value: entityTag),
            (name: "Cache-Control", value: "no-cache"),
            (name: "X-Content-Type-Options", value: "nosniff"),
        ]
        if let condition = request.header("if-none-match"), Self.matches(condition, entityTag) {
            var response = HTTPResponse(status: .notModified, headers: headers.filter { $0.name != "Content-Type" })
            response.sendsBody = false
            return response
        }
        return HTTPResponse(status: .ok, headers: headers, bodyParts: body)
    }

    private func notFound() -> HTTPResponse {
        let page = snapshot.file(at: "/404.html")
        let bytes = page?.bytes ?? Self.builtInNotFoundPage
        // Injected too: when the missing page is written, the open tab reloads and shows it.
        return HTTPResponse(
            status: .notFound,
            headers: [("Content-Type", "text/html; charset=utf-8"), ("Cache-Control", "no-cache")],
            bodyParts: HTMLInjection.parts(injecting: liveReload.scriptElement, into: bytes,
                                           at: page?.injectionPoint ?? HTMLInjection.position(in: bytes)))
    }

    private func eventStream() -> HTTPResponse {
        var response = HTTPResponse(
            status: .ok,
            headers: [("Content-Type", "text/event-stream"), ("Cache-Control", "no-cache")])
        response.isEventStream = true
        return response
    }

    /// Whether an `If-None-Match` value matches `entityTag`, by weak comparison (RFC 9110 §13.1.2).
    static func matches(_ condition: String, _ entityTag: String) -> Bool {
        let tags = condition.split(separator: ",").map { $0.trimmingSpaces() }
        return tags.contains { tag in
            tag == "*" || (tag.hasPrefix("W/") ? String(tag.dropFirst(2)) : tag) == entityTag
        }
    }

    private static let builtInNotFoundPage = Array("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Not found</title></head>
        <body><h1>Not found</h1><p>The site has no page here (yet).</p></body></html>

        """.utf8)
}
