import Foundation
import ZecheCLI
import ZecheKit

GlibcHeap.tune()

let cli = CLI(
    currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true),
    environment: ProcessInfo.processInfo.environment)
exit(await cli.run(Array(CommandLine.arguments.dropFirst())))
