import Foundation
import Imaging
import Volume

extension Drowning {
    /// Layers of voxels on each face of the volume that `seal` sets.
    static let sealDepth = 2

    /// Sets the drowned voxels of the volume's outer faces, `sealDepth` deep, to `hounsfield`
    /// (on CT the top of the soft-tissue range): a lid over the block.
    ///
    /// Seeded draws are independent voxel to voxel, and a renderer interpolates between voxels,
    /// so a surface threshold near the top of the drawn range finds the fill mostly transparent
    /// and shows the guarded skull behind it (on a phantom whose shell held only fat and skin,
    /// at +60 HU, dlib's detector took the orbits and nasal aperture for a face, 0.25). With the
    /// lid every threshold up to the lid's value meets the block first, and the renders a
    /// viewer or an attacker makes at soft-tissue windows show a box.
    static func seal<V: VoxelScalar>(_ volume: inout Volume<V>, masks: HeadMasks, hounsfield: Double) {
        let (nx, ny, nz) = (volume.size.x, volume.size.y, volume.size.z)
        let value = V.clamped(((hounsfield - volume.rescale.intercept) / volume.rescale.slope).rounded())
        let depth = sealDepth
        masks.roles.bytes.withUnsafeBufferPointer { roleBuffer in
            volume.voxels.withUnsafeMutableBufferPointer { voxelBuffer in
                let roles = SharedVoxels(UnsafeMutableBufferPointer(mutating: roleBuffer)), replaced = VoxelRole.replaced.rawValue
                let voxels = SharedVoxels(voxelBuffer)
                DispatchQueue.concurrentPerform(iterations: nz) { k in
                    let wholeSlice = k < depth || k >= nz - depth
                    for j in 0..<ny {
                        let wholeRow = wholeSlice || j < depth || j >= ny - depth
                        let row = (k * ny + j) * nx
                        func seal(_ columns: Range<Int>) {
                            for i in columns where roles[row + i] & replaced != 0 { voxels[row + i] = value }
                        }
                        // Inner rows touch only their ends.
                        if wholeRow {
                            seal(0..<nx)
                        } else {
                            seal(0..<min(depth, nx))
                            seal(max(depth, nx - depth)..<nx)
                        }
                    }
                }
            }
        }
    }
}
