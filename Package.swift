// swift-tools-version:6.0
import PackageDescription

// Settings every Swift target shares, declared once.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

// The parsers, the template engine and the site model run millions of times in the tests
// (a differential test builds a 200-article site 300 times): debug builds optimize them too.
let optimizedSettings = strictSettings + [.unsafeFlags(["-O"], .when(configuration: .debug))]

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
        .library(name: "Media", targets: ["Media"]),
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
        // Line positions, the civil calendar and JSON text: what every layer shares.
        .target(name: "TextCore", swiftSettings: optimizedSettings),
        .target(name: "Markdown", dependencies: ["CCmarkGFM", "TextCore"], swiftSettings: optimizedSettings),
        .target(name: "FrontMatter", dependencies: ["TextCore"], swiftSettings: optimizedSettings),
        .target(name: "Mustache", dependencies: ["TextCore"], swiftSettings: optimizedSettings),
        // Image headers and ZIP archives, for pictures and the press kit; knows nothing of sites.
        .target(name: "Media", dependencies: ["TextCore"], swiftSettings: strictSettings),
        // The search index writer and its reference reader; knows nothing of sites. Optimized in
        // debug too: every build of the pipeline (and of its tests) analyses the articles.
        .target(name: "Search", dependencies: ["TextCore"], swiftSettings: optimizedSettings),
        .target(
            name: "ZecheKit",
            dependencies: ["Markdown", "FrontMatter", "Mustache", "Media", "TextCore", "Search"],
            swiftSettings: optimizedSettings
        ),
        .target(name: "ZechePreview", dependencies: ["ZecheKit", "TextCore"], swiftSettings: strictSettings),
        // Reads WordPress exports and Jekyll or Hugo sites into a Zeche site's files.
        .target(name: "Import", dependencies: ["FrontMatter", "Markdown", "TextCore"], swiftSettings: strictSettings),
        .target(
            name: "ZecheCLI",
            dependencies: ["ZecheKit", "ZechePreview", "Import", "Markdown", "FrontMatter", "Mustache", "TextCore"],
            swiftSettings: strictSettings
        ),
        .executableTarget(name: "zeche", dependencies: ["ZecheCLI", "ZecheKit"], swiftSettings: strictSettings),
        .executableTarget(
            name: "zeche-bench",
            dependencies: ["ZecheKit", "ZechePreview", "Mustache", "Markdown", "FrontMatter", "Search"],
            swiftSettings: strictSettings
        ),
        .target(name: "ZecheTestSupport", swiftSettings: strictSettings),

        .testTarget(
            name: "TextCoreTests",
            dependencies: ["TextCore"],
            swiftSettings: strictSettings
        ),
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
            exclude: ["Spec"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "MediaTests",
            dependencies: ["Media", "ZecheTestSupport"],
            exclude: ["Fixtures"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ZecheKitTests",
            dependencies: ["ZecheKit", "ZecheTestSupport"],
            exclude: ["Fixtures", "Golden"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ImportTests",
            dependencies: ["Import", "FrontMatter", "ZecheTestSupport"],
            exclude: ["Fixtures"],
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
