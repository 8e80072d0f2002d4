import DICOM
import DICOMPixels
import Foundation

/// A last step for each instance written back: given the file with its new pixel data and the
/// path it was read from, the file to save and its name in the folder (the pipeline cleans
/// headers and renames files here, so nothing with the original header is ever written).
public typealias InstanceRewrite = @Sendable (_ file: DICOMFile, _ source: URL) throws -> (file: DICOMFile, name: String)

extension ImageSeries {
    /// Writes `volume` (this series' geometry, possibly modified voxels) back as the series'
    /// instances in `folder`: each original file with its pixel data replaced and every other
    /// attribute untouched. Returns the files written, in slice order of first appearance.
    ///
    /// Voxel values become stored values by the inverse of each slice's Rescale
    /// Slope/Intercept, rounded to the nearest integer (halves away from zero) and clamped to
    /// the range Bits Stored and Pixel Representation allow. Files keep their transfer syntax
    /// when Faceless encodes it losslessly (native, RLE, JPEG Lossless, JPEG-LS lossless,
    /// JPEG 2000 reversible); lossy ones are written as Explicit VR Little Endian, since
    /// re-compressing lossily would change voxels nobody asked to change. Writes are atomic.
    /// `rewrite`, when given, transforms and names each file before it is saved.
    @discardableResult
    public func writeBack<V: VoxelScalar>(_ volume: Volume<V>, to folder: URL, rewrite: InstanceRewrite? = nil) throws(VolumeError) -> [URL] {
        try writeBack(volume, to: .folder(folder), rewrite: rewrite)
    }

    /// `writeBack(_:to:rewrite:)` into a staging folder, whose files are created ahead of time
    /// and need no atomic writes (it is moved into place whole); its writing is finished on return.
    @discardableResult
    public func writeBack<V: VoxelScalar>(_ volume: Volume<V>, into staging: StagingFolder, rewrite: InstanceRewrite? = nil) throws(VolumeError) -> [URL] {
        defer { staging.finishWriting() }
        return try writeBack(volume, to: .staging(staging), rewrite: rewrite)
    }

    private func writeBack<V: VoxelScalar>(_ volume: Volume<V>, to destination: WriteDestination, rewrite: InstanceRewrite?) throws(VolumeError) -> [URL] {
        let folder = destination.url
        guard volume.size == SIMD3(slices[0].columns, slices[0].rows, slices.count) else {
            throw VolumeError("volume size \(volume.size) does not match series \(seriesInstanceUID) (\(slices[0].columns)×\(slices[0].rows)×\(slices.count))")
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw VolumeError("cannot create \(folder.path): \(error.localizedDescription)")
        }
        let urls = slices.map(\.url).reduce(into: [URL]()) { if !$0.contains($1) { $0.append($1) } }
        if rewrite == nil, Set(urls.map(\.lastPathComponent)).count != urls.count {
            throw VolumeError("series \(seriesInstanceUID) has files of the same name in different folders; they cannot be written into one folder")
        }
        // Files are independent: decode, replace and encode them on all cores.
        let failures = FailureList()
        let written = WrittenNames(count: urls.count)
        DispatchQueue.concurrentPerform(iterations: urls.count) { n in
            do throws(VolumeError) {
                written.set(n, try writeBack(volume, into: urls[n], savingIn: destination, rewrite: rewrite))
            } catch {
                failures.append(error.message)
            }
        }
        if let failure = failures.first { throw VolumeError(failure) }
        let names = written.names
        if Set(names).count != names.count { throw VolumeError("series \(seriesInstanceUID): two instances were given the same file name") }
        return names.map { folder.appendingPathComponent($0) }
    }

    /// Writes the slices of `volume` that come from the file at `url` into a copy of that file in `folder`.
    private func writeBack<V: VoxelScalar>(_ volume: Volume<V>, into url: URL, savingIn destination: WriteDestination,
                                           rewrite: InstanceRewrite?) throws(VolumeError) -> String {
        // Frames that are the voxels' own bytes are written from the volume's memory, borrowed
        // for the whole write: no copy of each slice.
        try volume.voxels.withUnsafeBytes { voxelBytes in
            Result { () throws(VolumeError) in try writeBack(volume, voxelBytes: voxelBytes, into: url, savingIn: destination, rewrite: rewrite) }
        }.get()
    }

