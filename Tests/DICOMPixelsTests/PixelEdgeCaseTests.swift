import DICOM
import DICOMPixels
import Foundation
import Testing
import TestSupport

@Suite("Pixel data edge cases")
struct PixelEdgeCaseTests {
    @Test("damaged RLE streams: a typed error or a full-size frame, never a crash")
    func damagedRLE() throws {
        let codec = RLECodec()
        let description = PixelDescription(rows: 40, columns: 50, samplesPerPixel: 3, bitsAllocated: 16, bitsStored: 12,
                                           photometricInterpretation: "RGB")
        let frame = PixelRoundTripTests.syntheticFrame(description, seed: 5)
        let stream = try codec.encode(frame, description: description, transferSyntaxUID: PixelSyntax.rleLossless)
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33) % bound
        }
        var cases = 0, errors = 0
        for k in 0..<3000 {
            var damaged = [UInt8](stream)
            if k % 2 == 0 {
                damaged.removeLast(next(damaged.count))
            } else {
                for _ in 0...next(8) { damaged[next(damaged.count)] ^= UInt8(1 + next(255)) }
            }
            cases += 1
            do {
                let decoded = try codec.decode(Data(damaged), description: description, transferSyntaxUID: PixelSyntax.rleLossless)
                #expect(decoded.samples.count == description.decodedFrameLength)
            } catch {
                #expect(error.kind == .corruptStream)
                errors += 1
            }
        }
        print("RLE damaged streams: \(cases) cases, \(errors) typed errors")
        #expect(errors > 1000)
    }

    @Test("Float and Double Float Pixel Data decode to their IEEE values and write back")
    func floatPixelData() throws {
        for (tag, vr, bits) in [(DICOM.Tag.floatPixelData, VR.OF, 32), (DICOM.Tag.doubleFloatPixelData, VR.OD, 64)] {
            let values: [Double] = [-1.5, 0, 0.25, 1e6, -3e-3, 42]
            var bytes = Data()
            for value in values {
                if bits == 32 {
                    withUnsafeBytes(of: Float(value).bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
                } else {
                    withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
                }
            }
            var dataSet = DataSet()
            func us(_ t: DICOM.Tag, _ v: UInt16) { dataSet.set(DataElement(tag: t, vr: .US, value: .bytes(withUnsafeBytes(of: v.littleEndian) { Data($0) }))) }
            us(.rows, 2); us(.columns, 3); us(.samplesPerPixel, 1); us(.bitsAllocated, UInt16(bits))
            dataSet.set(DataElement(tag: .photometricInterpretation, vr: .CS, value: .bytes(Data("MONOCHROME2 ".utf8))))
            dataSet.set(DataElement(tag: tag, vr: vr, value: .bytes(bytes)))
            var file = DICOMFile(meta: DataSet(), dataSet: dataSet, transferSyntax: .explicitVRLittleEndian)
            let frames = try PixelFrames(file: file)
            #expect(frames.pixelTag == tag)
            let frame = try frames.frame(0)
            let decoded = frame.values(description: frames.description, isFloat: true)
            #expect(decoded == values.map { bits == 32 ? Double(Float($0)) : $0 })
            try file.replacePixelData(with: [frame.samples], description: frames.description, photometricInterpretation: "MONOCHROME2")
            let reread = try PixelFrames(file: try DICOMFile(data: try file.serialized()))
            #expect(reread.pixelTag == tag)
            #expect(try reread.frame(0).samples == frame.samples)
        }
    }
}
