import Foundation
import Imaging
import Volume

/// A fingerprint of the stored values inside the guard, to prove after writing (and reading
/// back) that no voxel of the skull or the cranial cavity changed.
public struct GuardFingerprint: Sendable, Equatable, Codable {
    /// Guard voxels.
    public let count: Int
    /// FNV-1a over the guard voxels' stored values (as Double bit patterns), in voxel order.
    public let hash: UInt64

    /// The fingerprint of `volume` inside `guardRegion`, which must have the volume's size.
    public init<V: VoxelScalar>(_ volume: Volume<V>, guardRegion: Mask) {
        precondition(guardRegion.size == volume.size, "guard \(guardRegion.size) and volume \(volume.size) differ in size")
        var count = 0
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        guardRegion.voxels.withUnsafeBufferPointer { mask in
            volume.voxels.withUnsafeBufferPointer { voxels in
                for i in 0..<voxels.count where mask[i] != 0 {
                    count += 1
                    // Every voxel type converts to Double exactly, so its bits are the value's.
                    var bits = voxels[i].doubleValue.bitPattern
                    for _ in 0..<8 {
                        hash = (hash ^ (bits & 0xFF)) &* 0x100_0000_01B3
                        bits >>= 8
                    }
                }
            }
        }
        self.count = count
        self.hash = hash
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
