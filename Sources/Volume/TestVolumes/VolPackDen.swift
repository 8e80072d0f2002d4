import Foundation

/// A `.den` volume as VolPack's examples use it (Marc Levoy's density file): a 62-byte
/// header of 16-bit integers then one unsigned byte per voxel. Used for the small real MRI
/// head of the test data (`brainsmall.den`).
///
/// Header (byte offset: field), found by inspecting brainsmall.den, whose fields are
/// self-consistent only with this layout (maxima = lengths − 1, map_length = the product of
/// map_len = the bytes that follow):
///
///     0   map_version          Int16 (1)
///     2   orig_min[3]          Int16 ×3   extent of the original scan
///     8   orig_max[3]          Int16 ×3
///     14  orig_len[3]          Int16 ×3
///     20  extr_min[3]          Int16 ×3   extracted sub-volume
///     26  extr_max[3]          Int16 ×3
///     32  extr_len[3]          Int16 ×3
///     38  map_min[3]           Int16 ×3   the stored voxels (x, y, z)
///     44  map_max[3]           Int16 ×3
///     50  map_len[3]           Int16 ×3   columns, rows, slices of the data
///     56  map_warps            Int16
///     58  map_length           Int32      voxel count
///
/// brainsmall.den stores them little-endian (a file with map_version 1 big-endian is read too):
/// orig_len 256×256×109, map_len 128×128×84, map_warps 3, map_length 1,376,256.
///
/// The header holds no millimetres, so the spacing is a parameter (1 mm unless given). Note
/// that the map is the original 256×256×109 scan resampled by 1/2 in-plane; at 1 mm the head
/// is only about 95 mm from nose to occiput, so the true spacing is nearer 2 mm.
///
/// Geometry, decided by looking at renders: the stored "slices" of brainsmall.den are
/// sagittal. Within a slice the face is at column 0 and the vertex at row 0. So column i runs
/// to the posterior, row j to the feet, and slice k across the head; k is taken to run to the
/// patient's right, which makes the frame right-handed (as a sagittal acquisition with
/// Image Orientation 0\1\0\0\0\−1 and slices along its normal). Left and right cannot be
/// told apart from the anatomy; that direction is an assumption.
public struct VolPackDen: Sendable {
    /// The header fields as stored.
    public struct Header: Sendable, Equatable {
        public var version: Int
        public var originalMin: SIMD3<Int>, originalMax: SIMD3<Int>, originalLength: SIMD3<Int>
        public var extractedMin: SIMD3<Int>, extractedMax: SIMD3<Int>, extractedLength: SIMD3<Int>
        public var mapMin: SIMD3<Int>, mapMax: SIMD3<Int>, mapLength: SIMD3<Int>
        public var mapWarps: Int
        public var voxelCount: Int
        /// True when the file's integers are little-endian.
        public var isLittleEndian: Bool
    }

    /// The header's length in bytes.
    public static let headerLength = 62
    /// The direction used for `volume`: columns → posterior, rows → feet, slices → patient right.
    public static let direction = (SIMD3<Double>(0, 1, 0), SIMD3<Double>(0, 0, -1), SIMD3<Double>(-1, 0, 0))

    public let header: Header
    /// The MR image: `volume[i, j, k]` is the file's voxel (i, j, k) (column fastest),
    /// with `direction` above, the given spacing, rescale (1, 0), centred on (0, 0, 0).
    public let volume: Volume<UInt8>

    /// Reads a `.den` file. `spacing` (mm between columns, rows, slices) is not in the file.
    public init(contentsOf url: URL, spacing: SIMD3<Double> = SIMD3(1, 1, 1)) throws(TestVolumeError) {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw TestVolumeError("cannot read \(url.path): \(error.localizedDescription)")
        }
        try self.init(data: data, spacing: spacing)
    }

    /// Reads the bytes of a `.den` file.
    public init(data: Data, spacing: SIMD3<Double> = SIMD3(1, 1, 1)) throws(TestVolumeError) {
        guard data.count >= Self.headerLength else {
            throw TestVolumeError("a .den file has a \(Self.headerLength)-byte header; this one has \(data.count) bytes")
        }
        guard spacing.x > 0, spacing.y > 0, spacing.z > 0 else { throw TestVolumeError("spacing must be positive") }
        let bytes = [UInt8](data.prefix(Self.headerLength))
        let little = bytes[0] == 1 && bytes[1] == 0
        guard little || (bytes[0] == 0 && bytes[1] == 1) else {
            throw TestVolumeError("not a .den file: map_version is \(bytes[0]) \(bytes[1]), expected 1")
        }
        func int16(_ offset: Int) -> Int {
            let value = little ? UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
                : UInt16(bytes[offset]) << 8 | UInt16(bytes[offset + 1])
            return Int(Int16(bitPattern: value))
        }
        func triple(_ offset: Int) -> SIMD3<Int> { SIMD3(int16(offset), int16(offset + 2), int16(offset + 4)) }
        let countBytes: [UInt8] = little ? bytes[58..<62].reversed() : Array(bytes[58..<62])
        let count32 = countBytes.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        let header = Header(version: 1,
                            originalMin: triple(2), originalMax: triple(8), originalLength: triple(14),
                            extractedMin: triple(20), extractedMax: triple(26), extractedLength: triple(32),
                            mapMin: triple(38), mapMax: triple(44), mapLength: triple(50),
                            mapWarps: int16(56), voxelCount: Int(count32), isLittleEndian: little)
        let size = header.mapLength
        guard size.x > 0, size.y > 0, size.z > 0 else { throw TestVolumeError("map_len \(size) is not a volume size") }
        let count = size.x * size.y * size.z
        guard header.voxelCount == count else {
            throw TestVolumeError("map_length \(header.voxelCount) does not match map_len \(size) (\(count) voxels)")
        }
        guard data.count - Self.headerLength == count else {
            throw TestVolumeError("\(data.count - Self.headerLength) voxel bytes follow the header; map_len \(size) needs \(count)")
        }
        self.header = header
        let voxels = [UInt8](data.dropFirst(Self.headerLength))
        let halfExtent: SIMD3<Double> = SIMD3<Double>(size &- 1) * spacing / 2
        let (d0, d1, d2) = Self.direction
        let origin: SIMD3<Double> = -(d0 * halfExtent.x + d1 * halfExtent.y + d2 * halfExtent.z)
        volume = Volume(size: size, spacing: spacing, origin: origin, direction: Self.direction, voxels: voxels)
    }
}
