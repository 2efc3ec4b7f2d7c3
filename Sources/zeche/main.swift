import Foundation
import ZecheCLI
#if canImport(Glibc)
import Glibc

// Buffers of a megabyte and more (a huge article's text, its HTML, a large page) are mapped
// on their own and returned to the system when freed. By default glibc raises that
// threshold after the first such buffer is freed, and later ones then stay in the heap,
// which does not shrink: a 9.5 MB article cost a build 90 to 100 MB instead of 75.
// `mallopt` is not in Swift's Glibc module; M_MMAP_THRESHOLD is -3 in <malloc.h>.
if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") {
    let mallopt = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
    _ = mallopt(-3, 1 << 20)
}
#endif

let cli = CLI(
    currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true),
    environment: ProcessInfo.processInfo.environment)
exit(await cli.run(Array(CommandLine.arguments.dropFirst())))
