extension Renderer {
    /// Warns, once per location, that the name at `site` is not set; see ``unsetMessage(path:)``.
    mutating func warnUnset(path: Int32, site: Int32) {
        guard !warnedSites.contains(site), let message = unsetMessage(path: path) else { return }
        warn(message, at: site)
    }

    /// Why a key path resolved to nothing, or `nil` when that is no reason to warn.
    ///
    /// No warning for `.`; for a name that only fails inside a list of items that are not objects
    /// (the item might have been meant to have the key, and other items may); or for a key path
    /// that passes through `null` or `false` (an optional object the site declared unset).
    func unsetMessage(path pathIndex: Int32) -> String? {
        let path = program.paths[Int(pathIndex)]
        let keys = program.keys[Int(path.keysStart)..<Int(path.keysStart + path.count)].map { $0 }
        guard let first = keys.first else { return nil }
        var found: TemplateValue?
        for context in contexts.reversed() {
            if let value = context.member(first) {
                found = value
                break
            }
        }
        guard var value = found else {
            if scalarItems > 0 { return nil }
            var candidates: Set<String> = []
            for context in contexts { candidates.formUnion(context.memberNames) }
            return notSetMessage(keys, failingAt: 0, candidates: candidates)
        }
        for index in keys.indices.dropFirst() {
            switch value {
            case .object, .record:
                guard let next = value.member(keys[index]) else {
                    return notSetMessage(keys, failingAt: index, candidates: Set(value.memberNames))
                }
                value = next
            case .null, .bool(false):
                return nil
            default:
                let prefix = keys[..<index].joined(separator: ".")
                return "'\(path.name)' is not set; '\(prefix)' is \(value.kindDescription), not an object"
            }
        }
        return nil
    }

    private func notSetMessage(_ keys: [String], failingAt index: Int, candidates: Set<String>) -> String {
        let name = keys.joined(separator: ".")
        guard let suggestion = Suggestion.nearest(to: keys[index], among: candidates) else {
            return "'\(name)' is not set"
        }
        var fixed = keys
        fixed[index] = suggestion
        return "'\(name)' is not set; did you mean '\(fixed.joined(separator: "."))'?"
    }

    /// In strict mode, interpolating a list or an object shows nothing, which is never meant.
    mutating func checkInterpolated(_ value: TemplateValue, path pathIndex: Int32, site: Int32) {
        let path = program.paths[Int(pathIndex)]
        guard path.count > 0, !warnedSites.contains(site) else { return }
        switch value {
        case .array:
            warn("'\(path.name)' is a list, which renders as nothing; show its items with a section", at: site)
        case .object, .record:
            let field = value.memberNames.min().map { ", e.g. '\(path.name).\($0)'" } ?? ""
            warn("'\(path.name)' is an object, which renders as nothing; name one of its fields\(field)", at: site)
        default:
            break
        }
    }

    /// Warns that a partial or parent does not exist.
    mutating func warnMissingTemplate(_ name: String, of call: Include, dynamicName: String?) {
        guard !warnedSites.contains(call.site) else { return }
        var message = "\(call.isParent ? "parent" : "partial") '\(name)'"
        if let dynamicName { message += " (the value of '\(dynamicName)')" }
        message += " does not exist"
        if let suggestion = Suggestion.nearest(to: name, among: Set(names.keys)) {
            message += "; did you mean '\(suggestion)'?"
        }
        warn(message, at: call.site)
    }

    private mutating func warn(_ message: String, at site: Int32) {
        warnedSites.insert(site)
        let location = position(of: site)
        warnings.append(TemplateWarning(
            path: location.path, line: location.line, column: location.column, message: message))
    }

    /// The path, line and column of a site.
    func position(of site: Int32) -> (path: String, line: Int, column: Int) {
        let site = program.sites[Int(site)]
        let template = program.templates[Int(site.template)]
        let position = SourcePosition(offset: Int(site.offset), in: template.source)
        return (template.displayPath, position.line, position.column)
    }

    /// Throws when calling `frame` would nest calls deeper than ``depthLimit``.
    ///
    /// The message shows the loop of names that repeats (`'b' → 'a' → 'b'`); the error points at
    /// the tag that made the call and notes the tags that led there, innermost first, each
    /// location once.
    func checkDepth(_ frame: CallFrame) throws(TemplateError) {
        guard calls.count > Renderer.depthLimit else { return }
        let location = position(of: frame.site)
        var seen: Set<Int32> = [frame.site]
        var notes: [String] = []
        for call in calls.reversed() where call.kind != .root && seen.insert(call.site).inserted {
            let position = position(of: call.site)
            notes.append("included from \(position.path):\(position.line):\(position.column)")
        }
        var loop = [name(of: frame)]
        for call in calls.reversed() where call.kind != .root {
            loop.append(name(of: call))
            if call.kind == frame.kind, call.callee == frame.callee { break }
        }
        let cycle = loop.count > 1 && loop.last == loop.first
            ? " (" + loop.reversed().map { "'\($0)'" }.joined(separator: " → ") + ")" : ""
        throw TemplateError(
            path: location.path, line: location.line, column: location.column,
            message: "\(describe(frame)) includes itself without end\(cycle); partials, parents and blocks "
                + "nest at most \(Renderer.depthLimit) deep",
            fix: "end the recursion, e.g. include the partial only inside a section over a list that "
                + "becomes empty",
            notes: notes)
    }

    private func name(of frame: CallFrame) -> String {
        frame.kind == .block ? program.blockNames[Int(frame.callee)] : program.templates[Int(frame.callee)].name
    }

    /// `partial 'node'`, `parent 'layout'` or `block 'content'`.
    func describe(_ frame: CallFrame) -> String {
        switch frame.kind {
        case .root, .partial: "partial '\(program.templates[Int(frame.callee)].name)'"
        case .parent: "parent '\(program.templates[Int(frame.callee)].name)'"
        case .block: "block '\(program.blockNames[Int(frame.callee)])'"
        }
    }
}
