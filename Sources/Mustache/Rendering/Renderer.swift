/// Runs a compiled template against a context, writing into a ``RenderBuffer``.
///
/// One renderer serves one render call. It keeps explicit stacks (contexts, section iterations,
/// calls into partials, parents and blocks), so neither deep nesting nor recursive data can
/// overflow the thread's stack; nested calls stop at ``depthLimit`` with an error that shows the
/// chain.
struct Renderer {
    /// How many partials, parents and overriding blocks may be active inside each other.
    static let depthLimit = 64

    let program: Program
    let names: [String: Int32]
    let isStrict: Bool
    var contexts: [TemplateValue] = []
    var sections: [SectionFrame] = []
    var calls: [CallFrame] = []
    /// Overrides in force, outermost first: the first match wins.
    var scopes: [Override] = []
    var indent: [UInt8] = []
    var warnings: [TemplateWarning] = []
    var warnedSites: Set<Int32> = []
    /// How many enclosing sections are at a list item that is not an object.
    var scalarItems = 0
    /// After entering overriding content at an inline block site, the line already holds the
    /// site's indentation: if indentation is the next thing written, this much of it is skipped.
    var indentSkip = (position: -1, count: 0)

    struct SectionFrame {
        var items: [TemplateValue]
        var next: Int
        var bodyStart: Int
        var isScalarItem: Bool
    }

    struct CallFrame {
        var returnPC: Int
        var indentCount: Int
        var scopeCount: Int
        /// The include or block tag that made the call.
        var site: Int32
        /// What was called: a template index, or a block id for a block.
        var callee: Int32
        var kind: CallKind
    }

    enum CallKind { case root, partial, parent, block }

    init(program: Program, names: [String: Int32], context: TemplateValue, isStrict: Bool) {
        self.program = program
        self.names = names
        self.isStrict = isStrict
        contexts.reserveCapacity(16)
        contexts.append(context)
        calls.reserveCapacity(8)
    }

    mutating func render(template: Int32, into buffer: inout RenderBuffer) throws(TemplateError) {
        let code = program.code
        let text = program.text
        let points = program.indentPoints
        try code.withUnsafeBufferPointer { (code) throws(TemplateError) in
            try text.withUnsafeBufferPointer { (text) throws(TemplateError) in
                try points.withUnsafeBufferPointer { (points) throws(TemplateError) in
                    try run(Int(program.templates[Int(template)].entry), code, text, points, &buffer)
                }
            }
        }
    }

    private mutating func run(
        _ entry: Int,
        _ code: UnsafeBufferPointer<Instruction>,
        _ text: UnsafeBufferPointer<UInt8>,
        _ points: UnsafeBufferPointer<Int32>,
        _ buffer: inout RenderBuffer
    ) throws(TemplateError) {
        var pc = entry
        calls.append(CallFrame(returnPC: -1, indentCount: 0, scopeCount: 0, site: -1, callee: -1, kind: .root))
        while true {
            switch code[pc] {
            case .text(let run):
                let start = Int(run.start)
                if run.pointsCount == 0 || indent.isEmpty {
                    buffer.append(UnsafeBufferPointer(rebasing: text[start..<start + Int(run.count)]))
                } else {
                    writeIndented(run, text, points, &buffer)
                }
                pc += 1
            case .variable(let path, let site, let escaped):
                if let value = lookup(path) {
                    buffer.append(value, escaped: escaped)
                    if isStrict { checkInterpolated(value, path: path, site: site) }
                } else if isStrict {
                    warnUnset(path: path, site: site)
                }
                pc += 1
            case .section(let path, let site, let skip):
                pc = enterSection(path: path, site: site, at: pc, skip: Int(skip))
            case .sectionEnd:
                pc = nextItem(at: pc)
            case .inverted(let path, let site, let skip):
                let value = lookup(path)
                if value == nil, isStrict { warnUnset(path: path, site: site) }
                pc += value?.isTruthy == true ? Int(skip) : 1
            case .include(let index):
                pc = try include(index, at: pc, text)
            case .block(let index):
                pc = try block(index, at: pc, text, &buffer)
            case .end:
                let frame = calls.removeLast()
                if frame.returnPC < 0 { return }
                if indent.count > frame.indentCount { indent.removeLast(indent.count - frame.indentCount) }
                if scopes.count > frame.scopeCount { scopes.removeLast(scopes.count - frame.scopeCount) }
                pc = frame.returnPC
            }
        }
    }

