import Foundation
import Imaging
import Volume

/// A fingerprint of the stored values inside the guard, to prove after writing (and reading
/// back) that no voxel of the skull or the cranial cavity changed.
public struct GuardFingerprint: Sendable, Equatable, Codable {
    /// Guard voxels.
    public let count: Int
    /// A 64-bit hash of the guard voxels' stored values (as Double bit patterns) in voxel
    /// order: each slice hashed on its own (concurrently), the slices' hashes then combined in order.
    public let hash: UInt64

    /// The fingerprint of `volume` inside `guardRegion`, which must have the volume's size.
    public init<V: VoxelScalar>(_ volume: Volume<V>, guardRegion: Mask) {
        precondition(guardRegion.size == volume.size, "guard \(guardRegion.size) and volume \(volume.size) differ in size")
        let plane = volume.size.x * volume.size.y, slices = volume.size.z
        var sliceHashes = [UInt64](repeating: 0, count: slices), sliceCounts = [Int](repeating: 0, count: slices)
        guardRegion.voxels.withUnsafeBufferPointer { maskBuffer in
            volume.voxels.withUnsafeBufferPointer { voxelBuffer in
                sliceHashes.withUnsafeMutableBufferPointer { hashBuffer in
                    sliceCounts.withUnsafeMutableBufferPointer { countBuffer in
                        let mask = SharedVoxels(UnsafeMutableBufferPointer(mutating: maskBuffer))
                        let voxels = SharedVoxels(UnsafeMutableBufferPointer(mutating: voxelBuffer))
                        let hashes = SharedVoxels(hashBuffer), counts = SharedVoxels(countBuffer)
                        DispatchQueue.concurrentPerform(iterations: slices) { k in
                            var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(k)
                            var count = 0
                            for i in k * plane ..< (k + 1) * plane where mask[i] != 0 {
                                count += 1
                                // Every voxel type converts to Double exactly, so its bits are the value's.
                                hash = Self.mix(hash ^ voxels[i].doubleValue.bitPattern ^ UInt64(i))
                            }
                            hashes[k] = hash
                            counts[k] = count
                        }
                    }
                }
            }
        }
        self.count = sliceCounts.reduce(0, +)
        self.hash = sliceHashes.reduce(0x8422_2325_CBF2_9CE4) { Self.mix($0 ^ $1) }
    }

    /// A strong 64-bit mixer (the finaliser of SplitMix64): one changed bit changes half the output.
    @inline(__always) static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The fingerprint of a volume of any voxel type.
    public init(_ volume: AnyVolume, guardRegion: Mask) {
        switch volume {
        case .uint8(let v): self.init(v, guardRegion: guardRegion)
        case .int16(let v): self.init(v, guardRegion: guardRegion)
        case .uint16(let v): self.init(v, guardRegion: guardRegion)
        case .float32(let v): self.init(v, guardRegion: guardRegion)
        }
    }

    /// Throws `guardChanged` unless `other` is the same fingerprint.
    public func verify(_ other: GuardFingerprint, context: String) throws(DefaceError) {
        guard other == self else {
            throw DefaceError(.guardChanged, "\(context): voxels inside the guard (skull and cranial cavity, \(count) voxels) changed; nothing was exported")
        }
    }
}
