extension Parser {
    mutating func handle(_ token: Token, at index: Int, isStandalone: Bool) {
        defer {
            // After an inline tag the line has started; comments and set-delimiter tags render nothing.
            if !isStandalone, token.kind != .comment, token.kind != .setDelimiters { lineState = .none }
        }
        switch token.kind {
        case .text, .comment, .setDelimiters:
            return
        case .variable, .unescaped:
            let name = tagName(of: token, allowsDynamic: false)
            guard let path = keyPath(for: name, in: token), isLive else { return }
            startLineIfNeeded()
            let site = program.site(template: templateIndex, offset: token.start)
            emit(.variable(path: path, site: site, escaped: token.kind == .variable))
        case .section, .inverted:
            openSection(token, isStandalone: isStandalone)
        case .block:
            openBlock(token, isStandalone: isStandalone)
        case .partial, .parent:
            include(token, isStandalone: isStandalone)
        case .close:
            closeTag(token, isStandalone: isStandalone)
        }
    }

    private mutating func openSection(_ token: Token, isStandalone: Bool) {
        let name = tagName(of: token, allowsDynamic: false)
        let path = keyPath(for: name, in: token)
        let kind: Container.Kind = token.kind == .section ? .section : .inverted
        var container = Container(kind: kind, name: name.text, token: token, isLive: isLive)
        if container.isLive, let path {
            if !isStandalone { startLineIfNeeded() }
            let site = program.site(template: templateIndex, offset: token.start)
            container.instruction = emit(kind == .section
                ? .section(path: path, site: site, skip: 0)
                : .inverted(path: path, site: site, skip: 0))
        } else {
            container.isLive = false
        }
        containers.append(container)
    }

    private mutating func openBlock(_ token: Token, isStandalone: Bool) {
        let name = tagName(of: token, allowsDynamic: false)
        let indentation = blockIndentation(of: token, isStandalone: isStandalone)
        let block = program.block(named: name.text)
        if let parent = containers.last, parent.kind == .parent {
            // Content that overrides the parent's block: compiled into its own chunk.
            if parent.overrides.contains(where: { $0.block == block }) {
                report(token.start, "block '\(name.text)' is overridden twice in parent '\(parent.name)'; remove one of them")
            }
            var container = Container(kind: .override, name: name.text, token: token, isLive: parent.isLive)
            container.dedentCount = dedent.count
            dedent.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[indentation]))
            chunks.append([])
            containers.append(container)
            lineState = isStandalone ? .suppressed : .none
            return
        }
        var container = Container(kind: .block, name: name.text, token: token, isLive: isLive)
        if container.isLive {
            if !isStandalone { startLineIfNeeded() }
            let stored = program.store(UnsafeBufferPointer(rebasing: bytes[indentation]))
            program.blockSites.append(BlockSite(
                block: block, skip: 0, indentStart: stored.start, indentCount: stored.count,
                isStandalone: isStandalone, site: program.site(template: templateIndex, offset: token.start)))
            container.instruction = emit(.block(Int32(program.blockSites.count - 1)))
        }
        containers.append(container)
    }

    private mutating func include(_ token: Token, isStandalone: Bool) {
        let name = tagName(of: token, allowsDynamic: true)
        let isParent = token.kind == .parent
        var container = Container(kind: .parent, name: name.text, token: token, isLive: isLive)
        defer { if isParent { containers.append(container) } }
        guard name.isValid else {
            container.isLive = false
            return
        }
        var dynamicPath: Int32 = -1
        if name.isDynamic {
            guard let path = keyPath(for: name, in: token) else {
                container.isLive = false
                return
            }
            dynamicPath = path
            hasDynamicReferences = true
        } else if referenceSet.insert(name.text).inserted {
            references.append(name.text)
        }
        guard container.isLive else { return }
        if !isStandalone { startLineIfNeeded() }
        let indentation = program.store(UnsafeBufferPointer(rebasing: bytes[tagIndentation(isStandalone: isStandalone)]))
        program.includes.append(Include(
            target: -1, name: name.isDynamic ? String(name.text.dropFirst()) : name.text,
            dynamicPath: dynamicPath, indentStart: indentation.start, indentCount: indentation.count,
            site: program.site(template: templateIndex, offset: token.start), isParent: isParent,
            overridesStart: 0, overridesCount: 0))
        container.include = Int32(program.includes.count - 1)
        emit(.include(container.include))
    }

    private mutating func closeTag(_ token: Token, isStandalone: Bool) {
        let name = tagName(of: token, allowsDynamic: true)
        let tag = bytes.snippet(token.start, token.end)
        guard let innermost = containers.last else {
            report(token.start, "'\(tag)' closes no open section; remove it")
            return
        }
        if innermost.name != name.text, name.isValid {
            if let match = containers.lastIndex(where: { $0.name == name.text }) {
                while containers.count - 1 > match, let unclosed = containers.last {
                    report(token.start, "unclosed \(unclosed.kind.word) '\(unclosed.name)' opened at "
                        + "\(openedAt(unclosed)); "
                        + "add \(closeTag(for: unclosed)) before '\(tag)'")
                    close(unclosed)
                }
            } else {
                report(token.start, "'\(tag)' does not match \(innermost.kind.word) '\(innermost.name)' opened at "
                    + "\(openedAt(innermost)); write \(closeTag(for: innermost))")
            }
        }
        guard let container = containers.last else { return }
        if !isStandalone, container.kind != .override, container.kind != .parent { startLineIfNeeded() }
        close(container)
        if !isStandalone { lineState = .none }
    }

    /// Finishes the innermost container, which is `container`.
    mutating func close(_ container: Container) {
        containers.removeLast()
        switch container.kind {
        case .section:
            guard container.isLive else { return }
            emit(.sectionEnd)
            patchSkip(at: container.instruction)
        case .inverted, .block:
            guard container.isLive else { return }
            patchSkip(at: container.instruction)
        case .override:
            let chunk = chunks.removeLast()
            dedent.removeSubrange(container.dedentCount...)
            guard container.isLive, containers.last?.kind == .parent else { return }
            overrideChunks.append(chunk)
            let block = program.block(named: container.name)
            containers[containers.count - 1].overrides.append((block, overrideChunks.count - 1))
        case .parent:
            guard container.isLive, container.include >= 0 else { return }
            let start = program.overrides.count
            for (block, chunk) in container.overrides {
                overridePatches.append((program.overrides.count, chunk))
                program.overrides.append(Override(block: block, start: -1))
            }
            program.includes[Int(container.include)].overridesStart = Int32(start)
            program.includes[Int(container.include)].overridesCount = Int32(container.overrides.count)
        }
    }
}
