// swift-tools-version:6.0
// The libFuzzer targets of Zeche. A package of its own because each target is built with
// `-sanitize=fuzzer,address` and runs under libFuzzer's driver; `make fuzz` (scripts/fuzz.sh)
// builds and runs them. See docs/fuzzing.md.
import Foundation
import PackageDescription

// A local dependency is known by its folder's name, which is whatever the clone is called.
let zeche = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let zechePackage = zeche.lastPathComponent.lowercased()

func fuzzer(_ name: String, _ products: [String]) -> Target {
    .executableTarget(
        name: name,
        dependencies: ["FuzzDriver"] + products.map { .product(name: $0, package: zechePackage) }
    )
}

let package = Package(
    name: "ZecheFuzz",
    dependencies: [.package(path: "..")],
    targets: [
        .target(name: "FuzzDriver"),
        fuzzer("FrontMatterFuzzer", ["FrontMatter"]),
        fuzzer("MustacheFuzzer", ["Mustache"]),
        fuzzer("MarkdownFuzzer", ["Markdown"]),
        fuzzer("SiteConfigFuzzer", ["ZecheKit", "FrontMatter"]),
        fuzzer("RequestFuzzer", ["ZechePreview"]),
        fuzzer("ImageHeaderFuzzer", ["Media"]),
        fuzzer("SVGFuzzer", ["ZecheKit"]),
    ],
    swiftLanguageModes: [.v6]
)
