/// Flood fills and hole filling.
extension Mask {
    /// The inside voxels connected (by `connectivity`) to an inside voxel on a face of the grid.
    ///
    /// With the mask of air (not body), this is the outside air: air reached from the volume's
    /// border, without the air enclosed by the body (airways, sinuses, ear canals, mouth).
    public func connectedToBorder(connectivity: Connectivity = .faces, parallelism: Parallelism = .allCores) -> Mask {
        let components = ComponentLabels(self, connectivity: connectivity, parallelism: parallelism)
        var touches = [Bool](repeating: false, count: components.count + 1)
        let n = size
        components.labels.withUnsafeBufferPointer { l in
            for k in 0..<n.z {
                let onZFace = k == 0 || k == n.z - 1
                for j in 0..<n.y {
                    let row = (k * n.y + j) * n.x
                    if onZFace || j == 0 || j == n.y - 1 {
                        for i in 0..<n.x { touches[Int(l[row + i])] = true }
                    } else {
                        touches[Int(l[row])] = true
                        touches[Int(l[row + n.x - 1])] = true
                    }
                }
            }
        }
        return components.mask { touches[$0] }
    }

    /// The mask with every hole filled: outside voxels not connected (through the 6 face
    /// neighbours) to the grid's border become inside; `scipy.ndimage.binary_fill_holes`.
    public func holesFilled(parallelism: Parallelism = .allCores) -> Mask {
        inverted().connectedToBorder(connectivity: .faces, parallelism: parallelism).inverted()
    }

    /// The mask with the holes of every slice filled on their own (2-D, 4-connected
    /// background), as `scipy.ndimage.binary_fill_holes` does on each slice `[k, :, :]`.
    public func holesFilledSliceBySlice(parallelism: Parallelism = .allCores) -> Mask {
        let nx = size.x, ny = size.y, nz = size.z, plane = nx * ny
        return voxels.withUnsafeBufferPointer { source in
            let m = SharedPointer(UnsafeMutablePointer(mutating: source.baseAddress!))
            return Mask(grid: grid) { out in
                let target = SharedPointer(out.baseAddress!)
                parallelism.forEachChunk(of: nz, chunkSize: 1, makeScratch: { [Int32](repeating: 0, count: plane) }) { stack, slices in
                    for k in slices {
                        let base = k * plane
                        // Start with everything inside, then flood the outside from the slice's border.
                        for p in 0..<plane { target[base + p] = 1 }
                        stack.withUnsafeMutableBufferPointer { s in
                            var top = 0
                            func push(_ p: Int) {
                                if m[base + p] == 0 && target[base + p] == 1 { target[base + p] = 0; s[top] = Int32(p); top += 1 }
                            }
                            for i in 0..<nx { push(i); push((ny - 1) * nx + i) }
                            for j in 0..<ny { push(j * nx); push(j * nx + nx - 1) }
                            while top > 0 {
                                top -= 1
                                let p = Int(s[top]), i = p % nx
                                if i > 0 { push(p - 1) }
                                if i < nx - 1 { push(p + 1) }
                                if p >= nx { push(p - nx) }
                                if p < plane - nx { push(p + nx) }
                            }
                        }
                    }
                }
            }
        }
    }
}
