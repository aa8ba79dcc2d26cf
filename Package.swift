// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Tupu",
    products: [
        .executable(name: "tupu", targets: ["tupu"]),
        .library(name: "TupuGraph", targets: ["TupuGraph"]),
        .library(name: "TupuSerialization", targets: ["TupuSerialization"]),
        .library(name: "TupuRecognizer", targets: ["TupuRecognizer"]),
        .library(name: "TupuLinker", targets: ["TupuLinker"]),
        .library(name: "TupuEvaluation", targets: ["TupuEvaluation"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "TupuXML", dependencies: ["CLibXML2"]),
        .target(name: "TupuGraph"),
        .target(name: "TupuSerialization", dependencies: ["TupuGraph", "TupuXML"]),
        .target(name: "TupuRecognizer", resources: [.copy("Resources/divisions.tsv"), .copy("Resources/words.tsv"), .copy("Resources/features.tsv")]),
        .target(name: "TupuLinker", dependencies: ["TupuGraph", "TupuRecognizer"]),
        .target(name: "TupuEvaluation"),
        .executableTarget(
            name: "tupu",
            dependencies: [
                "TupuGraph", "TupuSerialization", "TupuRecognizer", "TupuLinker", "TupuEvaluation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "TupuTestSupport", dependencies: ["TupuGraph", "TupuSerialization"], path: "Tests/TupuTestSupport"),
        .testTarget(name: "TupuXMLTests", dependencies: ["TupuXML"]),
        .testTarget(name: "TupuGraphTests", dependencies: ["TupuGraph"]),
        .testTarget(name: "TupuSerializationTests", dependencies: ["TupuSerialization", "TupuTestSupport"]),
        .testTarget(name: "TupuRecognizerTests", dependencies: ["TupuRecognizer", "TupuTestSupport"]),
        .testTarget(name: "TupuLinkerTests", dependencies: ["TupuLinker", "TupuTestSupport"]),
        .testTarget(name: "TupuCLITests", dependencies: ["TupuTestSupport"]),
        .executableTarget(
            name: "tupu-bench",
            dependencies: ["TupuGraph", "TupuSerialization"],
            path: "Benchmarks/tupu-bench"
        ),
        .executableTarget(
            name: "recognition-bench",
            dependencies: ["TupuGraph", "TupuRecognizer", "TupuLinker", "TupuSerialization", "TupuTestSupport"],
            path: "Benchmarks/recognition-bench"
        ),
    ]
)
