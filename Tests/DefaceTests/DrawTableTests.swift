@testable import Deface
import Testing

/// Face mode's draw table: each palette value fills slots of 65,536 in proportion to its
/// weight (at least one), and draws from it follow the weights.
@Suite("Draws of face mode")
struct DrawTableTests {
    static let weightSets: [[Int]] = [
        [1],
        [3, 1],
        [1_000_000, 1, 1, 2],
        (0..<226).map { 1 + ($0 * 7_919) % 5_000 },
        [5_000, 1, 300, 12_000, 7, 800] + (0..<100).map { 1 + ($0 * 37) % 400 },
    ]

    @Test("quotas fill the table exactly, give every value a slot and follow the weights to a slot")
    func quotas() {
        for weights in Self.weightSets {
            let quotas = Palette.quotas(weights)
            #expect(quotas.reduce(0, +) == Palette.slotCount)
            #expect(quotas.allSatisfy { $0 >= 1 })
            let total = Double(weights.reduce(0, +)), spare = Double(Palette.slotCount - weights.count)
            for (weight, quota) in zip(weights, quotas) {
                #expect(abs(Double(quota) - 1 - Double(weight) / total * spare) < 1, "weight \(weight): \(quota) slots")
            }
        }
    }

    @Test("two million draws follow the table (each count within five standard deviations)")
    func drawsFollowWeights() {
        let weights = Self.weightSets[4]
        let slots = Palette.slots(of: weights.indices.map { Int16($0) }, quotas: Palette.quotas(weights))
        let count = 1 << 21
        let roles = [UInt8](repeating: VoxelRole.replaced.rawValue | VoxelRole.shell.rawValue, count: count)
        var voxels = [Int16](repeating: -1, count: count)
        var random = QuarterDraws(SplitMix64(seed: 5, stream: 0))
        let (written, clamped) = roles.withUnsafeBufferPointer { r in
            voxels.withUnsafeMutableBufferPointer { v in
                slots.withUnsafeBufferPointer { s in
                    Drowning.drawSlice(roles: r.baseAddress!, voxels: v.baseAddress!, count: count, slots: s.baseAddress!,
                                       single: false, clampedSlots: nil, random: &random)
                }
            }
        }
        #expect(written == count && clamped == 0)
        var histogram = [Int](repeating: 0, count: weights.count)
        for v in voxels { histogram[Int(v)] += 1 }
        // The quotas are checked against the weights above; here the draws against the quotas.
        for (value, quota) in Palette.quotas(weights).enumerated() {
            let p = Double(quota) / Double(Palette.slotCount), expected = p * Double(count)
            #expect(abs(Double(histogram[value]) - expected) <= 5 * (expected * (1 - p)).squareRoot() + 1,
                    "value \(value): \(histogram[value]) drawn, \(expected) expected")
        }
    }
}
