import ZecheKit

/// The arguments of one command, read against the options it declares.
///
/// `--name value`, `--name=value`, boolean `--flag`, short options (`-o DIR`, `-oDIR`, `-qD`),
/// and positional arguments; `--` ends the options. An unknown option is a usage error with a
/// "did you mean" hint.
struct ArgumentList {
    struct Option {
        let name: String
        /// The one-letter form, `-q` for `--quiet`.
        let shortName: Character?
        let takesValue: Bool
        let help: String
        let valueName: String

        static func flag(_ name: String, short shortName: Character? = nil, _ help: String) -> Option {
            Option(name: name, shortName: shortName, takesValue: false, help: help, valueName: "")
        }

        static func value(_ name: String, short shortName: Character? = nil, _ valueName: String, _ help: String) -> Option {
            Option(name: name, shortName: shortName, takesValue: true, help: help, valueName: valueName)
        }
    }

    private(set) var values: [String: String] = [:]
    private(set) var flags: Set<String> = []
    private(set) var positionals: [String] = []

    init(_ arguments: [String], options: [Option]) throws(UsageError) {
        let byName = Dictionary(options.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || !argument.hasPrefix("-") || argument == "-" {
                positionals.append(argument)
                continue
            }
            if !argument.hasPrefix("--") {
                try readShortOptions(argument, options: options, arguments: arguments, index: &index)
                continue
            }
            if argument == "--" { optionsEnded = true; continue }
            var name = String(argument.dropFirst(2))
            var inlineValue: String?
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            guard let option = byName[name] else {
                throw UsageError("unknown option '--\(name)'\(Self.hint(for: "--" + name, in: options))")
            }
            if option.takesValue {
                if let inlineValue {
                    values[name] = inlineValue
                } else if index < arguments.count {
                    values[name] = arguments[index]
                    index += 1
                } else {
                    throw UsageError("option '--\(name)' needs a value: --\(name) \(option.valueName)")
                }
            } else {
                guard inlineValue == nil else { throw UsageError("option '--\(name)' takes no value") }
                flags.insert(name)
            }
        }
    }

    /// Reads `-q`, `-o DIR`, `-oDIR` and clusters of flags such as `-DF`; a value option takes
    /// the rest of the cluster, or the next argument when it ends the cluster.
    private mutating func readShortOptions(
        _ argument: String, options: [Option], arguments: [String], index: inout Int
    ) throws(UsageError) {
        // `-output` is a long option with one dash, not `-o utput`.
        let long = "-" + argument
        if argument.count > 2, options.contains(where: { "--" + $0.name == long }) || long == "--help" {
            throw UsageError("unknown option '\(argument)'; did you mean '\(long)'?")
        }
        var letters = Substring(argument.dropFirst())
        while let letter = letters.popFirst() {
            guard let option = options.first(where: { $0.shortName == letter }) else {
                if argument.count > 2, case let hint = Self.hint(for: long, in: options), !hint.isEmpty {
                    throw UsageError("unknown option '\(argument)'\(hint)")
                }
                throw UsageError("unknown option '-\(letter)'\(argument.count > 2 ? " in '\(argument)'" : "")")
            }
            guard option.takesValue else {
                flags.insert(option.name)
                continue
            }
            if !letters.isEmpty {
                values[option.name] = String(letters)
            } else if index < arguments.count {
                values[option.name] = arguments[index]
                index += 1
            } else {
                throw UsageError("option '-\(letter)' needs a value: -\(letter) \(option.valueName)")
            }
            return
        }
    }

    func has(_ flag: String) -> Bool { flags.contains(flag) }
    func value(_ name: String) -> String? { values[name] }

    /// An integer option in `range`, or its default.
    func integer(_ name: String, default fallback: Int, in range: ClosedRange<Int>) throws(UsageError) -> Int {
        guard let text = values[name] else { return fallback }
        guard let number = Int(text), range.contains(number) else {
            throw UsageError("'--\(name) \(text)' must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }

    private static func hint(for argument: String, in options: [Option]) -> String {
        let names = options.map { "--" + $0.name } + ["--help"]
        return Suggestion.nearest(to: argument, in: names).map { "; did you mean '\($0)'?" } ?? ""
    }
}

/// A mistake in how a command was called; exits with status 2.
struct UsageError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
