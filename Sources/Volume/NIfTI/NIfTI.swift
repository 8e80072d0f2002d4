import Foundation

/// NIfTI-1 and NIfTI-2 single-file images (`.nii`, `.nii.gz`) to and from `Volume`.
///
/// Reading: either byte order and either version (told apart by sizeof_hdr), gzip detected
/// from the content (multi-member streams too), vox_offset honoured. uint8, int16, uint16 and
/// float32 voxels are kept as they are; int8 widens to int16; int32, uint32, int64, uint64 and
/// float64 become float32 (with a note in `Image.notes`). scl_slope/scl_inter become
/// `Volume.rescale` (slope 0 or not finite: no scaling). dim[0] may be 1–7 as long as every
/// dimension past the third is 1. Geometry: the sform when sform_code > 0, else the qform when
/// qform_code > 0, else pixdim alone (NIfTI method 1: RAS = diag(pixdim) · (i, j, k)); NIfTI's
/// RAS+ is turned into `Volume`'s LPS (negate x and y).
///
/// Writing: little-endian, dim[0] = 3, vox_offset = header + 4 (no extensions), gzip when the
/// name ends in `.gz` (zlib level 1 by default, as nibabel: about 7× faster than level 6 on CT
/// for a few per cent more bytes), atomically (a temporary file in the same folder, then rename). Both
/// transforms are set with code 1 (NIFTI_XFORM_SCANNER_ANAT, as dcm2niix writes): the sform
/// holds the exact affine, the qform its rotation (orthonormalised if the direction is not quite
/// orthogonal) with qfac = pixdim[0] = −1 for a left-handed direction. xyzt_units = mm.
public enum NIfTI {
    /// Which transform the geometry of a read image came from.
    public enum GeometrySource: Sendable, Equatable {
        case sform(code: Int)
        case qform(code: Int)
        /// Neither transform was set (or both were unusable): pixdim scaling only.
        case pixdim
    }

    /// A read image with what the file said about it.
    public struct Image: Sendable {
        public var volume: AnyVolume
        public var version: NIfTIVersion
        /// The file's byte order was big-endian.
        public var bigEndian: Bool
        /// The datatype code stored in the file (nifti1.h NIFTI_TYPE_*).
        public var datatypeCode: Int
        public var geometrySource: GeometrySource
        /// The header's descrip text.
        public var headerDescription: String
        /// Conversions and repairs made while reading (e.g. "int32 voxels converted to float32").
        public var notes: [String]
    }

    // MARK: Reading

    /// The volume in a `.nii` or `.nii.gz` file.
    public static func read(contentsOf url: URL) throws(NIfTIError) -> AnyVolume {
        try readImage(contentsOf: url).volume
    }

