import DICOM
import Foundation
import Testing
import TestSupport

/// Mutation fuzzing over the corpus: truncations, byte flips, huge lengths and deep nesting.
/// Every case must end in a data set or a `DICOMError` whose offset lies inside the input,
/// within a second, without the process growing without bound. Seeded, so a failure names
/// a case that can be replayed.
@Suite("Reader robustness")
struct FuzzTests {
    static let caseCount = Int(ProcessInfo.processInfo.environment["FACELESS_FUZZ_CASES"] ?? "") ?? 20_000

    /// Small readable corpus files (the mutations are what matter, not the size).
    static func seeds() -> [(String, Data)] {
        TestData.corpusFiles().compactMap { url in
            guard let data = try? Data(contentsOf: url), data.count <= 96 * 1024,
                  (try? DICOMFile(data: data)) != nil else { return nil }
            return (url.lastPathComponent, data)
        }
    }

    static func mutate(_ input: Data, using rng: inout SplitMix64) -> (String, Data) {
        var bytes = [UInt8](input)
        let kind = Int.random(in: 0..<5, using: &rng)
        switch kind {
        case 0:
            let cut = Int.random(in: 0..<bytes.count, using: &rng)
            return ("truncate at \(cut)", Data(bytes[..<cut]))
        case 1:
            let flips = Int.random(in: 1...8, using: &rng)
            for _ in 0..<flips {
                let i = Int.random(in: 0..<bytes.count, using: &rng)
                bytes[i] ^= UInt8.random(in: 1...255, using: &rng)
            }
            return ("\(flips) byte flips", Data(bytes))
        case 2:
            // A huge or undefined length written where a length field may be.
            let i = Int.random(in: 0..<max(1, bytes.count - 4), using: &rng)
            let length: UInt32 = [0xFFFF_FFFF, 0xFFFF_FFF0, 0x7FFF_FFFF, 0x0001_0000, 0xFFFF][Int.random(in: 0..<5, using: &rng)]
            withUnsafeBytes(of: length.littleEndian) { for k in 0..<4 where i + k < bytes.count { bytes[i + k] = $0[k] } }
            return ("length \(length) at \(i)", Data(bytes))
        case 3:
            // Duplicate a random span (repeated elements, items in odd places).
            let start = Int.random(in: 0..<bytes.count, using: &rng)
            let span = Int.random(in: 1...min(512, bytes.count - start), using: &rng)
            bytes.insert(contentsOf: bytes[start..<start + span], at: Int.random(in: 0..<bytes.count, using: &rng))
            return ("duplicate \(span) bytes from \(start)", Data(bytes))
        default:
            // Item and delimiter tags planted at random.
            let tags: [[UInt8]] = [[0xFE, 0xFF, 0x00, 0xE0], [0xFE, 0xFF, 0xDD, 0xE0], [0xFE, 0xFF, 0x0D, 0xE0]]
            let i = Int.random(in: 0..<max(1, bytes.count - 8), using: &rng)
            let planted = tags[Int.random(in: 0..<3, using: &rng)] + [0xFF, 0xFF, 0xFF, 0xFF]
            for k in 0..<8 where i + k < bytes.count { bytes[i + k] = planted[k] }
            return ("delimiter planted at \(i)", Data(bytes))
        }
    }

    static func residentMegabytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }) else { return 0 }
        return (Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0) / 1024
    }

    @Test("mutated corpus files: a data set or a typed error with an offset, never a crash or hang")
    func mutationFuzz() throws {
        let seeds = Self.seeds()
        try #require(seeds.count > 100, "expected the corpus; \(TestData.fetchHint)")
        var rng = SplitMix64(state: 0xFACE_1E55)
        var errors = 0, parsed = 0, slowest = 0.0
        let residentBefore = Self.residentMegabytes()
        for number in 0..<Self.caseCount {
            let (name, seed) = seeds[number % seeds.count]
            let (mutation, input) = Self.mutate(seed, using: &rng)
            let clock = ContinuousClock.now
            do {
                let file = try DICOMFile(data: input)
                _ = file.dataSet.jsonModel().rendered()
                _ = try file.serialized()
                parsed += 1
            } catch {
                errors += 1
                #expect((0...max(input.count, 132)).contains(error.offset),
                        "case \(number) (\(name), \(mutation)): offset \(error.offset) outside the \(input.count)-byte input")
            }
            let seconds = (ContinuousClock.now - clock) / .seconds(1)
            slowest = max(slowest, seconds)
            #expect(seconds < 1, "case \(number) (\(name), \(mutation)) took \(seconds) s")
        }
        let growth = Self.residentMegabytes() - residentBefore
        print("fuzz: \(Self.caseCount) cases over \(seeds.count) seed files: \(parsed) read, \(errors) typed errors; slowest \(String(format: "%.4f", slowest)) s; resident memory grew \(growth) MB")
        #expect(growth < 1024, "resident memory grew \(growth) MB")
    }

    @Test("sequences nested 10,000 deep end in a nesting error, not a stack overflow")
    func deepNesting() throws {
        // Explicit VR LE: (0008,1115) SQ undefined length, item undefined length, repeated.
        var body: [UInt8] = []
        for _ in 0..<10_000 {
            body += [0x08, 0x00, 0x15, 0x11, 0x53, 0x51, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0xFF]
            body += [0xFE, 0xFF, 0x00, 0xE0, 0xFF, 0xFF, 0xFF, 0xFF]
        }
        var file = [UInt8](repeating: 0, count: 128) + Array("DICM".utf8)
        let syntax = Array("1.2.840.10008.1.2.1\0".utf8)
        file += [0x02, 0x00, 0x10, 0x00, 0x55, 0x49, UInt8(syntax.count), 0x00] + syntax
        file += body
        #expect {
            try DICOMFile(data: Data(file))
        } throws: { error in
            guard let error = error as? DICOMError else { return false }
            return error.kind == .nestingTooDeep && error.offset > 132 && error.offset < file.count
        }
    }

    @Test("empty files, folders and non-DICOM text give a clear typed error")
    func badInputs() throws {
        #expect(throws: DICOMError.self) { try DICOMFile(data: Data()) }
        #expect(throws: DICOMError.self) { try DICOMFile(data: Data("just some text, not DICOM at all".utf8)) }
        #expect(throws: DICOMError.self) { try DICOMFile(contentsOf: FileManager.default.temporaryDirectory) }
        #expect(throws: DICOMError.self) { try DICOMFile(contentsOf: URL(fileURLWithPath: "/nonexistent/faceless.dcm")) }
        do {
            _ = try DICOMFile(data: Data("just some text, not DICOM at all".utf8))
        } catch {
            #expect(error.kind == .notDICOM)
            #expect(error.description.contains("not a DICOM file"))
        }
    }
}
