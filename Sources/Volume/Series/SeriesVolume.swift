import DICOM
import DICOMPixels
import Foundation

/// A series that cannot become a volume, and why.
public struct VolumeError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

extension ImageSeries {
    /// True when findings make the stack's geometry irregular (gaps or uneven steps).
    public var isIrregular: Bool {
        findings.contains { $0.hasPrefix("missing") || $0.hasPrefix("uneven") }
    }

    /// The series as a volume in LPS: slices in order along the normal, decoded on all cores.
    ///
    /// Voxels keep their stored type (UInt8, Int16, UInt16, Float32) and the series' Rescale
    /// Slope/Intercept when every slice shares them; otherwise they become real values in
    /// Float32. A stack with missing slices or uneven spacing is refused unless
    /// `allowIrregular` (its slices would be placed at an average step).
    public func loadVolume(allowIrregular: Bool = false) throws(VolumeError) -> AnyVolume {
        guard let first = slices.first else { throw VolumeError("series \(seriesInstanceUID) has no slices") }
        if isIrregular && !allowIrregular {
            throw VolumeError("series \(seriesInstanceUID) is irregular: \(findings.filter { $0.hasPrefix("missing") || $0.hasPrefix("uneven") }.joined(separator: "; "))")
        }
        let decoded = try decodeSlices()
        let description = decoded.description
        guard description.samplesPerPixel == 1 else {
            throw VolumeError("series \(seriesInstanceUID) holds \(description.photometricInterpretation) colour images, not a scalar volume")
        }
        let geometry = self.geometry(first)
        let sameRescale = slices.allSatisfy { $0.rescale == first.rescale }
        let size = SIMD3(first.columns, first.rows, slices.count)
        func make<V: VoxelScalar>(_: V.Type) -> Volume<V> {
            Volume(size: size, spacing: geometry.spacing, origin: first.position, direction: geometry.direction,
                   voxels: decoded.voxels(V.self), rescale: first.rescale)
        }
        let isFloat = description.bitsAllocated >= 32
        if !sameRescale || isFloat {
            var values = [Float](repeating: 0, count: size.x * size.y * size.z)
            let perSlice = size.x * size.y
            for (k, slice) in slices.enumerated() {
                let stored = decoded.doubles(slice: k)
                for i in 0..<perSlice { values[k * perSlice + i] = Float(stored[i] * slice.rescale.slope + slice.rescale.intercept) }
            }
            return .float32(Volume(size: size, spacing: geometry.spacing, origin: first.position, direction: geometry.direction, voxels: values))
        }
        switch (description.bytesPerSample, description.isSigned) {
        case (1, false): return .uint8(make(UInt8.self))
        case (2, true): return .int16(make(Int16.self))
        case (2, false): return .uint16(make(UInt16.self))
        default: throw VolumeError("\(description.bitsAllocated)-bit \(description.isSigned ? "signed" : "unsigned") samples are not supported in volumes")
        }
    }

    /// Spacing and direction from the sorted slices: in-plane from the first slice, through-plane
    /// from the first and last positions (so a tilted stack keeps its true, sheared geometry).
    func geometry(_ first: SliceSource) -> (spacing: SIMD3<Double>, direction: (SIMD3<Double>, SIMD3<Double>, SIMD3<Double>)) {
        var sliceDirection = first.normal
        var sliceSpacing = 1.0
        if let last = slices.last, slices.count > 1 {
            let step = (last.position - first.position) / Double(slices.count - 1)
            sliceSpacing = (step * step).sum().squareRoot()
            sliceDirection = step / sliceSpacing
        }
        return (SIMD3(first.pixelSpacing.x, first.pixelSpacing.y, sliceSpacing),
                (first.rowDirection, first.columnDirection, sliceDirection))
    }

    /// Every slice decoded, in order, into one contiguous buffer of little-endian samples.
    func decodeSlices() throws(VolumeError) -> DecodedSlices {
        // Read each file once (multi-frame files hold many slices).
        var files: [URL: PixelFrames] = [:]
        for url in Set(slices.map(\.url)) {
            do {
                files[url] = try PixelFrames(file: try DICOMFile(contentsOf: url))
            } catch {
                throw VolumeError("\(url.lastPathComponent): \(error)")
            }
        }
        let description = files[slices[0].url]!.description
        let sliceBytes = description.decodedFrameLength
        guard files.values.allSatisfy({ $0.description.decodedFrameLength == sliceBytes && $0.description.bitsAllocated == description.bitsAllocated }) else {
            throw VolumeError("series \(seriesInstanceUID): slices differ in size or bit depth")
        }
        let readFiles = files
        var bytes = [UInt8](repeating: 0, count: sliceBytes * slices.count)
        let failures = FailureList()
        let order = slices.map { ($0.url, $0.frame) }
        bytes.withUnsafeMutableBytes { buffer in
            let target = SharedBuffer(buffer)
            DispatchQueue.concurrentPerform(iterations: order.count) { k in
                let (url, frame) = order[k]
                do {
                    let samples = try readFiles[url]!.frame(frame).samples
                    samples.withUnsafeBytes { target.copy($0, to: k * sliceBytes) }
                } catch {
                    failures.append("\(url.lastPathComponent) frame \(frame + 1): \(error)")
                }
            }
        }
        if let failure = failures.first { throw VolumeError(failure) }
        return DecodedSlices(description: description, bytes: bytes)
    }
}

/// Decoded slices, back to back.
struct DecodedSlices {
    let description: PixelDescription
    let bytes: [UInt8]

    func voxels<V: VoxelScalar>(_: V.Type) -> [V] {
        let count = bytes.count / MemoryLayout<V>.size
        return bytes.withUnsafeBytes { raw in
            [V](unsafeUninitializedCapacity: count) { out, initialized in
                for i in 0..<count { out[i] = raw.loadUnaligned(fromByteOffset: i * MemoryLayout<V>.size, as: V.self) }
                initialized = count
            }
        }
    }

    func doubles(slice k: Int) -> [Double] {
        let length = description.decodedFrameLength
        let frame = DecodedFrame(samples: Data(bytes[k * length ..< (k + 1) * length]), photometricInterpretation: description.photometricInterpretation)
        return frame.values(description: description, isFloat: description.bitsAllocated >= 32)
    }
}

/// A buffer that concurrent workers fill at disjoint offsets.
struct SharedBuffer: @unchecked Sendable {
    let base: UnsafeMutableRawBufferPointer
    init(_ base: UnsafeMutableRawBufferPointer) { self.base = base }
    func copy(_ source: UnsafeRawBufferPointer, to offset: Int) {
        UnsafeMutableRawBufferPointer(rebasing: base[offset ..< offset + source.count]).copyMemory(from: source)
    }
}

/// Error messages gathered from concurrent workers.
final class FailureList: @unchecked Sendable {
    private var messages: [String] = []
    private let lock = NSLock()
    func append(_ message: String) { lock.lock(); messages.append(message); lock.unlock() }
    var first: String? { lock.lock(); defer { lock.unlock() }; return messages.first }
}
