import DICOM
@testable import DICOMPixels
import Foundation
import Testing
import TestSupport

// Swift Testing also declares `Tag`; this file always writes `DICOM.Tag`.

/// Test data and oracle plumbing for the JPEG codec tests (names prefixed to stay clear
/// of helpers other codec test files in this target may declare).
enum JPEGTestSupport {
    static let root = TestData.root
    static let syntaxes = JPEGCodec().decodableSyntaxes

    /// Every corpus file whose transfer syntax is a JPEG one.
    static func corpusFiles() -> [URL] {
        TestData.corpusFiles().filter { url in
            (try? DICOMFile(contentsOf: url, options: .init(stopBeforePixelData: true))).map { syntaxes.contains($0.transferSyntax.uid) } ?? false
        }
    }

    /// The compressed frames, split by the library's own splitter.
    static func frames(of file: DICOMFile) -> [Data]? {
        guard let frames = try? PixelFrames(file: file) else { return nil }
        return try? (0..<frames.count).map { try frames.compressedFrame($0) }
    }

    static let oracleScript = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Oracle/jpeg_oracle.py")

    /// Runs Tests/Oracle/jpeg_oracle.py: pydicom's raw decoded arrays, one file each.
    static func oracle(_ files: [URL], into directory: URL, command: String = "dump") throws -> [[String: Any]] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", oracleScript.path, command, directory.path] + files.map(\.path)
        let output = directory.appendingPathComponent("report.json")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: output)
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
              let report = try JSONSerialization.jsonObject(with: Data(contentsOf: output)) as? [String: Any],
              let entries = report["files"] as? [[String: Any]] else {
            throw JPEGOracleError(message: "pixel oracle failed (exit \(process.terminationStatus)); is pydicom 3.0.2 with pylibjpeg installed? run Scripts/setup.sh")
        }
        return entries
    }

    struct JPEGOracleError: Error, CustomStringConvertible { let message: String; var description: String { message } }
}

@Suite("JPEG codec")
struct JPEGCodecTests {
    let codec = JPEGCodec()