    /// The volume in a `.nii` or `.nii.gz` file, with header details and conversion notes.
    public static func readImage(contentsOf url: URL) throws(NIfTIError) -> Image {
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .alwaysMapped)
        } catch {
            throw NIfTIError(.io, "cannot read \(url.path): \(error.localizedDescription)")
        }
        return try decode(data)
    }

    /// The image in the bytes of a NIfTI file, gzipped or not.
    public static func decode(_ data: Data) throws(NIfTIError) -> Image {
        let result: Result<Image, NIfTIError> = data.withUnsafeBytes { bytes in
            do throws(NIfTIError) {
                if NIfTIGzip.isGzip(bytes) {
                    let inflated = try NIfTIGzip.inflate(bytes)
                    return .success(try inflated.withBytes { (raw) throws(NIfTIError) in try decodeUncompressed(raw) })
                }
                return .success(try decodeUncompressed(bytes))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    static func decodeUncompressed(_ bytes: UnsafeRawBufferPointer) throws(NIfTIError) -> Image {
        let header = try NIfTIHeader.parse(bytes)
        let size = try volumeSize(header)
        guard let type = NIfTIDatatype(rawValue: header.datatype) else {
            throw NIfTIError(.unsupportedDatatype, "datatype code \(header.datatype) is not a NIfTI datatype")
        }
        guard let voxelBytes = type.readableSize else {
            throw NIfTIError(.unsupportedDatatype, "\(type.name) (code \(type.rawValue)) voxels are not supported; use uint8, int8, int16, uint16, int32, uint32, int64, uint64, float32 or float64")
        }
        let count = size.x * size.y * size.z  // volumeSize checked it fits
        let (byteCount, overflow) = count.multipliedReportingOverflow(by: voxelBytes)
        guard !overflow, byteCount < Int.max - header.voxOffset else {
            throw NIfTIError(.badDimensions, "dim \(header.dim) holds more bytes than can be addressed")
        }
        guard header.voxOffset >= header.version.headerSize else {
            throw NIfTIError(.badHeader, "vox_offset \(header.voxOffset) lies inside the \(header.version.headerSize)-byte header")
        }
        guard header.voxOffset + byteCount <= bytes.count else {
            throw NIfTIError(.truncated, "\(bytes.count) bytes, but \(count) \(type.name) voxels from vox_offset \(header.voxOffset) need \(header.voxOffset + byteCount)")
        }
        var notes: [String] = []
        if header.bitpix != voxelBytes * 8 {
            notes.append("bitpix is \(header.bitpix) but \(type.name) has \(voxelBytes * 8) bits; bitpix ignored")
        }
        let geometry = NIfTIGeometry.decode(header)
        notes += geometry.notes
        var rescale: (slope: Double, intercept: Double) = (1, 0)
        if header.sclSlope != 0 && header.sclSlope.isFinite {
            rescale = (header.sclSlope, header.sclInter.isFinite ? header.sclInter : 0)
        }
        let source = UnsafeRawBufferPointer(rebasing: bytes[header.voxOffset..<(header.voxOffset + byteCount)])
        let swapped = header.bigEndian != (UInt16(1).bigEndian == 1)

        func make<V: VoxelScalar>(_ voxels: [V]) -> Volume<V> {
            Volume(size: size, spacing: geometry.spacing, origin: geometry.origin, direction: geometry.direction,
                   voxels: voxels, rescale: rescale)
        }
        let volume: AnyVolume
        switch type {
        case .uint8: volume = .uint8(make(NIfTIVoxelCopy.copy(source, count, swapped: swapped, as: UInt8.self)))
        case .int16: volume = .int16(make(NIfTIVoxelCopy.copy(source, count, swapped: swapped, as: Int16.self)))
        case .uint16: volume = .uint16(make(NIfTIVoxelCopy.copy(source, count, swapped: swapped, as: UInt16.self)))
        case .float32: volume = .float32(make(NIfTIVoxelCopy.copy(source, count, swapped: swapped, as: Float.self)))
        case .int8:
            notes.append("int8 voxels widened to int16")
            volume = .int16(make(NIfTIVoxelCopy.widen(source, count, from: Int8.self, to: Int16.self)))
        case .int32: volume = .float32(make(NIfTIVoxelCopy.integersToFloat(source, count, swapped: swapped, from: Int32.self)))
        case .uint32: volume = .float32(make(NIfTIVoxelCopy.integersToFloat(source, count, swapped: swapped, from: UInt32.self)))
        case .int64: volume = .float32(make(NIfTIVoxelCopy.integersToFloat(source, count, swapped: swapped, from: Int64.self)))
        case .uint64: volume = .float32(make(NIfTIVoxelCopy.integersToFloat(source, count, swapped: swapped, from: UInt64.self)))
        case .float64: volume = .float32(make(NIfTIVoxelCopy.doublesToFloat(source, count, swapped: swapped)))
        default: throw NIfTIError(.unsupportedDatatype, "\(type.name) voxels are not supported")
        }
        if [.int32, .uint32, .int64, .uint64].contains(type) {
            notes.append("\(type.name) voxels converted to float32 (exact for magnitudes up to 2^24)")
        } else if type == .float64 {
            notes.append("float64 voxels converted to float32")
        }
        return Image(volume: volume, version: header.version, bigEndian: header.bigEndian, datatypeCode: header.datatype,
                     geometrySource: geometry.source, headerDescription: header.descrip, notes: notes)
    }

    /// Columns, rows, slices from dim[]: dim[0] in 1…7, dims 1…dim[0] positive, any past the third 1.
    static func volumeSize(_ header: NIfTIHeader) throws(NIfTIError) -> SIMD3<Int> {
        let dim = header.dim
        let rank = dim[0]
        guard (1...7).contains(rank) else {
            throw NIfTIError(.badDimensions, "dim[0] is \(rank); expected 3 (or 1…7 with only three dimensions above 1)")
        }
        for n in 1...rank where dim[n] < 1 {
            throw NIfTIError(.badDimensions, "dim[\(n)] is \(dim[n]); dimensions must be at least 1")
        }
        if rank > 3, let extra = (4...rank).first(where: { dim[$0] != 1 }) {
            throw NIfTIError(.badDimensions, "dim[\(extra)] is \(dim[extra]): a \(rank)-D image (dim \(Array(dim[1...rank]))); only single 3-D volumes are supported")
        }
        let size = SIMD3(dim[1], rank >= 2 ? dim[2] : 1, rank >= 3 ? dim[3] : 1)
        let (xy, o1) = size.x.multipliedReportingOverflow(by: size.y)
        let (_, o2) = xy.multipliedReportingOverflow(by: size.z)
        guard !o1, !o2 else { throw NIfTIError(.badDimensions, "dim \(Array(dim[1...3])) overflows a voxel count") }
        return size
    }

    // MARK: Writing

    /// Writes `volume` to `url` (gzipped when the name ends in `.gz`), replacing any file there atomically.
    public static func write(_ volume: AnyVolume, to url: URL, version: NIfTIVersion = .nifti1,
                             compressionLevel: Int = 1) throws(NIfTIError) {
        switch volume {
        case .uint8(let v): try write(v, to: url, version: version, compressionLevel: compressionLevel)
        case .int16(let v): try write(v, to: url, version: version, compressionLevel: compressionLevel)
        case .uint16(let v): try write(v, to: url, version: version, compressionLevel: compressionLevel)
        case .float32(let v): try write(v, to: url, version: version, compressionLevel: compressionLevel)
        }
    }

    /// Writes `volume` (UInt8, Int16, UInt16 or Float voxels) to `url`; see `write(_:to:version:compressionLevel:)`.
    public static func write<V: VoxelScalar>(_ volume: Volume<V>, to url: URL, version: NIfTIVersion = .nifti1,
                                             compressionLevel: Int = 1) throws(NIfTIError) {
        let gzip = url.pathExtension.lowercased() == "gz"
        try withEncodedPieces(volume, version: version) { pieces throws(NIfTIError) in
            if gzip {
                let compressed = try NIfTIGzip.deflate(pieces, level: compressionLevel)
                try compressed.withBytes { (raw) throws(NIfTIError) in try NIfTIFileIO.writeAtomically([raw], to: url) }
            } else {
                try NIfTIFileIO.writeAtomically(pieces, to: url)
            }
        }
    }

    /// The bytes of a NIfTI file holding `volume`, gzipped or not.
    public static func encode(_ volume: AnyVolume, version: NIfTIVersion = .nifti1, gzip: Bool = false,
                              compressionLevel: Int = 1) throws(NIfTIError) -> Data {
        switch volume {
        case .uint8(let v): try encode(v, version: version, gzip: gzip, compressionLevel: compressionLevel)
        case .int16(let v): try encode(v, version: version, gzip: gzip, compressionLevel: compressionLevel)
        case .uint16(let v): try encode(v, version: version, gzip: gzip, compressionLevel: compressionLevel)
        case .float32(let v): try encode(v, version: version, gzip: gzip, compressionLevel: compressionLevel)
        }
    }

    /// The bytes of a NIfTI file holding `volume`, gzipped or not.
    public static func encode<V: VoxelScalar>(_ volume: Volume<V>, version: NIfTIVersion = .nifti1, gzip: Bool = false,
                                              compressionLevel: Int = 1) throws(NIfTIError) -> Data {
        try withEncodedPieces(volume, version: version) { pieces throws(NIfTIError) in
            if gzip { return try NIfTIGzip.deflate(pieces, level: compressionLevel).withBytes { Data($0) } }
            var data = Data(capacity: pieces.reduce(0) { $0 + $1.count })
            for piece in pieces { data.append(contentsOf: piece) }
            return data
        }
    }

    /// The voxel → RAS+ millimetre affine (4×4, row-major) NIfTI stores for `volume`: its LPS
    /// `affine` with the x and y rows negated.
    public static func rasAffine<V>(of volume: Volume<V>) -> [[Double]] {
        var affine = volume.affine
        for column in 0..<4 { affine[0][column] = -affine[0][column]; affine[1][column] = -affine[1][column] }
        return affine
    }

    static func datatype<V>(of _: V.Type) -> NIfTIDatatype? {
        if V.self == UInt8.self { return .uint8 }
        if V.self == Int16.self { return .int16 }
        if V.self == UInt16.self { return .uint16 }
        if V.self == Float.self { return .float32 }
        return nil
    }

    /// Calls `body` with the file's bytes as pieces (the header, then the voxels in place; a
    /// little-endian copy of them only on a big-endian host), so writing copies nothing.
    static func withEncodedPieces<V: VoxelScalar, R>(_ volume: Volume<V>, version: NIfTIVersion,
                                                     _ body: ([UnsafeRawBufferPointer]) throws(NIfTIError) -> R) throws(NIfTIError) -> R {
        let header = try encodeHeader(volume, version: version)
        var littleEndian: [UInt8]? = nil
        if UInt16(1).littleEndian != 1 {
            var copy = volume.voxels.withUnsafeBytes { Array($0) }
            copy.withUnsafeMutableBytes { NIfTIVoxelCopy.swapInPlace($0, width: MemoryLayout<V>.size) }
            littleEndian = copy
        }
        let result: Result<R, NIfTIError> = header.withUnsafeBytes { headerBytes in
            let run = { (voxels: UnsafeRawBufferPointer) in Result { () throws(NIfTIError) in try body([headerBytes, voxels]) } }
            if let littleEndian { return littleEndian.withUnsafeBytes(run) }
            return volume.voxels.withUnsafeBytes(run)
        }
        return try result.get()
    }

    /// The header and extension flag for `volume`: vox_offset bytes.
    static func encodeHeader<V: VoxelScalar>(_ volume: Volume<V>, version: NIfTIVersion) throws(NIfTIError) -> [UInt8] {
        guard let type = datatype(of: V.self) else {
            throw NIfTIError(.unsupportedDatatype, "\(V.self) voxels cannot be written; use UInt8, Int16, UInt16 or Float")
        }
        if version == .nifti1 {
            guard volume.size.max() <= Int(Int16.max) else {
                throw NIfTIError(.badDimensions, "size \(volume.size) exceeds NIfTI-1's 32767 per dimension; write NIfTI-2")
            }
        }
        guard volume.rescale.slope != 0, volume.rescale.slope.isFinite, volume.rescale.intercept.isFinite else {
            throw NIfTIError(.badHeader, "rescale \(volume.rescale) cannot be stored (scl_slope 0 means no scaling)")
        }
        let geometry = try NIfTIGeometry.encode(spacing: volume.spacing, origin: volume.origin, direction: volume.direction)
        var header = NIfTIHeader()
        header.version = version
        header.dim = [3, volume.size.x, volume.size.y, volume.size.z, 1, 1, 1, 1]
        header.datatype = type.rawValue
        header.bitpix = MemoryLayout<V>.size * 8
        header.pixdim = [geometry.qfac, volume.spacing.x, volume.spacing.y, volume.spacing.z, 1, 1, 1, 1]
        header.voxOffset = version.dataOffset
        header.sclSlope = volume.rescale.slope
        header.sclInter = volume.rescale.intercept
        header.xyztUnits = 2  // NIFTI_UNITS_MM, no time unit
        header.qformCode = 1  // NIFTI_XFORM_SCANNER_ANAT
        header.sformCode = 1
        header.quatern = geometry.quatern
        header.qoffset = geometry.qoffset
        header.srow = geometry.srow
        header.descrip = "Faceless"
        return header.serialized()
    }
}
