// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Waybill",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "waybill", targets: ["waybill"]),
        .library(name: "WaybillExpressions", targets: ["WaybillExpressions"]),
        .library(name: "WaybillRules", targets: ["WaybillRules"]),
        .library(name: "WaybillStore", targets: ["WaybillStore"]),
        .library(name: "WaybillConnectors", targets: ["WaybillConnectors"]),
        .library(name: "WaybillSimulators", targets: ["WaybillSimulators"]),
        .library(name: "WaybillEngine", targets: ["WaybillEngine"]),
        .library(name: "WaybillServer", targets: ["WaybillServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
    ],
    targets: [
        // Pure expression language: lexer, parser, type checker, compiled closures, functions.
        .target(name: "WaybillExpressions"),
        // Rule language: YAML with positions, document models, diagnostics, compiled Plan. Pure.
        .target(
            name: "WaybillRules",
            dependencies: ["WaybillExpressions", .product(name: "Yams", package: "Yams")]
        ),
        // Durable state: jobs, cursors, bindings, audit, dead letters, secrets (SQLite via GRDB).
        .target(
            name: "WaybillStore",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // HTTP transport, auth schemes, REST and Odoo adapters, webhook verification.
        .target(
            name: "WaybillConnectors",
            dependencies: [
                "WaybillRules",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Runs a Plan: scheduler, cursors, plan interpreter, workers, retry, idempotency, audit.
        .target(
            name: "WaybillEngine",
            dependencies: [
                "WaybillRules",
                "WaybillExpressions",
                "WaybillStore",
                "WaybillConnectors",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The log handler of the HTTP servers (metadata formatted only when a line is written).
        .target(
            name: "WaybillLogging",
            dependencies: [.product(name: "Logging", package: "swift-log")]
        ),
        // Faithful simulators of Odoo, ShipStation, ShipBob, WooCommerce and Shopify.
        .target(
            name: "WaybillSimulators",
            dependencies: [
                "WaybillLogging",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Webhook receiver, health and metrics endpoints, daemon service group.
        .target(
            name: "WaybillServer",
            dependencies: [
                "WaybillLogging",
                "WaybillEngine",
                "WaybillConnectors",
                "WaybillStore",
                "WaybillRules",
                "WaybillExpressions",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The engine, webhook server and simulators in one process: `waybill demo` and the
        // end-to-end pair tests.
        .target(
            name: "WaybillSandbox",
            dependencies: [
                "WaybillEngine",
                "WaybillServer",
                "WaybillSimulators",
                "WaybillStore",
                "WaybillRules",
                "WaybillLogging",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The command-line interface: thin, all logic lives in the libraries.
        .executableTarget(
            name: "waybill",
            dependencies: [
                "WaybillLogging",
                "WaybillRules",
                "WaybillStore",
                "WaybillConnectors",
                "WaybillSimulators",
                "WaybillEngine",
                "WaybillServer",
                "WaybillSandbox",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "WaybillExpressionsTests", dependencies: ["WaybillExpressions"]),
        // Throughput of compiled expressions: `swift run -c release ExpressionsBenchmark`.
        .executableTarget(
            name: "ExpressionsBenchmark",
            dependencies: ["WaybillExpressions"],
            path: "Benchmarks/ExpressionsBenchmark"
        ),
        .testTarget(
            name: "WaybillRulesTests",
            dependencies: ["WaybillRules"],
            resources: [.copy("Fixtures")]
        ),
        // Webhook intake throughput server for wrk: `swift run -c release WebhookIntakeBenchmark`.
        .executableTarget(
            name: "WebhookIntakeBenchmark",
            dependencies: ["WaybillServer", "WaybillEngine", "WaybillExpressions", "WaybillStore", "WaybillConnectors",
                           "WaybillLogging",
                           .product(name: "Crypto", package: "swift-crypto"),
                           .product(name: "Hummingbird", package: "hummingbird")],
            path: "Benchmarks/WebhookIntakeBenchmark"
        ),
        // End-to-end engine numbers over HTTP: `swift run -c release EngineBenchmark throughput|ratelimit`.
        .executableTarget(
            name: "EngineBenchmark",
            dependencies: ["WaybillSandbox", "WaybillEngine", "WaybillSimulators", "WaybillStore", "WaybillExpressions"],
            path: "Benchmarks/EngineBenchmark"
        ),
        .testTarget(name: "WaybillStoreTests", dependencies: ["WaybillStore", .product(name: "GRDB", package: "GRDB.swift")]),
        // End to end per pair: the bundled rules against the simulators, through the sandbox.
        .testTarget(
            name: "WaybillPairsTests",
            dependencies: ["WaybillSandbox", "WaybillSimulators", "WaybillEngine", "WaybillStore", "WaybillRules"]
        ),
        .testTarget(
            name: "WaybillConnectorsTests",
            dependencies: ["WaybillConnectors", .product(name: "Hummingbird", package: "hummingbird")]
        ),
        .testTarget(name: "WaybillEngineTests", dependencies: ["WaybillEngine", "WaybillRules", "WaybillSimulators",
                                                       .product(name: "Hummingbird", package: "hummingbird")]),
        .testTarget(
            name: "WaybillServerTests",
            dependencies: [
                "WaybillServer", "WaybillEngine", "WaybillLogging",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "ServiceLifecycleTestKit", package: "swift-service-lifecycle"),
            ]
        ),
        .testTarget(
            name: "WaybillSimulatorsTests",
            dependencies: [
                "WaybillSimulators",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// Compiler settings for every target, in one place.
for target in package.targets {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    target.swiftSettings = settings
}
