// swift-tools-version: 6.1
// The Faceless package. Modules are listed in dependency order (design.md §3):
// each target depends only on targets above it.
import PackageDescription

/// Voxel kernels are optimised in every configuration: unoptimised, the tests' volumes would
/// take minutes instead of seconds, and nobody steps through these loops in a debugger.
let optimisedKernels: [SwiftSetting] = [.unsafeFlags(["-O", "-cross-module-optimization"])]

let package = Package(
    name: "Faceless",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "DICOM", targets: ["DICOM"]),
        .library(name: "DICOMPixels", targets: ["DICOMPixels"]),
        .library(name: "Volume", targets: ["Volume"]),
        .library(name: "Imaging", targets: ["Imaging"]),
        .library(name: "Render", targets: ["Render"]),
        .library(name: "Deidentify", targets: ["Deidentify"]),
        .library(name: "Deface", targets: ["Deface"]),
        .library(name: "TextRedaction", targets: ["TextRedaction"]),
        .library(name: "FaceCheck", targets: ["FaceCheck"]),
        .library(name: "Pipeline", targets: ["Pipeline"]),
        .executable(name: "faceless", targets: ["FacelessCLI"]),
        .executable(name: "faceless-bench", targets: ["FacelessBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // C libraries from Debian's -dev packages.
        // zlib. Not named CZlib: ZIPFoundation ships a module of that name, and two modules
        // with one name cannot be in one build.
        .systemLibrary(name: "CFacelessZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
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
        // dlib (Debian's libdlib-dev, built with BLAS and LAPACK): face detectors, landmarks and
        // embeddings behind a C interface of opaque handles and error strings, so neither C++
        // types nor exceptions reach Swift. dlib's templates are unusably slow unoptimised (a
        // CNN pass takes seconds), hence -O2 in every configuration. The DLIB_* build options
        // come from Debian's /usr/include/dlib/config.h, which every dlib header includes, so
        // our objects agree with libdlib.so without repeating them here.
        .target(
            name: "CDlibFace",
            cxxSettings: [.unsafeFlags(["-O2"])],
            linkerSettings: [.linkedLibrary("dlib"), .linkedLibrary("blas"), .linkedLibrary("lapack")]
        ),

        // DICOM: tags, VRs, data sets, transfer syntaxes, reader, writer, character sets.
        .target(name: "DICOM", dependencies: ["CFacelessZlib"]),

        // DICOMPixels: frames, native and encapsulated pixel data, codecs.
        .target(name: "DICOMPixels", dependencies: ["DICOM", "CJPEGShim", "CCharLS", "COpenJPEG"]),

        // Volume: 3-D images in patient (LPS) coordinates; series assembly; NIfTI; write-back.
        .target(name: "Volume", dependencies: ["DICOM", "DICOMPixels", "CFacelessZlib"], swiftSettings: optimisedKernels),

        // Imaging: voxel kernels (distance transforms, components, morphology, thresholds, resampling).
        .target(name: "Imaging", dependencies: ["Volume"], swiftSettings: optimisedKernels),

        // Render: isosurface ray casting of volumes, cameras, PNG through libpng, contact sheets.
        .target(name: "Render", dependencies: ["Volume", "CPNG"], swiftSettings: optimisedKernels),

        // Deidentify: PS3.15 Annex E header de-identification (generated tables, actions, options,
        // keyed pseudonyms, mapping sheets, recipes, provenance).
        .target(
            name: "Deidentify",
            dependencies: [
                "DICOM",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),

        // Deface: head segmentation, drowning, guard checks, selective features.
        .target(name: "Deface", dependencies: ["Volume", "Imaging"], swiftSettings: optimisedKernels),

        // TextRedaction: burned-in text found and blanked in CT slices.
        .target(name: "TextRedaction", dependencies: ["Volume"], swiftSettings: optimisedKernels),

        // FaceCheck: face detection, landmarks and embeddings on renders (dlib through CDlibFace);
        // cohort statistics and `evaluate`'s engine (SHA-256 cache keys, atomic output files).
        .target(name: "FaceCheck", dependencies: ["CDlibFace", "DICOM", "Volume", "Render", .product(name: "Crypto", package: "swift-crypto")]),

        // Pipeline: `faceless deid` on a folder of patients: discovery, selection, study jobs,
        // resumption, quarantine, reports, audit log.
        .target(
            name: "Pipeline",
            dependencies: ["DICOM", "Volume", "Imaging", "Render", "Deidentify", "Deface", "TextRedaction", "FaceCheck",
                           .product(name: "Crypto", package: "swift-crypto"),
                           .product(name: "Logging", package: "swift-log")]
        ),

        // ExampleStudies: the example tree of patients (real head CT with fake PHI, a phantom
        // patient, junk files) that the README's main job and the pipeline's tests run on.
        .target(name: "ExampleStudies", dependencies: ["DICOM", "DICOMPixels", "Volume", "Render"]),

        // The `faceless` command-line tool.
        .executableTarget(
            name: "FacelessCLI",
            dependencies: ["DICOM", "DICOMPixels", "Volume", "Imaging", "Render", "Deidentify", "Deface", "FaceCheck", "Pipeline",
                           .product(name: "ArgumentParser", package: "swift-argument-parser"),
                           .product(name: "Logging", package: "swift-log")]
        ),

        // Benchmarks: the Swift side of Scripts/bench.sh (not a test).
        .executableTarget(name: "FacelessBench", dependencies: ["DICOM", "DICOMPixels", "Volume", "Imaging", "Render", "Deidentify", "Deface", "FaceCheck", "ExampleStudies"]),

        .target(name: "TestSupport", dependencies: ["DICOM"], path: "Tests/TestSupport"),
        .testTarget(name: "DICOMTests", dependencies: ["DICOM", "TestSupport"]),
        .testTarget(name: "DICOMPixelsTests", dependencies: ["DICOM", "DICOMPixels", "TestSupport"]),
        .testTarget(name: "VolumeTests", dependencies: ["DICOM", "DICOMPixels", "Volume", "TestSupport"]),
        .testTarget(name: "ImagingTests", dependencies: ["Volume", "Imaging", "TestSupport"]),
        .testTarget(name: "RenderTests", dependencies: ["Volume", "Render", "TestSupport"]),
        .testTarget(name: "DeidentifyTests", dependencies: ["DICOM", "Deidentify", "FacelessCLI", "TestSupport"]),
        .testTarget(name: "DefaceTests", dependencies: ["DICOM", "DICOMPixels", "Volume", "Imaging", "Render", "Deface", "TestSupport"]),
        .testTarget(name: "FaceCheckTests", dependencies: ["Volume", "Render", "Deface", "CDlibFace", "FaceCheck", "TestSupport"]),
        .testTarget(name: "TextRedactionTests", dependencies: ["Volume", "Render", "TextRedaction", "TestSupport"]),
        .testTarget(name: "PipelineTests", dependencies: ["DICOM", "Pipeline", "ExampleStudies", "FacelessCLI", "TestSupport",
                                                          .product(name: "Crypto", package: "swift-crypto")]),
        .testTarget(name: "FacelessCLITests", dependencies: ["FacelessCLI", "Volume", "ExampleStudies", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6],
    // dlib 19.24 needs C++14 at least; C++17 is GCC 12's default, the compiler Debian built it with.
    cxxLanguageStandard: .cxx17
)
