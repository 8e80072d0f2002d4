import DICOMPixels
import Foundation
import Imaging
import Volume

/// A fingerprint of the stored values inside the guard, to prove after writing (and reading
/// back) that no voxel of the skull or the cranial cavity changed.
public struct GuardFingerprint: Sendable, Equatable, Codable {
    /// Guard voxels.
    public let count: Int
    /// A 64-bit hash per slice of the guard voxels' stored values (their bytes, a word at a
    /// time, each mixed with its voxel index), so a written series can be checked a file at a time.
    public let sliceHashes: [UInt64]

    /// The fingerprint of `volume` inside the guard of `roles`, which must have the volume's size.
    public init<V: VoxelScalar>(_ volume: Volume<V>, roles: VoxelRoles) {
        precondition(roles.size == volume.size, "roles \(roles.size) and volume \(volume.size) differ in size")
        let plane = volume.size.x * volume.size.y, slices = volume.size.z
        let perSlice = ResultSlots<(hash: UInt64, count: Int)>(count: slices)
        roles.bytes.withUnsafeBufferPointer { roleBuffer in
            volume.voxels.withUnsafeBufferPointer { voxelBuffer in
                let shared = SharedVoxels(UnsafeMutableBufferPointer(mutating: voxelBuffer))
                let roleBytes = SharedVoxels(UnsafeMutableBufferPointer(mutating: roleBuffer))
                DispatchQueue.concurrentPerform(iterations: slices) { k in
                    let voxels = UnsafeBufferPointer(rebasing: shared.base[k * plane ..< (k + 1) * plane])
                    let slice = UnsafeBufferPointer(rebasing: roleBytes.base[k * plane ..< (k + 1) * plane])
                    perSlice.set(k, Self.sliceHash(voxels, roles: slice, slice: k, rowLength: volume.size.x))
                }
            }
        }
        let results = perSlice.values.map { $0 ?? (0, 0) }
        count = results.reduce(0) { $0 + $1.count }
        sliceHashes = results.map(\.hash)
    }

    /// The hash and guard count of slice `k`: its voxels and their roles, rows of `rowLength` voxels.
    static func sliceHash<V: VoxelScalar>(_ voxels: UnsafeBufferPointer<V>, roles: UnsafeBufferPointer<UInt8>, slice k: Int,
                                          rowLength: Int) -> (hash: UInt64, count: Int) {
        var sum = SliceSum(slice: k)
        for row in stride(from: 0, to: voxels.count, by: rowLength) {
            sum.addRow(voxels.baseAddress! + row, roles: roles.baseAddress! + row, count: rowLength, firstIndex: k * voxels.count + row)
        }
        return sum.result
    }

    /// A slice's hash as its rows are added, in any order: a sum of independently mixed words,
    /// so there is no chain from word to word, the mixing of neighbours overlaps, and a change
    /// anywhere still changes the sum. A word is eight bytes of a row from its start (the last
    /// one shorter) with the bytes of voxels outside the guard masked out, mixed with the
    /// index of its first voxel: one mix per four 16-bit voxels.
    struct SliceSum {
        private var sum: UInt64
        private var count = 0

        init(slice k: Int) { sum = 0xCBF2_9CE4_8422_2325 ^ UInt64(k) }

        /// Adds the guard voxels of the row of `count` voxels at `voxels`, whose first voxel's
        /// linear index in the volume is `firstIndex`, with their roles at `roles`.
        @inline(__always)
        mutating func addRow<V: VoxelScalar>(_ voxels: UnsafePointer<V>, roles: UnsafePointer<UInt8>, count: Int, firstIndex: Int) {
            let size = MemoryLayout<V>.size, perWord = 8 / size
            let lane: UInt64 = size == 8 ? .max : (1 << (8 * size)) - 1
            let bytes = UnsafeRawPointer(voxels)
            func mixed(_ word: UInt64, at w: Int) -> UInt64 {
                GuardFingerprint.mix(word ^ (UInt64(firstIndex + w * perWord) &* 0xD1B5_4A32_D192_ED03))
            }
            var sum = self.sum, added = 0, lastEdge = -1
            VoxelRole.guarded.forEachRun(in: roles, count: count) { run in
                added &+= run.count
                var w = run.lowerBound / perWord
                let last = (run.upperBound - 1) / perWord
                while w <= last {
                    let start = w * perWord
                    if start >= run.lowerBound && start + perWord <= run.upperBound {
                        // Words wholly inside the run: no mask.
                        let end = run.upperBound / perWord
                        while w < end {
                            sum &+= mixed(bytes.loadUnaligned(fromByteOffset: w * 8, as: UInt64.self), at: w)
                            w += 1
                        }
                        continue
                    }
                    // A word at the run's edge, which the next run may share: hashed once, whole.
                    if w != lastEdge {
                        let voxelsHere = min(perWord, count - start)
                        var word: UInt64 = 0, mask: UInt64 = 0
                        withUnsafeMutableBytes(of: &word) { $0.copyMemory(from: UnsafeRawBufferPointer(start: bytes + start * size, count: voxelsHere * size)) }
                        for t in 0..<voxelsHere { mask |= (UInt64(roles[start + t] & VoxelRole.guarded.rawValue) &* lane) << (8 * size * t) }
                        sum &+= mixed(word & mask, at: w)
                        lastEdge = w
                    }
                    w += 1
                }
            }
            self.sum = sum
            self.count &+= added
        }

