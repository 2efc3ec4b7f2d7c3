import Foundation
import ZecheKit

/// A file named on the command line (or `-` for standard input), read as UTF-8 with invalid
/// bytes replaced and reported.
struct InputFile {
    let displayName: String
    let text: String
    let warning: String?

    static func read(_ argument: String, in context: CommandContext) throws(UsageError) -> InputFile {
        let data: Data
        let name: String
        if argument == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
            name = "<stdin>"
        } else {
            let url = URL(fileURLWithPath: argument, relativeTo: context.currentDirectory)
            guard let contents = FileManager.default.contents(atPath: url.path) else {
                throw UsageError("cannot read '\(argument)': no such file, or not readable")
            }
            data = contents
            name = argument
        }
        if let text = String(validating: data, as: UTF8.self) {
            return InputFile(displayName: name, text: text, warning: nil)
        }
        return InputFile(displayName: name, text: String(decoding: data, as: UTF8.self),
                         warning: "\(name): warning: the file is not valid UTF-8; invalid bytes were replaced with '\u{FFFD}'\n")
    }
}
