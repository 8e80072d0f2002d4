// swift-tools-version: 6.1
// The Faceless package. Modules are listed in dependency order (design.md §3):
// each target depends only on targets above it.
import PackageDescription

let package = Package(
    name: "Faceless",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "DICOM", targets: ["DICOM"]),
        .library(name: "DICOMPixels", targets: ["DICOMPixels"]),
        .library(name: "Volume", targets: ["Volume"]),
        .executable(name: "faceless", targets: ["FacelessCLI"]),
        .executable(name: "faceless-bench", targets: ["FacelessBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // C libraries from Debian's -dev packages.
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CPNG", pkgConfig: "libpng16", providers: [.apt(["libpng-dev"])]),
        .systemLibrary(name: "CCharLS", pkgConfig: "charls", providers: [.apt(["libcharls-dev"])]),
        .systemLibrary(name: "COpenJPEG", pkgConfig: "libopenjp2", providers: [.apt(["libopenjp2-7-dev"])]),
        // JPEG: a C shim over libjpeg-turbo and GDCM's IJG 8/12/16-bit builds that keeps IJG's
        // setjmp/longjmp error handling out of Swift. The libraries are used from C only.
        .target(
            name: "CJPEGShim",
            linkerSettings: [
                .linkedLibrary("jpeg"), .linkedLibrary("gdcmjpeg8"), .linkedLibrary("gdcmjpeg12"), .linkedLibrary("gdcmjpeg16"),
            ]
        ),

        // DICOM: tags, VRs, data sets, transfer syntaxes, reader, writer, character sets.
        .target(name: "DICOM", dependencies: ["CZlib"]),

        // DICOMPixels: frames, native and encapsulated pixel data, codecs.
        .target(name: "DICOMPixels", dependencies: ["DICOM", "CJPEGShim", "CCharLS", "COpenJPEG"]),

        // Volume: 3-D images in patient (LPS) coordinates; series assembly; NIfTI; write-back.
        .target(name: "Volume", dependencies: ["DICOM", "DICOMPixels", "CZlib"]),

        // Render: images out (PNG through libpng; ray casting comes with the defacing issue).
        .target(name: "Render", dependencies: ["CPNG"]),

        // The `faceless` command-line tool.
        .executableTarget(
            name: "FacelessCLI",
            dependencies: ["DICOM", "DICOMPixels", "Volume", "Render", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        // Benchmarks: the Swift side of Scripts/bench.sh (not a test).
        .executableTarget(name: "FacelessBench", dependencies: ["DICOM", "DICOMPixels"]),

        // Test data location, process running and the Python oracles, shared by the test targets.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "DICOMTests", dependencies: ["DICOM", "TestSupport"]),
        .testTarget(name: "DICOMPixelsTests", dependencies: ["DICOM", "DICOMPixels", "TestSupport"]),
        .testTarget(name: "VolumeTests", dependencies: ["DICOM", "DICOMPixels", "Volume", "TestSupport"]),
        .testTarget(name: "FacelessCLITests", dependencies: ["FacelessCLI", "Volume", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
