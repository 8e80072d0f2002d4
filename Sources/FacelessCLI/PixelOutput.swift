import DICOM
import DICOMPixels
import Foundation
import Render

/// What `faceless dump --pixels` and `--png` print and write.
enum PixelOutput {
    /// One line per frame: shape, sample type, min, max, mean.
    static func summary(of file: DICOMFile) throws(PixelDataError) -> String {
        let frames = try PixelFrames(file: file)
        let d = frames.description
        let isFloat = frames.pixelTag != .pixelData
        let type = isFloat ? "float\(d.bitsAllocated)" : "\(d.isSigned ? "int" : "uint")\(d.bytesPerSample * 8)"
        var lines = ["# \(frames.count) frame\(frames.count == 1 ? "" : "s"), \(d.rows)×\(d.columns)×\(d.samplesPerPixel) \(type) (\(d.bitsStored) bits stored), \(d.photometricInterpretation), \(file.transferSyntax)"]
        for index in 0..<frames.count {
            let frame = try frames.frame(index)
            let values = frame.values(description: d, isFloat: isFloat)
            let finite = values.filter(\.isFinite)
            let mean = finite.isEmpty ? .nan : finite.reduce(0, +) / Double(finite.count)
            lines.append(String(format: "frame %d: min %g max %g mean %.4f%@", index + 1, finite.min() ?? .nan, finite.max() ?? .nan,
                                mean, frame.photometricInterpretation == d.photometricInterpretation ? "" : " (decoded as \(frame.photometricInterpretation))"))
        }
        return lines.joined(separator: "\n")
    }

    /// Frame 1 as an 8-bit PNG: grey images through the data set's first window (after
    /// rescale), or the full range when it has none; colour images as RGB.
    static func png(of file: DICOMFile) throws -> PNGImage {
        let frames = try PixelFrames(file: file)
        let d = frames.description
        let frame = try frames.rgbFrame(0)
        let isFloat = frames.pixelTag != .pixelData
        var values = frame.values(description: d, isFloat: isFloat)
        if d.samplesPerPixel == 3 {
            let window = d.bytesPerSample == 1 ? (center: 127.5, width: 255.0) : Windowing.fullRange(values)
            return PNGImage(width: d.columns, height: d.rows, channels: 3,
                            pixels: Windowing.apply(values, center: window.center, width: window.width))
        }
        let slope = file.dataSet.double(.rescaleSlope) ?? 1, intercept = file.dataSet.double(.rescaleIntercept) ?? 0
        if slope != 1 || intercept != 0 { values = values.map { $0 * slope + intercept } }
        var window = Windowing.fullRange(values)
        if let center = file.dataSet.double(.windowCenter), let width = file.dataSet.double(.windowWidth), width > 0 {
            window = (center, width)
        }
        return PNGImage(width: d.columns, height: d.rows, channels: 1,
                        pixels: Windowing.apply(values, center: window.center, width: window.width,
                                                invert: d.photometricInterpretation == "MONOCHROME1"))
    }
}
