// swift-tools-version: 6.0
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "Oeuvre",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "oeuvre", targets: ["oeuvre"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .systemLibrary(name: "CCurl", pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CSQLiteRank", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CJemalloc", pkgConfig: "jemalloc", providers: [.apt(["libjemalloc-dev"])]),
        .target(name: "Model", swiftSettings: strict),
        .target(name: "Bench", dependencies: ["Model"], swiftSettings: strict),
        .target(name: "Store", dependencies: [
            "Model",
            .product(name: "GRDB", package: "GRDB.swift"),
        ], swiftSettings: strict),
        .target(name: "Harvest", dependencies: [
            "Model", "Store", "CCurl", "CLibXML2",
            .product(name: "Yams", package: "Yams"),
            .product(name: "Logging", package: "swift-log"),
        ], swiftSettings: strict),
        .target(name: "Normalize", dependencies: [
            "Model", "Store", "Harvest",
            .product(name: "Yams", package: "Yams"),
            .product(name: "Logging", package: "swift-log"),
        ], swiftSettings: strict),
        .target(name: "Link", dependencies: [
            "Model", "Store", "Normalize",
            .product(name: "Yams", package: "Yams"),
            .product(name: "Logging", package: "swift-log"),
        ], swiftSettings: strict),
        .target(name: "Search", dependencies: [
            "Model", "Store", "CSQLiteRank",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Logging", package: "swift-log"),
        ], swiftSettings: strict),
        .target(name: "Export", dependencies: ["Model", "Store", "Search"], swiftSettings: strict),
        .executableTarget(name: "oeuvre", dependencies: [
            "Bench", "CJemalloc",
            "Model", "Store", "Harvest", "Normalize", "Search", "Link", "Export",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ], swiftSettings: strict),
        .testTarget(name: "OeuvreTests", dependencies: ["Model", "Store", "Harvest", "Normalize", "Link", "Search", "Bench", "Export"],
                    swiftSettings: strict),
    ]
)
