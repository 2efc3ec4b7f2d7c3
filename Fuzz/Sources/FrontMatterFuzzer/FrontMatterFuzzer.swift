// libFuzzer target: splitting a front matter block and parsing its YAML.
//
// Besides "no crash, no leak, no hang", it checks what every caller relies on: an error points
// into the text (line and column at least 1, line at most one past the last), and a parsed
// document turns into JSON, which `zeche inspect` and the differential tests print.
import FrontMatter

func fuzzFrontMatter(_ pointer: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data = pointer else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    // YAML ends a line at LF, CR LF or a lone CR, and so do editors.
    var lineCount = 1
    var previous: UInt8 = 0
    for byte in text.utf8 {
        if byte == UInt8(ascii: "\r") || (byte == UInt8(ascii: "\n") && previous != UInt8(ascii: "\r")) {
            lineCount += 1
        }
        previous = byte
    }

    func checkPosition(_ error: YAMLError) {
        precondition(error.line >= 1 && error.column >= 1, "error position \(error.line):\(error.column) before the text")
        precondition(error.line <= lineCount + 1, "error line \(error.line) past the text's \(lineCount) lines")
        precondition(!error.message.isEmpty && !error.fix.isEmpty, "an error without message or fix")
    }

    let frontMatter: FrontMatter
    do {
        frontMatter = try FrontMatter(splitting: text)
    } catch {
        checkPosition(error)
        return 0
    }
    do {
        if let node = try frontMatter.parseYAML() {
            _ = node.jsonText(sortedKeys: true)
        }
    } catch {
        precondition(!error.errors.isEmpty, "a YAML failure without errors")
        error.errors.forEach(checkPosition)
    }
    // The whole input as a YAML document too, which is how site.yml and i18n files are read.
    do {
        _ = try YAMLParser().parse(text)
    } catch {
        error.errors.forEach(checkPosition)
    }
    return 0
}
