import DICOM
import DICOMPixels
import Foundation
import Testing
import TestSupport

/// Shared by JPEGLSCodecTests and JPEG2000CodecTests: the corpus files of one set of
/// transfer syntaxes, their frames, pydicom's arrays (Tests/Oracle/codec_arrays_oracle.py),
/// synthetic frames and sample comparison.
enum JLSJ2KSupport {
    static let oracleScript = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Oracle/codec_arrays_oracle.py")

    struct CorpusFile {
        var url: URL
        var file: DICOMFile
        var description: PixelDescription
        var syntax: String
        var name: String { url.lastPathComponent }
    }

    /// Every corpus file whose transfer syntax is in `syntaxes`; a missing corpus is a failure.
    static func corpusFiles(syntaxes: Set<String>, sourceLocation: SourceLocation = #_sourceLocation) -> [CorpusFile] {
        var found: [CorpusFile] = []
        for url in TestData.corpusFiles(sourceLocation: sourceLocation) {
            guard let head = try? DICOMFile(contentsOf: url, options: .init(stopBeforePixelData: true)),
                  syntaxes.contains(head.transferSyntax.uid),
                  let file = try? DICOMFile(contentsOf: url) else { continue }
            guard let description = try? PixelDescription(dataSet: file.dataSet) else {
                Issue.record("\(url.lastPathComponent): no usable pixel description", sourceLocation: sourceLocation)
                continue
            }
            found.append(CorpusFile(url: url, file: file, description: description, syntax: head.transferSyntax.uid))
        }
        return found.sorted { $0.url.path < $1.url.path }
    }

    /// The compressed frames: all fragments for one frame, one fragment per frame when the
    /// counts match, else grouped by the basic offset table.
    /// The compressed frames, split by the library's own splitter.
    static func frames(of file: CorpusFile) -> [Data]? {
        guard let frames = try? PixelFrames(file: file.file) else { return nil }
        return try? (0..<frames.count).map { try frames.compressedFrame($0) }
    }

    struct OracleArray {
        var samples: Data?
        var dtype = ""
        var photometric = ""
        var error: String?
    }