    /// (a) Every JPEG-family corpus file decodes as pydicom + pylibjpeg decode it: exactly
    /// for the lossless syntaxes, within 1 for the lossy ones.
    @Test func corpusMatchesPydicom() throws {
        let files = JPEGTestSupport.corpusFiles()
        #expect(files.count >= 25, "expected the JPEG files of the pydicom and deid corpora; run `bash Scripts/fetch-test-data.sh`")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("faceless-jpeg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let entries = try JPEGTestSupport.oracle(files, into: directory)
        try #require(entries.count == files.count)

        var summary: [String] = []
        for (index, url) in files.enumerated() {
            let entry = entries[index]
            let name = url.lastPathComponent
            let file = try DICOMFile(contentsOf: url)
            let syntax = file.transferSyntax.uid
            guard let frames = JPEGTestSupport.frames(of: file) else {
                // No pixel data (e.g. UN_sequence.dcm): pydicom has nothing to decode either.
                #expect(entry["error"] != nil, "\(name): pydicom decoded pixel data we did not find")
                continue
            }
            let description = try PixelDescription(dataSet: file.dataSet)
            var decoded = Data()
            var photometric = ""
            var failure: PixelDataError?
            for frame in frames.prefix(description.numberOfFrames) {
                do {
                    let result = try codec.decode(frame, description: description, transferSyntaxUID: syntax)
                    decoded.append(result.samples)
                    photometric = result.photometricInterpretation
                } catch { failure = error; break }
            }
            if let error = entry["error"] as? String {
                // pydicom cannot decode it (JPEG-lossy.dcm: Ss != 0 in a sequential scan).
                summary.append("\(name): pydicom fails (\(error.prefix(60))); ours: \(failure.map { "\($0)" } ?? "decoded")")
                continue
            }
            if let failure { Issue.record("\(name): pydicom decodes it, we fail: \(failure)"); continue }
            let expected = try Data(contentsOf: directory.appendingPathComponent("\(index).raw"))
            #expect(photometric == entry["photometric"] as? String, "\(name): photometric interpretation")
            guard decoded.count == expected.count else {
                Issue.record("\(name): \(decoded.count) bytes decoded, pydicom has \(expected.count)")
                continue
            }
            let (differing, beyondOne, maximum) = Self.difference(decoded, expected, bytesPerSample: description.bytesPerSample,
                                                                   signed: description.isSigned)
            let lossless = syntax == PixelSyntax.jpegLossless || syntax == PixelSyntax.jpegLosslessSV1
            if lossless {
                #expect(differing == 0, "\(name): \(differing) samples differ (max \(maximum)) from pydicom")
            } else {
                // pylibjpeg's DCT decoder (Richter's libjpeg) rounds differently from IJG's:
                // ±1 is normal. In 4:2:2 chroma a few samples (color3d_jpeg_baseline.dcm:
                // 1,920 of 110.6 million) differ by 2–3; bound both.
                let samples = decoded.count / description.bytesPerSample
                #expect(maximum <= 3 && beyondOne * 10_000 <= samples,
                        "\(name): max difference \(maximum); \(beyondOne) of \(samples) samples differ by more than 1")
            }
            let tag = syntax.split(separator: ".").last!
            summary.append("\(name) [\(tag)]: " + (differing == 0 ? "exact" : "\(differing) differ, \(beyondOne) by >1, max \(maximum)"))
        }
        print("JPEG corpus agreement:\n  " + summary.joined(separator: "\n  "))
    }

    /// JPEG-lossy.dcm has Ss ≠ 0 in its sequential scan, which pylibjpeg rejects; IJG
    /// (and dcmtk) decode it with a warning. Its stream is otherwise JPGExtended.dcm's,
    /// so both must decode to the same samples.
    @Test func jpegLossyDecodesLikeItsFixedTwin() throws {
        func decode(_ name: String) throws -> Data? {
            let url = JPEGTestSupport.root.appendingPathComponent("pydicom/test_files/\(name)")
            guard FileManager.default.fileExists(atPath: url.path) else {
                Issue.record("test data missing: \(url.path); run `bash Scripts/fetch-test-data.sh`")
                return nil
            }
            let file = try DICOMFile(contentsOf: url)
            let frame = try #require(JPEGTestSupport.frames(of: file)?.first)
            return try codec.decode(frame, description: PixelDescription(dataSet: file.dataSet),
                                    transferSyntaxUID: file.transferSyntax.uid).samples
        }
        let lossy = try decode("JPEG-lossy.dcm")
        let fixed = try decode("JPGExtended.dcm")
        #expect(lossy != nil && lossy == fixed)
    }

    // MARK: - (b) Round trip

    /// Gradients plus noise: real structure for the predictor, not just constant runs.
    static func syntheticFrame(_ d: PixelDescription, seed: UInt64) -> Data {
        var state = seed
        func next() -> UInt64 { // SplitMix64: deterministic, no Foundation randomness
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        let range = 1 << d.bitsStored
        var data = Data(count: d.decodedFrameLength)
        data.withUnsafeMutableBytes { raw in
            var index = 0
            for row in 0 ..< d.rows {
                for column in 0 ..< d.columns {
                    for sample in 0 ..< d.samplesPerPixel {
                        let gradient = (row * 7 + column * 13 + sample * range / 3) % range
                        let noise = Int(next() % 64) - 32
                        var value = min(range - 1, max(0, gradient + noise))
                        if (row / 16 + column / 16) % 5 == 0 { value = Int(next() % UInt64(range)) } // pure-noise patches
                        if row == 0, column < 4 { value = [0, range - 1, range / 2, range / 2 - 1][column] } // extremes
                        if d.isSigned { value -= range / 2 }
                        if d.bytesPerSample == 1 {
                            raw.storeBytes(of: UInt8(truncatingIfNeeded: value), toByteOffset: index, as: UInt8.self)
                        } else {
                            raw.storeBytes(of: UInt16(truncatingIfNeeded: value).littleEndian, toByteOffset: index, as: UInt16.self)
                        }
                        index += d.bytesPerSample
                    }
                }
            }
        }
        return data
    }

    static let roundTripCases: [(bits: Int, signed: Bool, samples: Int)] =
        [8, 12, 16].flatMap { bits in [false, true].flatMap { signed in [1, 3].map { (bits, signed, $0) } } }

    @Test(arguments: roundTripCases)
    func losslessRoundTrip(bits: Int, signed: Bool, samples: Int) throws {
        let description = PixelDescription(rows: 45, columns: 67, samplesPerPixel: samples,
                                           bitsAllocated: bits <= 8 ? 8 : 16, bitsStored: bits, isSigned: signed,
                                           photometricInterpretation: samples == 3 ? "RGB" : "MONOCHROME2")
        let frame = Self.syntheticFrame(description, seed: UInt64(bits * 10 + samples + (signed ? 100 : 0)))
        let encoded = try codec.encode(frame, description: description, transferSyntaxUID: PixelSyntax.jpegLosslessSV1)
        let decoded = try codec.decode(encoded, description: description, transferSyntaxUID: PixelSyntax.jpegLosslessSV1)
        #expect(decoded.samples == frame)
        #expect(decoded.photometricInterpretation == description.photometricInterpretation)
        let header = try JPEGCodec.header(of: encoded)
        #expect(header.sof_type == 3 && Int(header.precision) == bits)
    }

    /// A YBR_FULL frame re-encoded losslessly must not be relabelled RGB by readers that
    /// follow pydicom's component-id rule.
    @Test func losslessKeepsNonRGBColourLabel() throws {
        let description = PixelDescription(rows: 16, columns: 16, samplesPerPixel: 3, bitsAllocated: 8,
                                           photometricInterpretation: "YBR_FULL")
        let frame = Self.syntheticFrame(description, seed: 7)
        let encoded = try codec.encode(frame, description: description, transferSyntaxUID: PixelSyntax.jpegLosslessSV1)
        let decoded = try codec.decode(encoded, description: description, transferSyntaxUID: PixelSyntax.jpegLosslessSV1)
        #expect(decoded.samples == frame && decoded.photometricInterpretation == "YBR_FULL")
    }

    /// Our lossless streams for every precision 2…16 decode the same in pylibjpeg, an
    /// independent decoder (the encoder sets P = Bits Stored after IJG's setup check).
    @Test func losslessStreamsDecodeInPylibjpeg() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("faceless-jpeg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var frames: [Data] = []
        var urls: [URL] = []
        for bits in 2 ... 16 {
            let samples = bits % 3 == 0 ? 3 : 1
            let description = PixelDescription(rows: 33, columns: 41, samplesPerPixel: samples,
                                               bitsAllocated: bits <= 8 ? 8 : 16, bitsStored: bits,
                                               photometricInterpretation: samples == 3 ? "RGB" : "MONOCHROME2")
            let frame = Self.syntheticFrame(description, seed: UInt64(bits))
            let url = directory.appendingPathComponent("p\(bits).jpg")
            try codec.encode(frame, description: description, transferSyntaxUID: PixelSyntax.jpegLosslessSV1).write(to: url)
            frames.append(frame)
            urls.append(url)
        }
        let entries = try JPEGTestSupport.oracle(urls, into: directory, command: "jpeg")
        for (index, frame) in frames.enumerated() {
            #expect(entries[index]["error"] == nil, "P=\(index + 2): \(entries[index]["error"] ?? "")")
            let theirs = try? Data(contentsOf: directory.appendingPathComponent("\(index).raw"))
            #expect(theirs == frame, "P=\(index + 2): pylibjpeg decodes our stream differently")
        }
    }

    // MARK: - (c) Corrupt streams

    /// Seeds: our lossless 8/12/16-bit streams and the small corpus DCT streams. Every
    /// truncation before the EOI marker must be `.corruptStream`; flips and garbage must be
    /// `.corruptStream` or a frame of the right size — never a crash or a hang.
    @Test func corruptStreamsAreErrors() throws {
        var seeds: [(Data, PixelDescription, String)] = []
        for (bits, samples) in [(8, 1), (12, 3), (16, 1)] {
            let description = PixelDescription(rows: 24, columns: 30, samplesPerPixel: samples,
                                               bitsAllocated: bits <= 8 ? 8 : 16, bitsStored: bits,
                                               photometricInterpretation: samples == 3 ? "RGB" : "MONOCHROME2")
            let frame = Self.syntheticFrame(description, seed: 99)
            seeds.append((try codec.encode(frame, description: description, transferSyntaxUID: PixelSyntax.jpegLosslessSV1),
                          description, PixelSyntax.jpegLosslessSV1))
        }
        for name in ["SC_rgb_jpeg_dcmtk.dcm", "SC_rgb_dcmtk_+eb+cy+np.dcm", "SC_rgb_small_odd_jpeg.dcm"] {
            let url = JPEGTestSupport.root.appendingPathComponent("pydicom/test_files/\(name)")
            guard FileManager.default.fileExists(atPath: url.path) else {
                Issue.record("test data missing: \(url.path); run `bash Scripts/fetch-test-data.sh`")
                continue
            }
            let file = try DICOMFile(contentsOf: url)
            let frame = try #require(JPEGTestSupport.frames(of: file)?.first)
            seeds.append((frame, try PixelDescription(dataSet: file.dataSet), file.transferSyntax.uid))
        }
        var generator = SystemRandomNumberGenerator()
        var cases = 0
        var decodedAnyway = 0
        for (stream, description, syntax) in seeds {
            // The stream up to and including EOI (DICOM pads fragments to even length).
            let eoi = (0 ..< stream.count - 1).last { stream[stream.startIndex + $0] == 0xFF && stream[stream.startIndex + $0 + 1] == 0xD9 }
            let end = try #require(eoi)
            _ = try codec.decode(stream, description: description, transferSyntaxUID: syntax)
            func attempt(_ data: Data, mustFail: Bool) {
                cases += 1
                do {
                    let frame = try codec.decode(data, description: description, transferSyntaxUID: syntax)
                    #expect(!mustFail, "truncated stream of \(data.count) bytes decoded")
                    #expect(frame.samples.count == description.decodedFrameLength)
                    decodedAnyway += 1
                } catch {
                    #expect(error.kind == .corruptStream, "\(error)")
                }
            }
            let step = max(1, end / 400)
            for cut in stride(from: 0, to: end, by: step) { attempt(stream.prefix(cut), mustFail: true) }
            for _ in 0 ..< 600 {
                var damaged = stream
                for _ in 0 ..< Int.random(in: 1 ... 4, using: &generator) {
                    let index = damaged.startIndex + Int.random(in: 0 ..< damaged.count, using: &generator)
                    damaged[index] ^= UInt8.random(in: 1 ... 255, using: &generator)
                }
                attempt(damaged, mustFail: false)
            }
            for _ in 0 ..< 100 {
                var garbage = Data([0xFF, 0xD8])
                garbage.append(contentsOf: (0 ..< Int.random(in: 0 ..< 2000, using: &generator)).map { _ in UInt8.random(in: 0 ... 255, using: &generator) })
                attempt(garbage, mustFail: false)
                // A valid header followed by garbage entropy data.
                attempt(stream.prefix(end / 3) + garbage.dropFirst(2), mustFail: false)
            }
        }
        #expect(cases >= 3000)
        print("JPEG fuzz: \(cases) cases, \(decodedAnyway) decoded to some image, the rest .corruptStream")
    }

    // MARK: - Speed

    /// Not a benchmark gate: prints ms per 512×512 16-bit lossless frame.
    @Test func losslessSpeed() throws {
        let description = PixelDescription(rows: 512, columns: 512, bitsAllocated: 16, bitsStored: 16)
        let frame = Self.syntheticFrame(description, seed: 1)
        let rounds = 10
        var encoded = Data()
        let clock = ContinuousClock()
        let encodeTime = try clock.measure {
            for _ in 0 ..< rounds { encoded = try codec.encode(frame, description: description, transferSyntaxUID: PixelSyntax.jpegLosslessSV1) }
        }
        var decoded = Data()
        let decodeTime = try clock.measure {
            for _ in 0 ..< rounds { decoded = try codec.decode(encoded, description: description, transferSyntaxUID: PixelSyntax.jpegLosslessSV1).samples }
        }
        #expect(decoded == frame)
        func ms(_ duration: Duration) -> Double {
            Double(duration.components.seconds) * 1000 / Double(rounds) + Double(duration.components.attoseconds) / 1e15 / Double(rounds)
        }
        print("JPEG lossless 512×512×16: encode \(ms(encodeTime)) ms, decode \(ms(decodeTime)) ms per frame, \(encoded.count) bytes")
    }

    static func difference(_ a: Data, _ b: Data, bytesPerSample: Int, signed: Bool) -> (count: Int, beyondOne: Int, maximum: Int) {
        var count = 0
        var beyondOne = 0
        var maximum = 0
        a.withUnsafeBytes { x in
            b.withUnsafeBytes { y in
                let samples = x.count / bytesPerSample
                for index in 0 ..< samples {
                    let left: Int, right: Int
                    if bytesPerSample == 1 {
                        left = signed ? Int(x.load(fromByteOffset: index, as: Int8.self)) : Int(x[index])
                        right = signed ? Int(y.load(fromByteOffset: index, as: Int8.self)) : Int(y[index])
                    } else {
                        let l = UInt16(littleEndian: x.loadUnaligned(fromByteOffset: 2 * index, as: UInt16.self))
                        let r = UInt16(littleEndian: y.loadUnaligned(fromByteOffset: 2 * index, as: UInt16.self))
                        left = signed ? Int(Int16(bitPattern: l)) : Int(l)
                        right = signed ? Int(Int16(bitPattern: r)) : Int(r)
                    }
                    if left != right {
                        count += 1
                        if abs(left - right) > 1 { beyondOne += 1 }
                        maximum = max(maximum, abs(left - right))
                    }
                }
            }
        }
        return (count, beyondOne, maximum)
    }
}
