// libFuzzer target: the Mustache lexer, parser, compiler and renderer.
//
// The input is up to four parts separated by NUL bytes: the template `main`, the partial `p`,
// the parent `layout`, and the data as JSON (a fixed context when absent or not JSON). So
// partials, parents, blocks and recursion between them are reached, not only one template.
// Checks: errors and warnings point into a template; rendering is deterministic; strict mode
// renders the same bytes as spec mode and only adds warnings.
import Foundation
import Mustache

private let fallbackContext: TemplateValue = [
    "title": "Grüße <b>&</b> \"Zitat\" 'x'",
    "a": ["b": ["c": "tief"], "list": [1, 2.5, true, nil, "x"]],
    "list": [["name": "eins"], ["name": "zwei", "list": []]],
    "empty": "",
    "zero": 0,
    "flag": false,
    "p": "partial-name",
]

func fuzzMustache(_ pointer: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data = pointer else { return 0 }
    let parts = UnsafeBufferPointer(start: data, count: size)
        .split(separator: 0, maxSplits: 3, omittingEmptySubsequences: false)
        .map(Array.init)
    let names = ["main", "p", "layout"]
    var sources: [(name: String, displayPath: String, bytes: [UInt8])] = []
    for (index, name) in names.enumerated() where index < parts.count {
        sources.append((name: name, displayPath: "Templates/\(name).mustache", bytes: parts[index]))
    }
    let context = parts.count > 3
        ? (try? JSONDecoder().decode(TemplateValue.self, from: Data(parts[3]))) ?? fallbackContext
        : fallbackContext

    let library: TemplateLibrary
    do {
        library = try TemplateLibrary(named: sources)
    } catch {
        precondition(!error.errors.isEmpty, "a load failure without errors")
        for failure in error.errors {
            precondition(failure.line >= 1 && failure.column >= 1, "error at \(failure.line):\(failure.column)")
            precondition(failure.path.hasPrefix("Templates/"), "error without its template: \(failure)")
        }
        return 0
    }
    let first: String
    do {
        first = try library.render("main", context)
    } catch {
        precondition(error.line >= 1 && error.column >= 1, "error at \(error.line):\(error.column)")
        return 0
    }
    var warnings: [TemplateWarning] = []
    guard let strict = try? library.render("main", context, strict: true, warnings: &warnings) else {
        preconditionFailure("strict mode failed where spec mode rendered")
    }
    // Bytes: String's == calls canonically equivalent texts equal.
    precondition(strict.utf8.elementsEqual(first.utf8), "strict mode rendered other bytes than spec mode")
    precondition(Set(warnings).count == warnings.count, "a warning reported twice")
    for warning in warnings {
        precondition(warning.line >= 1 && warning.column >= 1, "warning at \(warning.line):\(warning.column)")
    }
    precondition((try? library.render("main", context))?.utf8.elementsEqual(first.utf8) == true, "rendering is not deterministic")
    return 0
}
