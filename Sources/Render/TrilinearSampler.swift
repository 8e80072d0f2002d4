import Volume

/// Voxel types the ray caster reads directly, converted to Float without going through Double.
protocol RenderableVoxel: VoxelScalar {
    var floatValue: Float { get }
}

extension UInt8: RenderableVoxel { var floatValue: Float { Float(self) } }
extension Int16: RenderableVoxel { var floatValue: Float { Float(self) } }
extension UInt16: RenderableVoxel { var floatValue: Float { Float(self) } }
extension Float: RenderableVoxel { var floatValue: Float { self } }

/// Trilinear interpolation of stored voxel values at fractional voxel indices, over a volume
/// padded on every side by one layer of `padding` (a value below the surface threshold), so that
/// a surface cut by the edge of the volume closes there and shades like any other.
///
/// Holds a raw pointer into the volume's voxels: valid only inside the
/// `withUnsafeBufferPointer` call that made it.
struct TrilinearSampler<Voxel: RenderableVoxel>: @unchecked Sendable {
    let voxels: UnsafeBufferPointer<Voxel>
    let nx: Int, ny: Int, nz: Int
    let padding: Float

    init(voxels: UnsafeBufferPointer<Voxel>, size: SIMD3<Int>, padding: Float) {
        self.voxels = voxels
        (nx, ny, nz) = (size.x, size.y, size.z)
        self.padding = padding
    }

    /// The interpolated value at index-space point `p` (voxel centres at integers).
    @inline(__always)
    func sample(_ p: SIMD3<Float>) -> Float {
        // Samples lie within two voxels outside the volume (ray box ± the gradient's reach),
        // where truncating p + 2 is the floor of p plus two: no call to floor().
        let i = Int(p.x + 2) - 2, j = Int(p.y + 2) - 2, k = Int(p.z + 2) - 2
        let f = p - SIMD3(Float(i), Float(j), Float(k))
        guard i >= 0, j >= 0, k >= 0, i + 1 < nx, j + 1 < ny, k + 1 < nz else {
            return sampleNearEdge(i, j, k, f)
        }
        let base = (k &* ny &+ j) &* nx &+ i, slice = nx &* ny
        let c000 = voxels[base].floatValue, c100 = voxels[base + 1].floatValue
        let c010 = voxels[base + nx].floatValue, c110 = voxels[base + nx + 1].floatValue
        let c001 = voxels[base + slice].floatValue, c101 = voxels[base + slice + 1].floatValue
        let c011 = voxels[base + slice + nx].floatValue, c111 = voxels[base + slice + nx + 1].floatValue
        let c00 = c000 + (c100 - c000) * f.x, c10 = c010 + (c110 - c010) * f.x
        let c01 = c001 + (c101 - c001) * f.x, c11 = c011 + (c111 - c011) * f.x
        let c0 = c00 + (c10 - c00) * f.y, c1 = c01 + (c11 - c01) * f.y
        return c0 + (c1 - c0) * f.z
    }

    /// The slow path: some corners lie outside the volume and take the padding value. Rays
    /// cross the padding before every surface cut by the volume's edge (a defaced block is all
    /// edge), so this path is hot too: each corner is one compare and select, no loop.
    @inline(never)
    func sampleNearEdge(_ i: Int, _ j: Int, _ k: Int, _ f: SIMD3<Float>) -> Float {
        let x0 = i >= 0 && i < nx, x1 = i + 1 >= 0 && i + 1 < nx
        let y0 = j >= 0 && j < ny, y1 = j + 1 >= 0 && j + 1 < ny
        let z0 = k >= 0 && k < nz, z1 = k + 1 >= 0 && k + 1 < nz
        // Corner offsets from the first corner's index (which may lie outside the volume;
        // only corners inside are read).
        let base = (k &* ny &+ j) &* nx &+ i, row = nx, slice = nx &* ny
        @inline(__always) func corner(_ inside: Bool, _ offset: Int) -> Float {
            inside ? voxels[base &+ offset].floatValue : padding
        }
        let c000 = corner(x0 && y0 && z0, 0), c100 = corner(x1 && y0 && z0, 1)
        let c010 = corner(x0 && y1 && z0, row), c110 = corner(x1 && y1 && z0, row &+ 1)
        let c001 = corner(x0 && y0 && z1, slice), c101 = corner(x1 && y0 && z1, slice &+ 1)
        let c011 = corner(x0 && y1 && z1, slice &+ row), c111 = corner(x1 && y1 && z1, slice &+ row &+ 1)
        let c00 = c000 + (c100 - c000) * f.x, c10 = c010 + (c110 - c010) * f.x
        let c01 = c001 + (c101 - c001) * f.x, c11 = c011 + (c111 - c011) * f.x
        let c0 = c00 + (c10 - c00) * f.y, c1 = c01 + (c11 - c01) * f.y
        return c0 + (c1 - c0) * f.z
    }

