import Foundation

/// An InVesalius 3 project (`.inv3`): a gzip-compressed tar holding `main.plist` (an XML
/// property list) and the image as raw samples (`matrix.dat`), plus masks and surfaces
/// that are not read here. Used for the real head CT of the test data (`Cranium.inv3`).
///
/// What `main.plist` stores (format_version 1, as in Cranium.inv3):
/// - `matrix` → `shape` = [slices, rows, columns] (numpy order z, y, x), `dtype` = "int16",
///   `filename` = "matrix.dat" (C order, little-endian, Hounsfield units, no header);
/// - `spacing` = [x, y, z] in millimetres (VTK order: column, row, slice);
/// - `modality`, `name`, `window_level`/`window_width`, `scalar_range`, `orientation`
///   (1 = axial in InVesalius' numbering).
///
/// Geometry (the project stores none) was decided by looking at renders of Cranium.inv3
/// (a mid-sagittal slice, a sagittal MIP and axial slices): as stored, the face and nose lie
/// at high row index and the CT table at row 0, i.e. the rows run from posterior to anterior
/// (InVesalius flips images vertically when it imports them); the orbits lie at low slice
/// index and the skull vault at high slice index, i.e. the slices run to the head. The loader
/// therefore reverses the rows, so that in `volume` columns run to the patient's left, rows
/// to the posterior and slices to the head: the identity direction, a standard axial CT
/// geometry (right-handed, as an acquisition is). Left and right cannot be told apart from
/// the anatomy; the column direction is an assumption.
public struct InVesaliusProject: Sendable {
    /// The CT in LPS: column i → patient left, row j → posterior, slice k → superior.
    /// `volume[i, j, k]` is `matrix[k][rows − 1 − j][i]` of the file. Stored values are HU
    /// (rescale 1, 0). The origin puts the volume's centre at (0, 0, 0).
    public let volume: Volume<Int16>
    /// `name` of main.plist (the series description InVesalius took from the DICOM).
    public let name: String
    /// `modality` of main.plist ("CT").
    public let modality: String
    /// `window_level` and `window_width` of main.plist.
    public let window: (center: Double, width: Double)
    /// `scalar_range` of main.plist (the range InVesalius recorded; not necessarily the data's).
    public let scalarRange: ClosedRange<Int>
    /// `matrix.shape` as stored: [slices, rows, columns].
    public let storedShape: [Int]
    /// `spacing` as stored: [column, row, slice] spacing in mm.
    public let storedSpacing: [Double]

    /// Reads a project file.
    public init(contentsOf url: URL) throws(TestVolumeError) {
        let compressed: Data
        do { compressed = try Data(contentsOf: url) } catch {
            throw TestVolumeError("cannot read \(url.path): \(error.localizedDescription)")
        }
        try self.init(data: compressed)
    }

    /// Reads a project from the bytes of the `.inv3` file.
    public init(data compressed: Data) throws(TestVolumeError) {
        let members = try TestVolumeArchive.tarMembers(try TestVolumeArchive.gunzip(compressed))
        func member(_ fileName: String) throws(TestVolumeError) -> Data {
            guard let found = members.first(where: { ($0.name as NSString).lastPathComponent == fileName }) else {
                throw TestVolumeError("the project has no \(fileName) (members: \(members.map(\.name).joined(separator: ", ")))")
            }
            return found.data
        }

        let plist: [String: Any]
        do {
            guard let parsed = try PropertyListSerialization.propertyList(from: try member("main.plist"), format: nil) as? [String: Any] else {
                throw TestVolumeError("main.plist is not a dictionary")
            }
            plist = parsed
        } catch let error as TestVolumeError {
            throw error
        } catch {
            throw TestVolumeError("main.plist is not a property list: \(error)")
        }
        guard let matrix = plist["matrix"] as? [String: Any],
              let shape = Self.integers(matrix["shape"]), shape.count == 3, shape.allSatisfy({ $0 > 0 }) else {
            throw TestVolumeError("main.plist has no usable matrix.shape")
        }
        let dtype = matrix["dtype"] as? String ?? "int16"
        guard dtype == "int16" else { throw TestVolumeError("matrix dtype \(dtype) is not supported (int16 only)") }
        guard let spacing = Self.doubles(plist["spacing"]), spacing.count == 3, spacing.allSatisfy({ $0 > 0 }) else {
            throw TestVolumeError("main.plist has no usable spacing")
        }
        let fileName = matrix["filename"] as? String ?? "matrix.dat"
        let raw = try member(fileName)
        let (slices, rows, columns) = (shape[0], shape[1], shape[2])
        let count = slices * rows * columns
        guard raw.count == count * 2 else {
            throw TestVolumeError("\(fileName) has \(raw.count) bytes; shape \(shape) of int16 needs \(count * 2)")
        }

        // Reverse the rows (see the type's documentation) while converting from little-endian.
        let voxels = raw.withUnsafeBytes { source in
            [Int16](unsafeUninitializedCapacity: count) { out, initialized in
                for k in 0..<slices {
                    for j in 0..<rows {
                        let from = (k * rows + (rows - 1 - j)) * columns * 2
                        let to = (k * rows + j) * columns
                        for i in 0..<columns {
                            out[to + i] = Int16(littleEndian: source.loadUnaligned(fromByteOffset: from + 2 * i, as: Int16.self))
                        }
                    }
                }
                initialized = count
            }
        }
        let size = SIMD3(columns, rows, slices)
        let step = SIMD3(spacing[0], spacing[1], spacing[2])
        let origin = -SIMD3<Double>(Double(columns - 1), Double(rows - 1), Double(slices - 1)) * step / 2
        volume = Volume(size: size, spacing: step, origin: origin, voxels: voxels)
        name = plist["name"] as? String ?? ""
        modality = plist["modality"] as? String ?? "CT"
        window = (Self.doubles([plist["window_level"] as Any])?.first ?? 40,
                  Self.doubles([plist["window_width"] as Any])?.first ?? 400)
        if let range = Self.integers(plist["scalar_range"]), range.count == 2, range[0] <= range[1] {
            scalarRange = range[0]...range[1]
        } else {
            scalarRange = Int(Int16.min)...Int(Int16.max)
        }
        storedShape = shape
        storedSpacing = spacing
    }

    private static func integers(_ value: Any?) -> [Int]? {
        guard let array = value as? [Any] else { return nil }
        let numbers = array.compactMap { ($0 as? NSNumber)?.intValue }
        return numbers.count == array.count ? numbers : nil
    }

    private static func doubles(_ value: Any?) -> [Double]? {
        guard let array = value as? [Any] else { return nil }
        let numbers = array.compactMap { ($0 as? NSNumber)?.doubleValue }
        return numbers.count == array.count ? numbers : nil
    }
}