    private func writeIndent(_ buffer: inout RenderBuffer) {
        let skip = buffer.count == indentSkip.position ? min(indentSkip.count, indent.count) : 0
        indent.withUnsafeBufferPointer { buffer.append(UnsafeBufferPointer(rebasing: $0[skip...])) }
    }

    private func writeIndented(
        _ run: TextRun,
        _ text: UnsafeBufferPointer<UInt8>,
        _ points: UnsafeBufferPointer<Int32>,
        _ buffer: inout RenderBuffer
    ) {
        let start = Int(run.start)
        var copied = 0
        for index in Int(run.pointsStart)..<Int(run.pointsStart + run.pointsCount) {
            let point = Int(points[index])
            buffer.append(UnsafeBufferPointer(rebasing: text[start + copied..<start + point]))
            writeIndent(&buffer)
            copied = point
        }
        buffer.append(UnsafeBufferPointer(rebasing: text[start + copied..<start + Int(run.count)]))
    }

    private mutating func enterSection(path: Int32, site: Int32, at pc: Int, skip: Int) -> Int {
        guard let value = lookup(path) else {
            if isStrict { warnUnset(path: path, site: site) }
            return pc + skip + 1
        }
        if case .array(let items) = value {
            guard let first = items.first else { return pc + skip + 1 }
            let isScalar = !first.isObject
            if isScalar { scalarItems += 1 }
            sections.append(SectionFrame(items: items, next: 1, bodyStart: pc + 1, isScalarItem: isScalar))
            contexts.append(first)
            return pc + 1
        }
        guard value.isTruthy else { return pc + skip + 1 }
        sections.append(SectionFrame(items: [], next: 0, bodyStart: pc + 1, isScalarItem: false))
        contexts.append(value)
        return pc + 1
    }

    private mutating func nextItem(at pc: Int) -> Int {
        contexts.removeLast()
        let last = sections.count - 1
        let next = sections[last].next
        guard next < sections[last].items.count else {
            if sections[last].isScalarItem { scalarItems -= 1 }
            sections.removeLast()
            return pc + 1
        }
        let item = sections[last].items[next]
        let isScalar = !item.isObject
        if isScalar != sections[last].isScalarItem {
            scalarItems += isScalar ? 1 : -1
            sections[last].isScalarItem = isScalar
        }
        sections[last].next = next + 1
        contexts.append(item)
        return sections[last].bodyStart
    }

    private mutating func include(_ index: Int32, at pc: Int, _ text: UnsafeBufferPointer<UInt8>) throws(TemplateError) -> Int {
        let call = program.includes[Int(index)]
        var target = call.target
        if call.dynamicPath >= 0 {
            guard let value = lookup(call.dynamicPath) else {
                if isStrict { warnUnset(path: call.dynamicPath, site: call.site) }
                return pc + 1
            }
            var name = RenderBuffer(capacity: 32)
            name.append(value, escaped: false)
            guard let found = names[name.string] else {
                if isStrict { warnMissingTemplate(name.string, of: call, dynamicName: call.name) }
                return pc + 1
            }
            target = found
        } else if target < 0 {
            if isStrict { warnMissingTemplate(call.name, of: call, dynamicName: nil) }
            return pc + 1
        }
        let frame = CallFrame(
            returnPC: pc + 1, indentCount: indent.count, scopeCount: scopes.count, site: call.site,
            callee: target, kind: call.isParent ? .parent : .partial)
        try checkDepth(frame)
        calls.append(frame)
        if call.indentCount > 0 {
            let start = Int(call.indentStart)
            indent.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<start + Int(call.indentCount)]))
        }
        if call.overridesCount > 0 {
            let start = Int(call.overridesStart)
            scopes.append(contentsOf: program.overrides[start..<start + Int(call.overridesCount)])
        }
        return Int(program.templates[Int(target)].entry)
    }

    private mutating func block(
        _ index: Int32, at pc: Int, _ text: UnsafeBufferPointer<UInt8>, _ buffer: inout RenderBuffer
    ) throws(TemplateError) -> Int {
        let site = program.blockSites[Int(index)]
        guard let override = scopes.first(where: { $0.block == site.block }) else { return pc + 1 }
        let frame = CallFrame(
            returnPC: pc + Int(site.skip), indentCount: indent.count, scopeCount: scopes.count,
            site: site.site, callee: site.block, kind: .block)
        try checkDepth(frame)
        calls.append(frame)
        if site.indentCount > 0 {
            let start = Int(site.indentStart)
            indent.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<start + Int(site.indentCount)]))
        }
        if site.isStandalone {
            writeIndent(&buffer)
        } else {
            indentSkip = (buffer.count, indent.count)
        }
        return Int(override.start)
    }
}