    /// Central differences of the interpolated field, one voxel either side, in index space:
    /// the six samples at p ± one voxel along each axis, which share their fractions and 32
    /// distinct voxels (the 4×4×4 block around p without its edges and corners), each voxel
    /// read once.
    @inline(__always)
    func gradient(_ p: SIMD3<Float>) -> SIMD3<Float> {
        let i = Int(p.x + 2) - 2, j = Int(p.y + 2) - 2, k = Int(p.z + 2) - 2
        let f = p - SIMD3(Float(i), Float(j), Float(k))
        let slice = nx &* ny, base = (k &* ny &+ j) &* nx &+ i
        if i >= 1, j >= 1, k >= 1, i + 2 < nx, j + 2 < ny, k + 2 < nz {
            return gradient(f) { dx, dy, dz in voxels[base &+ dz &* slice &+ dy &* nx &+ dx].floatValue }
        }
        return gradientNearEdge(base: base, i, j, k, f)
    }

    /// The slow path of `gradient`: voxels outside the volume take the padding value. Whether
    /// offset d (−1…2) lies inside is bit d + 1 of one mask per axis, so each voxel costs a few
    /// bit operations rather than six comparisons.
    @inline(never)
    func gradientNearEdge(base: Int, _ i: Int, _ j: Int, _ k: Int, _ f: SIMD3<Float>) -> SIMD3<Float> {
        @inline(__always) func insideMask(_ c: Int, _ n: Int) -> UInt32 {
            var mask: UInt32 = 0
            for d in -1...2 where c &+ d >= 0 && c &+ d < n { mask |= 1 << UInt32(d + 1) }
            return mask
        }
        let mx = insideMask(i, nx), my = insideMask(j, ny), mz = insideMask(k, nz), slice = nx &* ny
        return gradient(f) { dx, dy, dz in
            (mx >> UInt32(dx + 1)) & (my >> UInt32(dy + 1)) & (mz >> UInt32(dz + 1)) & 1 != 0
                ? voxels[base &+ dz &* slice &+ dy &* nx &+ dx].floatValue : padding
        }
    }

    /// The gradient from the voxels at offsets (dx, dy, dz) ∈ −1…2 from the cell's lower corner.
    @inline(__always)
    private func gradient(_ f: SIMD3<Float>, _ v: (Int, Int, Int) -> Float) -> SIMD3<Float> {
        // The same interpolation order as `sample` (x, then y, then z), on shifted cells.
        @inline(__always) func lerp(_ a: Float, _ b: Float, _ t: Float) -> Float { a + (b - a) * t }
        @inline(__always) func cell(_ dx: Int, _ dy: Int, _ dz: Int) -> Float {
            let c00 = lerp(v(dx, dy, dz), v(dx + 1, dy, dz), f.x), c10 = lerp(v(dx, dy + 1, dz), v(dx + 1, dy + 1, dz), f.x)
            let c01 = lerp(v(dx, dy, dz + 1), v(dx + 1, dy, dz + 1), f.x), c11 = lerp(v(dx, dy + 1, dz + 1), v(dx + 1, dy + 1, dz + 1), f.x)
            return lerp(lerp(c00, c10, f.y), lerp(c01, c11, f.y), f.z)
        }
        return SIMD3(cell(1, 0, 0) - cell(-1, 0, 0), cell(0, 1, 0) - cell(0, -1, 0), cell(0, 0, 1) - cell(0, 0, -1)) * 0.5
    }
}
