@testable import Deface
import Testing

/// The eight-bytes-at-a-time run scanner that the guard hash, the palette and drowning use.
@Suite("Runs of a voxel role")
struct VoxelRoleRunTests {
    /// The runs a byte-by-byte loop finds.
    static func naiveRuns(_ bytes: [UInt8], _ role: VoxelRole) -> [Range<Int>] {
        var runs: [Range<Int>] = [], start: Int?
        for (i, byte) in bytes.enumerated() {
            let has = byte & role.rawValue != 0
            if has, start == nil { start = i }
            if !has, let s = start { runs.append(s ..< i); start = nil }
        }
        if let s = start { runs.append(s ..< bytes.count) }
        return runs
    }

    @Test("every run of every role, in order, on long runs, short runs, mixed bits and odd lengths")
    func runsMatchAByteLoop() {
        var rng = SplitMix64(seed: 17, stream: 0)
        for length in [0, 1, 7, 8, 9, 63, 64, 65, 1000, 4099] {
            for runLength in [1, 3, 8, 40] {
                // Runs of random role combinations, each `runLength` long on average.
                var bytes: [UInt8] = []
                while bytes.count < length {
                    let value = UInt8(rng.next() % 8)
                    bytes += [UInt8](repeating: value, count: 1 + Int(rng.next() % UInt64(2 * runLength)))
                }
                bytes = Array(bytes.prefix(length))
                for role in [VoxelRole.guarded, .replaced, .shell] {
                    var found: [Range<Int>] = []
                    bytes.withUnsafeBufferPointer { buffer in
                        guard let base = buffer.baseAddress else { return }
                        role.forEachRun(in: base, count: buffer.count) { found.append($0) }
                    }
                    #expect(found == Self.naiveRuns(bytes, role), "length \(length), runs of ~\(runLength), role \(role.rawValue)")
                }
            }
        }
    }
}
