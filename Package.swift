// swift-tools-version: 6.1
// The Faceless package. Modules are listed in dependency order (design.md §3):
// each target depends only on targets above it.
import PackageDescription

let package = Package(
    name: "Faceless",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "DICOM", targets: ["DICOM"]),
        .executable(name: "faceless", targets: ["FacelessCLI"]),
        .executable(name: "faceless-bench", targets: ["FacelessBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // C libraries from Debian's -dev packages.
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),

        // DICOM: tags, VRs, data sets, transfer syntaxes, reader, writer, character sets.
        .target(name: "DICOM", dependencies: ["CZlib"]),

        // The `faceless` command-line tool.
        .executableTarget(
            name: "FacelessCLI",
            dependencies: ["DICOM", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        // Benchmarks: the Swift side of Scripts/bench.sh (not a test).
        .executableTarget(name: "FacelessBench", dependencies: ["DICOM"]),

        .testTarget(name: "DICOMTests", dependencies: ["DICOM"]),
        .testTarget(name: "FacelessCLITests", dependencies: ["FacelessCLI"]),
    ],
    swiftLanguageModes: [.v6]
)
