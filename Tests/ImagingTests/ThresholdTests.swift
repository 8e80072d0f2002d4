import Foundation
import Imaging
import Testing
import TestSupport
import Volume

/// HU thresholds through the rescale, and histogram statistics (Otsu, percentiles) against numpy.
@Suite("Thresholds and histograms")
struct ThresholdTests {
    @Test("HU threshold applies the rescale: stored Int16 with slope 2, intercept -1024, and Float32")
    func huThreshold() throws {
        let stored: [Int16] = [0, 200, 261, 262, 263, 1000, 700, 300]
        let volume = Volume<Int16>(size: SIMD3(2, 2, 2), spacing: SIMD3(1, 1, 1), voxels: stored, rescale: (2, -1024))
        // HU = 2·stored − 1024: 262 → −500 (not above), 263 → −498, 300 → −424.
        let body = try Mask(volume, above: -500)
        #expect(body.voxels == stored.map { 2 * Double($0) - 1024 > -500 ? 1 : 0 })
        #expect(body.voxels == [0, 0, 0, 0, 1, 1, 1, 1])
        let band = try Mask(volume, within: -1024 ... -500)
        #expect(band.voxels == [1, 1, 1, 1, 0, 0, 0, 0])
        let floats = Volume<Float>(size: SIMD3(4, 1, 1), spacing: SIMD3(1, 1, 1), voxels: [-1000, -500, -499.5, 300])
        #expect(try Mask(floats, above: -500).voxels == [0, 0, 1, 1])
        // Many voxels, in parallel: the count equals a plain loop's.
        var rng = Fixtures.Seeded(3)
        let big = Volume<Int16>(size: SIMD3(64, 64, 40), spacing: SIMD3(1, 1, 1),
                                voxels: (0..<(64 * 64 * 40)).map { _ in Int16(rng.uniform() * 4000 - 1024) })
        let expected = big.voxels.filter { Double($0) > 300 }.count
        for parallelism in Fixtures.parallelisms { #expect(try Mask(big, above: 300, parallelism: parallelism).insideCount == expected) }
    }

    @Test("StoredLimit decides every stored value as sign·stored > sign·(limit − intercept)/slope does in Double")
    func storedLimit() {
        let rescales: [(slope: Double, intercept: Double)] = [(1, -1024), (2, -1024), (0.5, 3.25), (-1, 0), (-0.7, 12), (1, 0)]
        let limits: [Double] = [300, -500, -1024, 0, 0.5, 1e9, -1e9, .infinity, -.infinity]
        func reference<V: VoxelScalar>(_ v: V, _ limit: Double, _ r: (slope: Double, intercept: Double)) -> Bool {
            let sign = r.slope > 0 ? 1.0 : -1.0
            return sign * v.doubleValue > sign * (limit - r.intercept) / r.slope
        }
        func check<V: VoxelScalar>(_ values: [V]) {
            for r in rescales {
                for limit in limits {
                    let test = StoredLimit<V>(realAbove: limit, slope: r.slope, intercept: r.intercept)
                    let wrong = values.filter { test.passes($0) != reference($0, limit, r) }
                    #expect(wrong.isEmpty, "\(V.self), slope \(r.slope), intercept \(r.intercept), limit \(limit): \(wrong.prefix(5))")
                }
            }
        }
        // Every value of the integer types, and Floats around the interesting points.
        check((Int(Int16.min)...Int(Int16.max)).map { Int16($0) })
        check((0...255).map { UInt8($0) })
        check((0...Int(UInt16.max)).map { UInt16($0) })
        check([-1e10, -1024, -500.5, -500, -499.5, -0.0, 0, 0.25, 300, 300.0001, 1e10, .infinity, -.infinity].map { Float($0) })
    }

    @Test("histogram counts, Otsu threshold and percentiles agree with numpy on a bimodal MRI-like volume")
    func histogramAgainstNumpy() throws {
        let folder = try Fixtures.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Background noise around 12 and tissue around 140 (uint8, as brainsmall.den), plus a float version.
        var rng = Fixtures.Seeded(21)
        func normal(_ mean: Double, _ sd: Double) -> Double {
            mean + sd * (-2 * log(max(1e-12, rng.uniform()))).squareRoot() * cos(2 * .pi * rng.uniform())
        }
        let count = 40 * 40 * 20
        let values = (0..<count).map { n in n % 3 == 0 ? normal(140, 25) : normal(12, 6) }
        let uint8 = Volume<UInt8>(size: SIMD3(40, 40, 20), spacing: SIMD3(1, 1, 1), voxels: values.map { UInt8.clamped($0) })
        let float = Volume<Float>(size: SIMD3(40, 40, 20), spacing: SIMD3(1, 1, 1), voxels: values.map { Float($0) }, rescale: (0.5, 10))
        let percentiles = [0.0, 1, 25, 50, 75, 99, 100]
        let cases: [(String, [Double], Histogram, ClosedRange<Double>?)] = [
            ("uint8, 256 bins", uint8.voxels.map { Double($0) }, try Histogram(uint8, bins: 256), nil),
            ("uint8, 64 bins over 0...255", uint8.voxels.map { Double($0) }, try Histogram(uint8, bins: 64, range: 0...255), 0...255),
            ("float rescaled, 200 bins", float.voxels.map { Double($0) * 0.5 + 10 }, try Histogram(float, bins: 200), nil),
        ]
        for (name, real, ours, range) in cases {
            let input = folder.appendingPathComponent("values")
            try Fixtures.write(real, to: input)
            let report = try Oracle.run("imaging_oracle.py", "histogram", manifest: [
                "values": input.path, "bins": ours.counts.count, "range": range.map { [$0.lowerBound, $0.upperBound] } ?? NSNull(),
                "percentiles": percentiles,
            ])
            #expect(ours.counts == report["counts"] as? [Int], "\(name): counts differ")
            let lower = try #require(report["lower"] as? Double), width = try #require(report["width"] as? Double)
            #expect(abs(ours.lowerBound - lower) < 1e-9 && abs(ours.binWidth - width) < 1e-9 * max(1, width), "\(name): bins")
            let otsu = try #require(report["otsu"] as? Double), ourOtsu = try #require(ours.otsuThreshold)
            #expect(abs(ourOtsu - otsu) < 1e-9 * max(1, abs(otsu)), "\(name): Otsu \(ourOtsu), numpy \(otsu)")
            // The two modes are well apart: the threshold lies between them.
            let lowMode = name.hasPrefix("float") ? 16.0 : 12.0, highMode = name.hasPrefix("float") ? 80.0 : 140.0
            #expect(ourOtsu > lowMode && ourOtsu < highMode, "\(name): Otsu \(ourOtsu)")
            let exact = try #require(report["percentiles"] as? [Double])
            for (p, value) in zip(percentiles, exact) {
                let ourValue = try #require(ours.percentile(p))
                #expect(abs(ourValue - value) <= ours.binWidth * 1.0001, "\(name): percentile \(p): \(ourValue), numpy \(value)")
            }
        }
        // Inside a mask only: a histogram of the upper class has no background values.
        let tissue = try Mask(uint8, above: try #require(try Histogram(uint8).otsuThreshold))
        let inside = try Histogram(uint8, bins: 256, range: 0...255, inside: tissue)
        #expect(inside.total == tissue.insideCount)
        #expect(inside.counts.prefix(40).reduce(0, +) < inside.total / 100)
    }

    @Test("a volume's voxels inside a mask are set to a stored value; a mask of another size is refused")
    func fillVolume() throws {
        var volume = Volume<Int16>(size: SIMD3(3, 2, 2), spacing: SIMD3(1, 1, 1), voxels: (0..<12).map { Int16($0) * 100 })
        let mask = try Mask(volume, above: 550)
        try volume.fill(mask, with: -1000)
        #expect(volume.voxels == [0, 100, 200, 300, 400, 500, -1000, -1000, -1000, -1000, -1000, -1000])
        #expect(throws: ImagingError.self) { try volume.fill(Mask(grid: Fixtures.grid(2, 2, 2), filledWith: true), with: 0) }
    }

    @Test("degenerate histograms: one value has no Otsu threshold; bad arguments are typed errors")
    func degenerate() throws {
        let flat = Volume<Int16>(size: SIMD3(3, 3, 3), spacing: SIMD3(1, 1, 1), voxels: [Int16](repeating: 7, count: 27))
        let histogram = try Histogram(flat, bins: 10)
        #expect(histogram.total == 27 && histogram.otsuThreshold == nil)
        #expect(histogram.percentile(50).map { abs($0 - 7) <= histogram.binWidth } == true)
        #expect(throws: ImagingError.self) { try Histogram(flat, bins: 0) }
        let otherGrid = Mask(grid: Fixtures.grid(2, 2, 2), filledWith: true)
        #expect(throws: ImagingError.self) { try Histogram(flat, inside: otherGrid) }
        #expect(throws: ImagingError.self) { try Grid(size: SIMD3(0, 4, 4), spacing: SIMD3(1, 1, 1)) }
        #expect(throws: ImagingError.self) { try Grid(size: SIMD3(4, 4, 4), spacing: SIMD3(1, 0, 1)) }
        #expect(throws: ImagingError.self) { try Mask(grid: Fixtures.grid(2, 2, 2), voxels: [1, 0]) }
    }
}
