import Imaging
import Volume

/// What drowning does with a voxel: the bits of one byte of `VoxelRoles`.
public struct VoxelRole: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Never changes: the skull, the cranial cavity and their margins (CT), or everything
    /// deeper than the shell (MR, PET).
    public static let guarded = VoxelRole(rawValue: 1)
    /// Replaced by the mode's values: outside air and the shell below it, never guarded.
    public static let replaced = VoxelRole(rawValue: 2)
    /// In the shell of skin and fat (and replaced): `face` mode draws its values from these.
    public static let shell = VoxelRole(rawValue: 4)
}

extension VoxelRole {
    /// Calls `body` with each maximal run of indices in `0..<count` whose role byte holds this
    /// role, in order. Roles come in long runs (air, shell, skull), so they are scanned eight
    /// bytes at a time, and the loops over voxels test no role per voxel.
    @inline(__always)
    func forEachRun(in roles: UnsafePointer<UInt8>, count: Int, _ body: (Range<Int>) -> Void) {
        let bit = rawValue, everyByte = UInt64(bit) &* 0x0101_0101_0101_0101
        let raw = UnsafeRawPointer(roles)
        var i = 0
        while i < count {
            while i + 8 <= count && raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & everyByte == 0 { i += 8 }
            while i < count && roles[i] & bit == 0 { i += 1 }
            let start = i
            while i + 8 <= count && raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & everyByte == everyByte { i += 8 }
            while i < count && roles[i] & bit != 0 { i += 1 }
            if start < i { body(start ..< i) }
        }
    }
}

/// The role of every voxel of a volume, one byte each: the guard, the replaced voxels and the
/// shell in one buffer instead of three masks (a 512×512×250 CT needs 62.5 MiB, not 187).
public struct VoxelRoles: Sendable {
    public let grid: Grid
    /// `VoxelRole` bits per voxel, in the voxel order of `Volume`.
    public let bytes: [UInt8]

    /// Roles on `grid` that `body` writes (every byte a combination of `VoxelRole` bits).
    init(grid: Grid, initializingWith body: (UnsafeMutableBufferPointer<UInt8>) -> Void) {
        self.grid = grid
        self.bytes = [UInt8](unsafeUninitializedCapacity: grid.count) { buffer, initialized in
            body(buffer)
            initialized = grid.count
        }
    }

    /// Columns, rows, slices.
    public var size: SIMD3<Int> { grid.size }

    /// The roles of the voxel at a linear index.
    public subscript(index: Int) -> VoxelRole { VoxelRole(rawValue: bytes[index]) }

    /// The voxels that have `role`, as a mask (a new byte per voxel).
    public func mask(_ role: VoxelRole) -> Mask {
        bytes.withUnsafeBufferPointer { source in
            Mask(grid: grid) { out in for i in 0..<out.count { out[i] = source[i] & role.rawValue == 0 ? 0 : 1 } }
        }
    }

    /// Number of voxels that have `role`.
    public func count(_ role: VoxelRole) -> Int {
        bytes.withUnsafeBufferPointer { b in
            var total = 0
            for v in b where v & role.rawValue != 0 { total &+= 1 }
            return total
        }
    }

    /// These roles on another grid of the same Frame of Reference (nearest neighbour in patient
    /// coordinates; no role where that grid reaches beyond this one).
    public func resampled(onto target: Grid) -> VoxelRoles {
        bytes.withUnsafeBufferPointer { source in
            VoxelRoles(grid: target) { out in grid.resampleNearest(source, onto: target, into: out) }
        }
    }
}
