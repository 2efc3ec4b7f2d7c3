// swift-tools-version:6.0
import PackageDescription

// Settings every Swift target shares, declared once.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Zeche",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "zeche", targets: ["zeche"]),
        .library(name: "ZecheKit", targets: ["ZecheKit"]),
        // The layers on their own, for the fuzz targets of Fuzz/Package.swift.
        .library(name: "Markdown", targets: ["Markdown"]),
        .library(name: "FrontMatter", targets: ["FrontMatter"]),
        .library(name: "Mustache", targets: ["Mustache"]),
        .library(name: "ZechePreview", targets: ["ZechePreview"]),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [
                .apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"]),
                .brew(["cmark-gfm"]),
            ]
        ),
        .target(name: "Markdown", dependencies: ["CCmarkGFM"], swiftSettings: strictSettings),
        .target(name: "FrontMatter", swiftSettings: strictSettings),
        .target(name: "Mustache", swiftSettings: strictSettings),
        // The search index writer and its reference reader; Foundation only, no site model.
        .target(name: "Search", swiftSettings: strictSettings),
        .target(
            name: "ZecheKit",
            dependencies: ["Markdown", "FrontMatter", "Mustache"],
            swiftSettings: strictSettings
        ),
        .target(name: "ZechePreview", dependencies: ["ZecheKit"], swiftSettings: strictSettings),
        .target(
            name: "ZecheCLI",
            dependencies: ["ZecheKit", "ZechePreview", "Markdown", "FrontMatter", "Mustache"],
            swiftSettings: strictSettings
        ),
        .executableTarget(name: "zeche", dependencies: ["ZecheCLI"], swiftSettings: strictSettings),
        .executableTarget(
            name: "zeche-bench",
            dependencies: ["ZecheKit", "ZechePreview", "Mustache", "Markdown", "FrontMatter", "Search"],
            swiftSettings: strictSettings
        ),
        .target(name: "ZecheTestSupport", swiftSettings: strictSettings),

        .testTarget(
            name: "MarkdownTests",
            dependencies: ["Markdown", "ZecheTestSupport"],
            exclude: ["Fixtures"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "FrontMatterTests",
            dependencies: ["FrontMatter", "ZecheTestSupport"],
            exclude: ["Fixtures"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "MustacheTests",
            dependencies: ["Mustache", "ZecheTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ZecheKitTests",
            dependencies: ["ZecheKit", "ZecheTestSupport"],
            exclude: ["Fixtures", "Golden"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SearchTests",
            dependencies: ["Search", "ZecheTestSupport"],
            exclude: ["Fixtures", "Browser"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ZechePreviewTests",
            dependencies: ["ZechePreview", "ZecheKit", "ZecheTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ZecheCLITests",
            dependencies: ["ZecheTestSupport"],
            exclude: ["Fixtures"],
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
