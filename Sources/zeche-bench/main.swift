// `zeche-bench mustache` runs the Mustache benchmark; more benchmarks join as they are written.
let arguments = CommandLine.arguments.dropFirst()
switch arguments.first {
case "mustache":
    if arguments.dropFirst().first == "--print" {
        print(renderMustacheBenchmarkPage(), terminator: "")
    } else {
        runMustacheBenchmark()
    }
default:
    print("usage: zeche-bench mustache")
}
