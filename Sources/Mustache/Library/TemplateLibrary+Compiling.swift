extension TemplateLibrary {
    /// A template's source before compiling.
    struct Source {
        var name: String
        var displayPath: String
        var bytes: [UInt8]
    }

    /// All sources together may hold at most this many bytes: code refers to them with 32-bit offsets.
    static let sizeLimit = 1 << 30

    /// Compiles `sources` into one program and resolves partial and parent names.
    ///
    /// - Throws: every syntax error of every source, not just the first.
    init(compiling sources: [Source]) throws(TemplateLoadError) {
        var program = Program()
        var errors: [TemplateError] = []
        var names: [String: Int32] = [:]
        var total = 0
        for source in sources {
            total += source.bytes.count
            guard total <= TemplateLibrary.sizeLimit else {
                throw TemplateLoadError(errors: [TemplateError(
                    path: source.displayPath, line: 0, column: 0,
                    message: "templates are larger than 1 GiB together; split or shrink them")])
            }
            let index = Int32(program.templates.count)
            names[source.name] = index
            program.templates.append(Template(name: source.name, displayPath: source.displayPath, source: source.bytes))
            source.bytes.withUnsafeBufferPointer { bytes in
                var lexer = Lexer(bytes: bytes)
                lexer.run()
                var parser = Parser(bytes: bytes, lexer: lexer, templateIndex: index, program: Program())
                swap(&parser.program, &program)
                let entry = parser.run()
                swap(&parser.program, &program)
                program.templates[Int(index)].entry = entry
                program.templates[Int(index)].references = parser.references
                program.templates[Int(index)].hasDynamicReferences = parser.hasDynamicReferences
                for error in parser.errors {
                    let position = SourcePosition(offset: error.offset, in: bytes)
                    errors.append(TemplateError(
                        path: source.displayPath, line: position.line, column: position.column,
                        message: error.message, fix: error.fix))
                }
            }
        }
        guard errors.isEmpty else { throw TemplateLoadError(errors: errors) }
        for index in program.includes.indices where program.includes[index].dynamicPath < 0 {
            program.includes[index].target = names[program.includes[index].name] ?? -1
        }
        program.pathIndex = [:]
        program.blockIndex = [:]
        self.program = program
        self.names = names
    }

    /// Compiles templates given as text, for tests and the spec: each name is also the path
    /// messages show.
    ///
    /// - Throws: ``TemplateLoadError`` with every syntax error of every template.
    public init(sources: [String: String]) throws(TemplateLoadError) {
        try self.init(compiling: sources.keys.sorted().map { name in
            Source(name: name, displayPath: name, bytes: Array((sources[name] ?? "").utf8))
        })
    }

    /// Compiles templates read elsewhere: each with its name for partial and parent tags, the
    /// path messages show, and its bytes (invalid UTF-8 passes through).
    ///
    /// - Throws: ``TemplateLoadError`` with every syntax error of every template.
    public init(named sources: [(name: String, displayPath: String, bytes: [UInt8])]) throws(TemplateLoadError) {
        try self.init(compiling: sources.map { Source(name: $0.name, displayPath: $0.displayPath, bytes: $0.bytes) })
    }
}
