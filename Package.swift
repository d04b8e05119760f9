// swift-tools-version:6.1
//
// Khabar: turns a stream of Persian and Arabic news into events, dates, people and claims.
//
// Data flows one way: Core ← Text ← Time ← Extract ← Events ← Store ← Ingest ← khabar.
// The stage modules (Text, Time, Extract, Events) are pure: values in, values out, no I/O.
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Khabar",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "khabar", targets: ["khabar"]),
        .library(name: "KhabarCore", targets: ["KhabarCore"]),
        .library(name: "KhabarText", targets: ["KhabarText"]),
        .library(name: "KhabarTime", targets: ["KhabarTime"]),
        .library(name: "KhabarExtract", targets: ["KhabarExtract"]),
        .library(name: "KhabarEvents", targets: ["KhabarEvents"]),
        .library(name: "KhabarStore", targets: ["KhabarStore"]),
        .library(name: "KhabarIngest", targets: ["KhabarIngest"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        // Pure stages.
        .target(name: "KhabarCore", swiftSettings: strictSettings),
        .target(
            name: "KhabarText", dependencies: ["KhabarCore"],
            resources: [.copy("Resources")], swiftSettings: strictSettings),
        .target(
            name: "KhabarTime", dependencies: ["KhabarCore", "KhabarText"],
            resources: [.copy("Resources")], swiftSettings: strictSettings),
        .target(
            name: "KhabarExtract", dependencies: ["KhabarCore", "KhabarText", "KhabarTime"],
            resources: [.copy("Resources")], swiftSettings: strictSettings),
        .target(
            name: "KhabarEvents",
            dependencies: ["KhabarCore", "KhabarText", "KhabarTime", "KhabarExtract"],
            resources: [.copy("Resources")], swiftSettings: strictSettings),
        // Edges: storage, input, the command line.
        .target(
            name: "KhabarStore",
            dependencies: ["KhabarCore", "KhabarText", "KhabarEvents", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strictSettings),
        .target(
            name: "KhabarIngest",
            dependencies: ["KhabarCore", "KhabarText", "KhabarExtract", "KhabarEvents", "KhabarStore"],
            resources: [.copy("Resources")], swiftSettings: strictSettings),
        .target(
            name: "KhabarSamples", path: "Samples",
            exclude: ["README.md"], resources: [.copy("seeds")], swiftSettings: strictSettings),
        .executableTarget(
            name: "khabar",
            dependencies: [
                "KhabarCore", "KhabarText", "KhabarTime", "KhabarExtract", "KhabarEvents",
                "KhabarStore", "KhabarIngest", "KhabarSamples",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings),

        // Benchmarks: run by scripts/bench in release mode; no main target depends on them.
        .target(name: "BenchSupport", path: "Benchmarks/Sources/BenchSupport", swiftSettings: strictSettings),
        .executableTarget(
            name: "khabar-bench",
            dependencies: [
                "KhabarCore", "KhabarText", "KhabarTime", "KhabarExtract", "KhabarEvents", "KhabarStore", "BenchSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Benchmarks/Sources/khabar-bench", swiftSettings: strictSettings),
        // Fits the data the event splitter ships (lead-word frequencies, the lead pair model).
        .executableTarget(
            name: "khabar-train",
            dependencies: [
                "KhabarCore", "KhabarText", "KhabarExtract", "KhabarEvents", "BenchSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Benchmarks/Sources/khabar-train", swiftSettings: strictSettings),

        // Tests: one target per module, plus shared support.
        .target(
            name: "KhabarTestSupport", dependencies: ["KhabarCore"], path: "Tests/KhabarTestSupport",
            swiftSettings: strictSettings),
        .testTarget(
            name: "KhabarCoreTests", dependencies: ["KhabarCore", "KhabarTestSupport"],
            swiftSettings: strictSettings),
        .testTarget(
            name: "KhabarTextTests", dependencies: ["KhabarText", "KhabarTestSupport"],
            resources: [.copy("Fixtures")], swiftSettings: strictSettings),
        .testTarget(
            name: "KhabarTimeTests", dependencies: ["KhabarTime", "KhabarText", "KhabarTestSupport"],
            resources: [.copy("Fixtures")], swiftSettings: strictSettings),
        .testTarget(
            name: "KhabarExtractTests",
            dependencies: ["KhabarExtract", "KhabarTime", "KhabarText", "KhabarTestSupport"],
            resources: [.copy("Fixtures")], swiftSettings: strictSettings),
        .testTarget(
            name: "KhabarEventsTests",
            dependencies: ["KhabarEvents", "KhabarExtract", "KhabarTestSupport"],
            resources: [.copy("Fixtures")], swiftSettings: strictSettings),
        .testTarget(
            name: "KhabarStoreTests",
            dependencies: ["KhabarStore", "KhabarEvents", "KhabarExtract", "KhabarTestSupport"],
            swiftSettings: strictSettings),
        .testTarget(
            name: "KhabarIngestTests",
            dependencies: ["KhabarIngest", "KhabarStore", "KhabarTestSupport"],
            resources: [.copy("Fixtures")], swiftSettings: strictSettings),
        .testTarget(
            name: "KhabarCLITests",
            dependencies: ["khabar", "KhabarTestSupport"],
            swiftSettings: strictSettings),
    ],
    swiftLanguageModes: [.v6]
)