    private func writeBack<V: VoxelScalar>(_ volume: Volume<V>, voxelBytes: UnsafeRawBufferPointer, into url: URL,
                                           savingIn destination: WriteDestination, rewrite: InstanceRewrite?) throws(VolumeError) -> String {
        let perSlice = volume.size.x * volume.size.y
        var file: DICOMFile
        let frames: PixelFrames
        do {
            file = try DICOMFile(contentsOf: url)
            frames = try PixelFrames(file: file)
        } catch {
            throw VolumeError("\(url.lastPathComponent): \(error)")
        }
        guard frames.pixelTag == .pixelData else {
            throw VolumeError("\(url.lastPathComponent): writing back Float or Double Float Pixel Data is not supported")
        }
        let description = frames.description
        // Frames of the volume are replaced; the file's other frames (if any) are decoded and kept.
        var replaced: [Int: Data] = [:]
        for (k, slice) in slices.enumerated() where slice.url == url {
            replaced[slice.frame] = Self.storedFrame(volume, voxelBytes: voxelBytes, voxels: k * perSlice ..< (k + 1) * perSlice,
                                                     rescale: slice.rescale, description: description)
        }
        var frameData: [Data] = []
        var photometric = description.photometricInterpretation
        for index in 0..<frames.count {
            if let frame = replaced[index] {
                frameData.append(frame)
                continue
            }
            do {
                let decoded = try frames.frame(index)
                frameData.append(decoded.samples)
                photometric = decoded.photometricInterpretation
            } catch {
                throw VolumeError("\(url.lastPathComponent) frame \(index + 1): \(error)")
            }
        }
        let syntax = file.transferSyntax
        let keepSyntax = !syntax.isEncapsulated || PixelCodecs.encoder(for: syntax.uid) != nil
        let target = keepSyntax && syntax.byteOrder == .littleEndian ? syntax : TransferSyntax.explicitVRLittleEndian
        do {
            try file.replacePixelData(with: frameData, description: description, photometricInterpretation: photometric, as: target)
            var name = url.lastPathComponent
            if let rewrite { (file, name) = try rewrite(file, url) }
            switch destination {
            case .folder(let folder): try file.write(to: folder.appendingPathComponent(name))
            case .staging(let staging): try file.write(named: name, in: staging)
            }
            return name
        } catch {
            throw VolumeError("\(url.lastPathComponent): \(error)")
        }
    }

    /// One slice of `volume` as stored samples in `description`'s layout; when those are the
    /// voxels' bytes, a view of `voxelBytes` (the volume's memory), valid while that is.
    static func storedFrame<V: VoxelScalar>(_ volume: Volume<V>, voxelBytes: UnsafeRawBufferPointer, voxels range: Range<Int>,
                                            rescale: (slope: Double, intercept: Double), description d: PixelDescription) -> Data {
        let levels = Double(Int64(1) << min(d.bitsStored, 62))
        let (low, high) = d.isSigned ? (-levels / 2, levels / 2 - 1) : (0, levels - 1)
        let sameScale = volume.rescale.slope == rescale.slope && volume.rescale.intercept == rescale.intercept
        // Integer voxels on the file's own scale, of the file's sample size and signedness with
        // every bit stored, need no rounding or clamping: their bytes are the samples.
        let voxelIsSigned = V.self == Int16.self, voxelIsInteger = V.self != Float.self
        if sameScale, voxelIsInteger, MemoryLayout<V>.size == d.bytesPerSample, d.bitsStored == 8 * d.bytesPerSample,
           voxelIsSigned == d.isSigned {
            return Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: voxelBytes.baseAddress! + range.lowerBound * d.bytesPerSample),
                        count: range.count * d.bytesPerSample, deallocator: .none)
        }
        var out = Data(count: range.count * d.bytesPerSample)
        out.withUnsafeMutableBytes { (raw: UnsafeMutableRawBufferPointer) in
            volume.voxels.withUnsafeBufferPointer { voxels in
                for (n, i) in range.enumerated() {
                    let stored: Double
                    if sameScale {
                        stored = voxels[i].doubleValue.rounded()
                    } else {
                        let real = voxels[i].doubleValue * volume.rescale.slope + volume.rescale.intercept
                        stored = ((real - rescale.intercept) / rescale.slope).rounded()
                    }
                    let value = Int64(Swift.min(Swift.max(stored, low), high))
                    for b in 0..<d.bytesPerSample { raw[n * d.bytesPerSample + b] = UInt8(truncatingIfNeeded: value >> (8 * b)) }
                }
            }
        }
        return out
    }
}

extension ImageSeries {
    /// Writes back a volume of any voxel type; see `writeBack(_:to:rewrite:)`.
    @discardableResult
    public func writeBack(_ volume: AnyVolume, to folder: URL, rewrite: InstanceRewrite? = nil) throws(VolumeError) -> [URL] {
        try writeBack(volume, to: .folder(folder), rewrite: rewrite)
    }

    /// Writes back a volume of any voxel type into a staging folder; see `writeBack(_:into:rewrite:)`.
    @discardableResult
    public func writeBack(_ volume: AnyVolume, into staging: StagingFolder, rewrite: InstanceRewrite? = nil) throws(VolumeError) -> [URL] {
        defer { staging.finishWriting() }
        return try writeBack(volume, to: .staging(staging), rewrite: rewrite)
    }

    private func writeBack(_ volume: AnyVolume, to destination: WriteDestination, rewrite: InstanceRewrite?) throws(VolumeError) -> [URL] {
        switch volume {
        case .uint8(let v): try writeBack(v, to: destination, rewrite: rewrite)
        case .int16(let v): try writeBack(v, to: destination, rewrite: rewrite)
        case .uint16(let v): try writeBack(v, to: destination, rewrite: rewrite)
        case .float32(let v): try writeBack(v, to: destination, rewrite: rewrite)
        }
    }

    /// How many distinct files hold the series' slices: the files a write-back writes.
    public var fileCount: Int { Set(slices.map(\.url)).count }
}

/// Where a write-back saves its files.
private enum WriteDestination {
    case folder(URL)
    case staging(StagingFolder)

    var url: URL {
        switch self {
        case .folder(let url): url
        case .staging(let staging): staging.url
        }
    }
}

/// The file name each concurrent write chose, by input index.
private final class WrittenNames: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [String]
    init(count: Int) { slots = Array(repeating: "", count: count) }
    func set(_ index: Int, _ name: String) { lock.lock(); slots[index] = name; lock.unlock() }
    var names: [String] { lock.lock(); defer { lock.unlock() }; return slots }
}
