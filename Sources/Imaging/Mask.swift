import Volume

/// A binary image on a `Grid`: one byte per voxel, 1 inside and 0 outside, in the voxel
/// order of `Volume` (column fastest, then row, then slice).
public struct Mask: Sendable, Equatable {
    /// Where the voxels are, in patient coordinates.
    public let grid: Grid
    /// 0 or 1 per voxel; `count` bytes.
    public private(set) var voxels: [UInt8]

    /// A mask of `grid` from one byte per voxel; any non-zero byte counts as inside.
    public init(grid: Grid, voxels: [UInt8]) throws(ImagingError) {
        guard voxels.count == grid.count else {
            throw ImagingError("\(voxels.count) mask voxels for a grid of \(grid.count)")
        }
        self.grid = grid
        self.voxels = voxels
        if voxels.contains(where: { $0 > 1 }) {
            self.voxels.withUnsafeMutableBufferPointer { b in for i in b.indices { b[i] = b[i] == 0 ? 0 : 1 } }
        }
    }

    /// A mask of `grid` with every voxel inside (`true`) or outside (`false`).
    public init(grid: Grid, filledWith value: Bool) {
        self.grid = grid
        self.voxels = [UInt8](repeating: value ? 1 : 0, count: grid.count)
    }

    /// A mask of `grid` whose voxels the kernel fills through `body` (every byte 0 or 1).
    public init(grid: Grid, initializingWith body: (UnsafeMutableBufferPointer<UInt8>) -> Void) {
        self.grid = grid
        self.voxels = [UInt8](unsafeUninitializedCapacity: grid.count) { buffer, initialized in
            body(buffer)
            initialized = grid.count
        }
    }

    /// Columns, rows, slices.
    @inlinable public var size: SIMD3<Int> { grid.size }
    /// Millimetres between voxel centres along columns, rows and slices.
    @inlinable public var spacing: SIMD3<Double> { grid.spacing }
    /// Number of voxels.
    @inlinable public var count: Int { grid.count }

    /// Whether voxel (i, j, k) is inside.
    public subscript(i: Int, j: Int, k: Int) -> Bool {
        get { voxels[grid.index(i, j, k)] != 0 }
        set { voxels[grid.index(i, j, k)] = newValue ? 1 : 0 }
    }

    /// Whether the voxel at a linear index is inside.
    public subscript(index: Int) -> Bool {
        get { voxels[index] != 0 }
        set { voxels[index] = newValue ? 1 : 0 }
    }

    /// Number of voxels inside.
    public var insideCount: Int {
        voxels.withUnsafeBufferPointer { b in
            var total = 0
            for v in b { total &+= Int(v) }
            return total
        }
    }

    /// The mask with inside and outside swapped.
    public func inverted() -> Mask { map(self) { a, _ in a ^ Self.ones } }

    /// Voxels inside this mask or `other` (same grid).
    public func union(_ other: Mask) -> Mask { map(other) { $0 | $1 } }

    /// Voxels inside this mask and `other` (same grid).
    public func intersection(_ other: Mask) -> Mask { map(other) { $0 & $1 } }

    /// Voxels inside this mask and not inside `other` (same grid).
    public func subtracting(_ other: Mask) -> Mask { map(other) { $0 & ($1 ^ Self.ones) } }

    /// A 1 in every byte of a word.
    static let ones: UInt64 = 0x0101_0101_0101_0101

    /// `combine` applied to eight voxels at a time (each byte 0 or 1, so a bitwise combination
    /// with `ones` stays 0 or 1 per byte); inlined so that it runs as vector code.
    @inline(__always)
    private func map(_ other: Mask, _ combine: (UInt64, UInt64) -> UInt64) -> Mask {
        precondition(other.grid.size == grid.size, "masks of different sizes \(grid.size) and \(other.grid.size)")
        return voxels.withUnsafeBytes { a in
            other.voxels.withUnsafeBytes { b in
                Mask(grid: grid) { out in
                    let words = out.count / 8
                    let target = UnsafeMutableRawPointer(out.baseAddress!)
                    for w in 0..<words {
                        let x = a.loadUnaligned(fromByteOffset: w * 8, as: UInt64.self)
                        let y = b.loadUnaligned(fromByteOffset: w * 8, as: UInt64.self)
                        target.storeBytes(of: combine(x, y), toByteOffset: w * 8, as: UInt64.self)
                    }
                    for i in words * 8 ..< out.count { out[i] = UInt8(truncatingIfNeeded: combine(UInt64(a[i]), UInt64(b[i]))) & 1 }
                }
            }
        }
    }
}

extension Volume {
    /// Sets every voxel inside `mask` to `value` (a stored value); the mask must have this volume's size.
    public mutating func fill(_ mask: Mask, with value: Voxel) throws(ImagingError) {
        guard mask.size == size else { throw ImagingError("mask size \(mask.size) differs from volume size \(size)") }
        mask.voxels.withUnsafeBufferPointer { m in
            voxels.withUnsafeMutableBufferPointer { v in
                for i in 0..<v.count where m[i] != 0 { v[i] = value }
            }
        }
    }
}