        var result: (hash: UInt64, count: Int) { (GuardFingerprint.mix(sum), count) }
    }

    /// A strong 64-bit mixer (the finaliser of SplitMix64): one changed bit changes half the output.
    @inline(__always) static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The fingerprint of a volume of any voxel type.
    public init(_ volume: AnyVolume, roles: VoxelRoles) {
        switch volume {
        case .uint8(let v): self.init(v, roles: roles)
        case .int16(let v): self.init(v, roles: roles)
        case .uint16(let v): self.init(v, roles: roles)
        case .float32(let v): self.init(v, roles: roles)
        }
    }

    /// Throws `guardChanged` unless `other` is the same fingerprint.
    public func verify(_ other: GuardFingerprint, context: String) throws(DefaceError) {
        guard other == self else { throw changed(context) }
    }

    /// Checks `series` as written, a file at a time, against this fingerprint of a volume of
    /// `voxelType` (no second volume in memory): each slice is decoded from its file and
    /// hashed. Volumes of real values (slices that had different rescales) are read whole.
    public func verify<V: VoxelScalar>(written series: ImageSeries, as voxelType: V.Type, roles: VoxelRoles, context: String) throws(DefaceError) {
        guard series.slices.count == sliceHashes.count, roles.size.z == sliceHashes.count else {
            throw DefaceError(.guardChanged, "\(context): \(series.slices.count) slices were read back, \(sliceHashes.count) written")
        }
        if V.self == Float.self {
            let written: AnyVolume
            do { written = try series.loadVolume(allowIrregular: true) } catch {
                throw DefaceError(.guardChanged, "\(context): the written series could not be read back: \(error)")
            }
            return try verify(GuardFingerprint(written, roles: roles), context: context)
        }
        let plane = roles.size.x * roles.size.y
        let found = ResultSlots<(hash: UInt64, count: Int)>(count: sliceHashes.count)
        do {
            let description = try series.firstDescription()
            guard description.bytesPerSample == MemoryLayout<V>.size, description.isSigned == (V.self == Int16.self) else {
                throw VolumeError("written as \(description.bitsAllocated)-bit \(description.isSigned ? "signed" : "unsigned") samples")
            }
            try roles.bytes.withUnsafeBufferPointer { (roleBuffer) throws(VolumeError) in
                let roleBytes = SharedVoxels(UnsafeMutableBufferPointer(mutating: roleBuffer))
                // Each slice is hashed where its file holds it when it can be (no copy of the frame).
                try series.forEachSlice(expecting: description) { (k, frames, frame) throws(any Error) in
                    let slice = UnsafeBufferPointer(rebasing: roleBytes.base[k * plane ..< (k + 1) * plane])
                    let hashed = try frames.withSamples(of: frame) { samples -> (hash: UInt64, count: Int)? in
                        guard samples.count == plane * MemoryLayout<V>.size else { return nil }
                        return Self.sliceHash(samples.assumingMemoryBound(to: V.self), roles: slice, slice: k, rowLength: roles.size.x)
                    }
                    guard let hashed else { throw VolumeError("slice \(k + 1) does not hold \(plane) samples") }
                    found.set(k, hashed)
                }
            }
        } catch {
            throw DefaceError(.guardChanged, "\(context): the written series could not be read back: \(error)")
        }
        let results = found.values.compactMap { $0 }
        guard results.count == sliceHashes.count else { throw changed(context) }
        try verify(GuardFingerprint(slices: results), context: context)
    }

    /// The fingerprint of per-slice results, in slice order.
    init(slices: [(hash: UInt64, count: Int)]) {
        self.init(count: slices.reduce(0) { $0 + $1.count }, sliceHashes: slices.map(\.hash))
    }

    private init(count: Int, sliceHashes: [UInt64]) {
        self.count = count
        self.sliceHashes = sliceHashes
    }

    private func changed(_ context: String) -> DefaceError {
        DefaceError(.guardChanged, "\(context): voxels inside the guard (skull and cranial cavity, \(count) voxels) changed; nothing was exported")
    }
}
