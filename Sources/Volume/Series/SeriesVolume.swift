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
        let description = try firstDescription()
        guard description.samplesPerPixel == 1 else {
            throw VolumeError("series \(seriesInstanceUID) holds \(description.photometricInterpretation) colour images, not a scalar volume")
        }
        let geometry = self.geometry(first)
        let sameRescale = slices.allSatisfy { $0.rescale == first.rescale }
        let size = SIMD3(first.columns, first.rows, slices.count)
        let perSlice = size.x * size.y
        func make<V: VoxelScalar>(_: V.Type) throws(VolumeError) -> Volume<V> {
            let sliceBytes = perSlice * MemoryLayout<V>.size
            // Each slice's samples go straight to their place in the volume: one allocation,
            // no copy of the whole series in between.
            let voxels = try [V](unsafeUninitializedCapacity: size.x * size.y * size.z) { (buffer, initialized) throws(VolumeError) in
                let target = SharedBuffer(UnsafeMutableRawBufferPointer(buffer))
                // Integer samples are trivial values: a failed decode leaves bytes nobody reads.
                initialized = buffer.count
                try forEachSlice(expecting: description) { (k, frames, frame) throws(PixelDataError) in
                    let slice = UnsafeMutableRawBufferPointer(rebasing: target.base[k * sliceBytes ..< (k + 1) * sliceBytes])
                    MemoryPages.populate(slice)
                    try frames.decode(frame, into: slice)
                }
            }
            return Volume(size: size, spacing: geometry.spacing, origin: first.position, direction: geometry.direction,
                          voxels: voxels, rescale: first.rescale)
        }
        let isFloat = description.bitsAllocated >= 32
        if !sameRescale || isFloat {
            var values = [Float](repeating: 0, count: size.x * size.y * size.z)
            try values.withUnsafeMutableBufferPointer { (buffer) throws(VolumeError) in
                let target = SharedBuffer(UnsafeMutableRawBufferPointer(buffer))
                try forEachDecodedSlice(expecting: description) { (k, frame) throws(VolumeError) in
                    let rescale = slices[k].rescale
                    let real = frame.values(description: description, isFloat: isFloat).map { Float($0 * rescale.slope + rescale.intercept) }
                    guard real.count == perSlice else { throw VolumeError("slice \(k + 1) decoded to \(real.count) values, expected \(perSlice)") }
                    real.withUnsafeBytes { target.copy($0, to: k * perSlice * MemoryLayout<Float>.size) }
                }
            }
            return .float32(Volume(size: size, spacing: geometry.spacing, origin: first.position, direction: geometry.direction, voxels: values))
        }
        switch (description.bytesPerSample, description.isSigned) {
        case (1, false): return .uint8(try make(UInt8.self))
        case (2, true): return .int16(try make(Int16.self))
        case (2, false): return .uint16(try make(UInt16.self))
        default: throw VolumeError("\(description.bitsAllocated)-bit \(description.isSigned ? "signed" : "unsigned") samples are not supported in volumes")
        }
    }

    /// The pixel description of the first slice's file: what every slice must share.
    public func firstDescription() throws(VolumeError) -> PixelDescription {
        guard let first = slices.first else { throw VolumeError("series \(seriesInstanceUID) has no slices") }
        do {
            return try PixelFrames(file: try DICOMFile(contentsOf: first.url)).description
        } catch {
            throw VolumeError("\(first.url.lastPathComponent): \(error)")
        }
    }

    /// Decodes every slice and hands it to `body` with its index in the series, on all cores
    /// (a file at a time, so a multi-frame file is read once); nothing is kept after `body`
    /// returns. A file whose frames differ from `description` in size or bit depth, or that
    /// cannot be read or decoded, is an error; so is any error `body` throws.
    public func forEachDecodedSlice(expecting description: PixelDescription,
                                    _ body: @Sendable (_ index: Int, _ frame: DecodedFrame) throws(VolumeError) -> Void) throws(VolumeError) {
        try forEachSlice(expecting: description) { (k, frames, frame) throws(VolumeError) in
            let decoded: DecodedFrame
            do { decoded = try frames.frame(frame) } catch { throw VolumeError("\(error)") }
            try body(k, decoded)
        }
    }

    /// Hands each slice to `body` as its file's frames and the frame's index there, on all
    /// cores (a file at a time, so a multi-frame file is read once); the errors of
    /// `forEachDecodedSlice`, and any `body` throws, are reported with the file and frame.
    public func forEachSlice<Failure: Error>(expecting description: PixelDescription,
                                      _ body: @Sendable (_ index: Int, _ frames: PixelFrames, _ frame: Int) throws(Failure) -> Void) throws(VolumeError) {
        var indicesByFile: [URL: [(slice: Int, frame: Int)]] = [:]
        for (k, slice) in slices.enumerated() { indicesByFile[slice.url, default: []].append((k, slice.frame)) }
        let files = Array(indicesByFile)
        let failures = FailureList()
        DispatchQueue.concurrentPerform(iterations: files.count) { n in
            let (url, indices) = files[n]
            do {
                let frames = try PixelFrames(file: try DICOMFile(contentsOf: url))
                guard frames.description.decodedFrameLength == description.decodedFrameLength,
                      frames.description.bitsAllocated == description.bitsAllocated else {
                    failures.append("series \(seriesInstanceUID): slices differ in size or bit depth (\(url.lastPathComponent))")
                    return
                }
                for (k, frame) in indices {
                    do { try body(k, frames, frame) } catch { failures.append("\(url.lastPathComponent) frame \(frame + 1): \(error)") }
                }
            } catch {
                failures.append("\(url.lastPathComponent): \(error)")
            }
        }
        if let failure = failures.first { throw VolumeError(failure) }
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
