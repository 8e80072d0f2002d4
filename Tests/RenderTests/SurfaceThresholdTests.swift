import Foundation
import Render
import Testing
import Volume

/// Default thresholds: −300 HU for CT, half-way to Otsu's threshold otherwise.
@Suite("Surface thresholds")
struct SurfaceThresholdTests {
    @Test("Otsu's threshold of two separated classes lies between them; the default takes half of it from the minimum")
    func otsu() {
        // 70% background near 10, 30% tissue near 200 (uint8, like brainsmall).
        var voxels = [UInt8]()
        for i in 0..<10_000 { voxels.append(i % 10 < 7 ? UInt8(5 + i % 11) : UInt8(190 + i % 21)) }
        let volume = AnyVolume.uint8(Volume(size: SIMD3(100, 100, 1), spacing: SIMD3(1, 1, 1), voxels: voxels))
        let histogram = Histogram(volume)
        #expect(histogram.minimum == 5 && histogram.maximum == 210 && histogram.counts.reduce(0, +) == 10_000)
        let otsu = histogram.otsuThreshold()
        #expect(otsu > 15 && otsu <= 190, "Otsu \(otsu)")
        let chosen = SurfaceThreshold.choose(for: volume, modality: "MR")
        #expect(abs(chosen.value - (5 + (otsu - 5) / 2)) < 1e-9 && chosen.reason.contains("Otsu"))
    }

    @Test("CT: −300 HU when the modality says CT or the values reach −900 (NIfTI); rescale honoured")
    func computedTomography() {
        let stored: [Int16] = [0, 100, 1024, 2000, 40, 1100, 24, 1060]  // HU = stored − 1024
        let volume = AnyVolume.int16(Volume(size: SIMD3(2, 2, 2), spacing: SIMD3(1, 1, 1), voxels: stored, rescale: (1, -1024)))
        #expect(SurfaceThreshold.choose(for: volume, modality: "CT").value == -300)
        let nifti = SurfaceThreshold.choose(for: volume, modality: nil)
        #expect(nifti.value == -300 && nifti.reason.contains("-1024"))
        #expect(Histogram(volume).minimum == -1024 && Histogram(volume).maximum == 976)
        // Not CT: the same numbers with no −900 in them.
        let positive = AnyVolume.int16(Volume(size: SIMD3(2, 2, 2), spacing: SIMD3(1, 1, 1), voxels: stored))
        #expect(SurfaceThreshold.choose(for: positive, modality: nil).value != -300)
    }
}