    /// pydicom's `pixel_array` for each file, in order.
    static func oracle(_ urls: [URL]) throws -> [OracleArray] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("faceless-jls-j2k-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Processes.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", oracleScript.path, folder.path] + urls.map(\.path))
        guard run.status == 0 else {
            throw OracleFailure(message: "oracle exited \(run.status): \(run.stderr.suffix(1500))")
        }
        let printed = run.stdout
        return try printed.split(separator: "\n").map { line in
            guard let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let index = record["index"] as? Int else { throw OracleFailure(message: "bad oracle line \(line)") }
            if let error = record["error"] as? String { return OracleArray(error: error) }
            return OracleArray(samples: try Data(contentsOf: folder.appendingPathComponent("\(index).raw")),
                               dtype: record["dtype"] as? String ?? "", photometric: record["photometric"] as? String ?? "")
        }
    }

    struct OracleFailure: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    /// Samples that differ and the largest difference, reading both buffers as `dtype`.
    static func compare(_ ours: Data, _ theirs: Data, dtype: String) -> (differing: Int, maximum: Int) {
        let width = Int(dtype.dropFirst(2)) ?? 1, signed = dtype.dropFirst().first == "i"
        guard ours.count == theirs.count else { return (Int.max, Int.max) }
        var differing = 0, maximum = 0
        ours.withUnsafeBytes { a in
            theirs.withUnsafeBytes { b in
                for offset in stride(from: 0, to: a.count, by: width) {
                    let x = sample(a, offset, width, signed), y = sample(b, offset, width, signed)
                    if x != y { differing += 1; maximum = max(maximum, abs(x - y)) }
                }
            }
        }
        return (differing, maximum)
    }

    private static func sample(_ raw: UnsafeRawBufferPointer, _ offset: Int, _ width: Int, _ signed: Bool) -> Int {
        switch (width, signed) {
        case (1, false): return Int(raw[offset])
        case (1, true): return Int(Int8(bitPattern: raw[offset]))
        case (2, false): return Int(UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt16.self)))
        case (2, true): return Int(Int16(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: Int16.self)))
        case (_, false): return Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
        default: return Int(Int32(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: Int32.self)))
        }
    }

    /// A frame with structure: gradients, a checkerboard edge, a disc and a little noise,
    /// spanning the full range of Bits Stored, signed values sign-extended.
    static func syntheticFrame(_ d: PixelDescription, seed: UInt64) -> Data {
        var state = seed | 1
        let levels = Int64(1) << d.bitsStored
        var out = Data(count: d.decodedFrameLength)
        out.withUnsafeMutableBytes { (raw: UnsafeMutableRawBufferPointer) in
            for row in 0..<d.rows {
                for column in 0..<d.columns {
                    state = state &* 6364136223846793005 &+ 1442695040888963407
                    let noise = Int64(state >> 60)
                    let dx = row - d.rows / 2, dy = column - d.columns / 2
                    let disc: Int64 = dx * dx + dy * dy < d.rows * d.columns / 9 ? levels / 2 : 0
                    for sample in 0..<d.samplesPerPixel {
                        let gradient = Int64(row * 37 + column * 11 + sample * 1000) * levels / Int64(max(1, 48 * (d.rows + d.columns)))
                        let edge: Int64 = ((row / 8 + column / 8) % 2 == 0) ? levels / 4 : 0
                        var value = (gradient + edge + disc + noise) % levels
                        if d.isSigned { value -= levels / 2 }
                        let offset = ((row * d.columns + column) * d.samplesPerPixel + sample) * d.bytesPerSample
                        for byte in 0..<d.bytesPerSample { raw[offset + byte] = UInt8(truncatingIfNeeded: value >> (8 * byte)) }
                    }
                }
            }
        }
        return out
    }

    /// Deterministic damaged copies of `stream`: truncations at many offsets, byte flips and garbage.
    static func damaged(_ stream: Data, seed: UInt64, truncations: Int, flips: Int, garbage: Int) -> [(kind: String, data: Data)] {
        var state = seed | 1
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(max(1, bound)))
        }
        var cases: [(String, Data)] = []
        let step = max(1, stream.count / truncations)
        for length in stride(from: 0, to: stream.count - 1, by: step) { cases.append(("truncated", stream.prefix(length))) }
        for _ in 0..<flips {
            var copy = stream
            for _ in 0...next(3) { copy[copy.startIndex + next(copy.count)] ^= UInt8(1 + next(255)) }
            cases.append(("flipped", copy))
        }
        for index in 0..<garbage {
            var copy = Data((0..<(1 + next(4096))).map { _ in UInt8(truncatingIfNeeded: next(256)) })
            if index % 2 == 0 { copy.replaceSubrange(0..<min(copy.count, 4), with: stream.prefix(4)) } // plausible start
            cases.append(("garbage", copy))
        }
        return cases
    }

    /// Decodes every corpus file of `syntaxes` with `codec` and compares with pydicom:
    /// exact for lossless syntaxes, within 1 for `lossy` ones, the same photometric
    /// interpretation; where pydicom fails, `codec` must fail with `.corruptStream`.
    static func checkCorpus(_ codec: some FrameCodec, syntaxes: Set<String>, lossy: Set<String>, minimumFiles: Int,
                            sourceLocation: SourceLocation = #_sourceLocation) throws {
        let files = corpusFiles(syntaxes: syntaxes, sourceLocation: sourceLocation)
        #expect(files.count >= minimumFiles, "only \(files.count) corpus files found; \(TestData.fetchHint)", sourceLocation: sourceLocation)
        let expected = try oracle(files.map(\.url))
        try #require(expected.count == files.count, sourceLocation: sourceLocation)
        for (file, theirs) in zip(files, expected) {
            var ours = Data(), interpretation = "", failure: PixelDataError?
            if let frames = frames(of: file) {
                do {
                    for frame in frames {
                        let decoded = try codec.decode(frame, description: file.description, transferSyntaxUID: file.syntax)
                        ours.append(decoded.samples)
                        interpretation = decoded.photometricInterpretation
                    }
                } catch { failure = error }
            } else {
                failure = PixelDataError(.corruptStream, "no frames in the encapsulated pixel data")
            }
            guard let samples = theirs.samples else {
                print("\(file.name): pydicom fails (\(theirs.error ?? "")); ours: \(failure.map { "\($0)" } ?? "decoded")")
                #expect(failure?.kind == .corruptStream, "\(file.name): pydicom cannot decode it, so neither should we",
                        sourceLocation: sourceLocation)
                continue
            }
            if let failure {
                Issue.record("\(file.name): pydicom decodes it, we fail: \(failure)", sourceLocation: sourceLocation)
                continue
            }
            let (differing, maximum) = compare(ours, samples, dtype: theirs.dtype)
            let allowed = lossy.contains(file.syntax) ? 1 : 0
            print("\(file.name) [\(file.syntax)]: \(differing == 0 ? "exact" : "\(differing) samples differ, max \(maximum)"), "
                  + "\(samples.count / max(1, Int(theirs.dtype.dropFirst(2)) ?? 1)) samples, \(interpretation)")
            #expect(maximum <= allowed, "\(file.name): \(differing) samples differ from pydicom, by up to \(maximum)",
                    sourceLocation: sourceLocation)
            #expect(interpretation == theirs.photometric, "\(file.name): \(interpretation), pydicom says \(theirs.photometric)",
                    sourceLocation: sourceLocation)
        }
    }

    /// Damages encoded synthetic frames and small corpus frames thousands of ways: every
    /// decode must give a full-size frame or `.corruptStream`, and no truncation may decode.
    static func checkDamagedStreams(_ codec: some FrameCodec, encodeAs encodeSyntax: String, decodeAs decodeSyntax: String,
                                    name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        var sources: [(Data, PixelDescription)] = []
        for (samples, allocated) in [(1, 16), (3, 8)] {
            let description = PixelDescription(rows: 48, columns: 40, samplesPerPixel: samples, bitsAllocated: allocated,
                                               photometricInterpretation: samples == 3 ? "RGB" : "MONOCHROME2")
            let frame = syntheticFrame(description, seed: 99)
            sources.append((try codec.encode(frame, description: description, transferSyntaxUID: encodeSyntax), description))
        }
        // Small corpus frames only: damaging a multi-megabyte frame thousands of times is slow, not more thorough.
        for file in corpusFiles(syntaxes: codec.decodableSyntaxes, sourceLocation: sourceLocation)
        where file.description.numberOfFrames == 1 && file.description.decodedFrameLength <= 100_000 {
            if let frame = frames(of: file)?.first { sources.append((frame, file.description)) }
        }
        var cases = 0, truncatedAccepted = 0, otherErrors: [String] = []
        for (index, (stream, description)) in sources.enumerated() {
            for damaged in damaged(stream, seed: UInt64(index + 1), truncations: 400, flips: 200, garbage: 60) {
                cases += 1
                do {
                    let decoded = try codec.decode(damaged.data, description: description, transferSyntaxUID: decodeSyntax)
                    #expect(decoded.samples.count == description.decodedFrameLength, sourceLocation: sourceLocation)
                    if damaged.kind == "truncated" { truncatedAccepted += 1 }
                } catch {
                    if error.kind != .corruptStream { otherErrors.append("\(damaged.kind): \(error)") }
                }
            }
        }
        print("\(name) damaged streams: \(cases) cases, \(truncatedAccepted) truncations decoded")
        #expect(cases >= 2000, sourceLocation: sourceLocation)
        #expect(truncatedAccepted == 0, "\(truncatedAccepted) truncated streams decoded without an error", sourceLocation: sourceLocation)
        #expect(otherErrors.isEmpty, "\(otherErrors.prefix(5))", sourceLocation: sourceLocation)
    }
}
