// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "stackc",
    products: [
        .executable(name: "stackc", targets: ["stackc"]),
        .library(name: "Jsonnet", targets: ["Jsonnet"]),
        .library(name: "YAML", targets: ["YAML"]),
        .library(name: "StackKit", targets: ["StackKit"]),
        .library(name: "PromQL", targets: ["PromQL"]),
    ],
    targets: [
        .target(
            name: "YAML",
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]
        ),
        .target(
            name: "Jsonnet",
            dependencies: ["YAML"],
            // Evaluation is single-threaded; dynamic exclusivity checks cost ~15% of run time.
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]
        ),
        // The monitoring layer: manifests, build output, lint and diff. Knows nothing of Jsonnet.
        .target(name: "StackKit", dependencies: ["YAML", "PromQL"]),
        // PromQL: lexer, parser, AST, RE2-compatible regexes, evaluator over in-memory series.
        .target(name: "PromQL"),
        // promtool-compatible rule unit tests: test files, input series, rule evaluation.
        .target(name: "RuleTesting", dependencies: ["PromQL", "YAML"]),
        .executableTarget(name: "stackc", dependencies: ["Jsonnet", "StackKit", "YAML", "RuleTesting"]),
        .testTarget(name: "JsonnetTests", dependencies: ["Jsonnet"], exclude: ["cases"]),
        .testTarget(name: "YAMLTests", dependencies: ["YAML"], exclude: ["Fixtures"]),
        .testTarget(name: "CLITests", dependencies: ["stackc"], exclude: ["cases", "trees"]),
        .testTarget(name: "StackKitTests", dependencies: ["StackKit", "YAML", "PromQL"], exclude: ["fixtures"]),
        .testTarget(name: "PromQLTests", dependencies: ["PromQL"]),
        .testTarget(name: "RuleTestingTests", dependencies: ["RuleTesting", "PromQL"], exclude: ["cases"]),
        .testTarget(name: "StdlibTests", dependencies: ["Jsonnet"], exclude: ["cases"]),
    ]
)
