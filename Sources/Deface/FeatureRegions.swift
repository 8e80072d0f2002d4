import Foundation
import Imaging
import Volume

/// Regions around the eyes, nose, mouth and ears, placed from the geometry of the skin
/// surface (the body voxels that touch outside air), for selective drowning (the Asan
/// Defacer's idea).
///
/// The head is taken as lying in its patient axes (LPS: +x the patient's left, −y anterior,
/// +z superior). The nose tip is the most anterior surface point within 20 mm of the
/// mid-sagittal plane; the other parts sit at average adult offsets from it, in spheres
/// generous enough to cover individual variation. Ears are the most lateral surface points
/// at the height of the eyes.
public enum FeatureRegions {
    struct Sphere {
        let centre: SIMD3<Double>
        let radius: Double
    }

    /// The union of the regions of `features`, on `grid`. Empty when no surface is found.
    public static func locate(_ features: Set<FaceFeature>, outsideAir: Mask, body: Mask, grid: Grid) -> Mask {
        let surface = surfacePoints(outsideAir: outsideAir, body: body, grid: grid)
        guard !surface.isEmpty else { return Mask(grid: grid, filledWith: false) }
        let midline = surface.reduce(0) { $0 + $1.x } / Double(surface.count)
        let central = surface.filter { abs($0.x - midline) < 20 }
        guard let nose = (central.isEmpty ? surface : central).min(by: { $0.y < $1.y }) else {
            return Mask(grid: grid, filledWith: false)
        }
        var spheres: [Sphere] = []
        if features.contains(.nose) {
            spheres.append(Sphere(centre: nose + SIMD3(0, 12, 5), radius: 32))
        }
        if features.contains(.eyes) {
            for side in [-1.0, 1.0] { spheres.append(Sphere(centre: nose + SIMD3(32 * side, 22, 40), radius: 26)) }
        }
        if features.contains(.mouth) {
            spheres.append(Sphere(centre: nose + SIMD3(0, 14, -38), radius: 30))
        }
        if features.contains(.ears) {
            let band = surface.filter { abs($0.z - (nose.z + 30)) < 25 }
            if let left = band.max(by: { $0.x < $1.x }), let right = band.min(by: { $0.x < $1.x }) {
                spheres.append(Sphere(centre: left, radius: 38))
                spheres.append(Sphere(centre: right, radius: 38))
            }
        }
        return mask(of: spheres, on: grid)
    }

    /// World positions of body voxels with a 6-neighbour in outside air.
    static func surfacePoints(outsideAir: Mask, body: Mask, grid: Grid) -> [SIMD3<Double>] {
        let size = grid.size
        var points: [SIMD3<Double>] = []
        outsideAir.voxels.withUnsafeBufferPointer { air in
            body.voxels.withUnsafeBufferPointer { inside in
                for k in 1 ..< size.z - 1 {
                    for j in 1 ..< size.y - 1 {
                        for i in 1 ..< size.x - 1 {
                            let n = grid.index(i, j, k)
                            guard inside[n] != 0 else { continue }
                            if air[n - 1] != 0 || air[n + 1] != 0 || air[n - size.x] != 0 || air[n + size.x] != 0
                                || air[n - size.x * size.y] != 0 || air[n + size.x * size.y] != 0 {
                                points.append(grid.world(SIMD3(Double(i), Double(j), Double(k))))
                            }
                        }
                    }
                }
            }
        }
        return points
    }

    static func mask(of spheres: [Sphere], on grid: Grid) -> Mask {
        let size = grid.size
        return Mask(grid: grid) { out in
            out.initialize(repeating: 0)
            let target = SharedVoxels(out)
            DispatchQueue.concurrentPerform(iterations: size.z) { k in
                for j in 0..<size.y {
                    let rowStart = grid.world(SIMD3(0, Double(j), Double(k)))
                    let step = grid.world(SIMD3(1, Double(j), Double(k))) - rowStart
                    for i in 0..<size.x {
                        let p = rowStart + step * Double(i)
                        for sphere in spheres {
                            let d = p - sphere.centre
                            if (d * d).sum() <= sphere.radius * sphere.radius {
                                target[grid.index(i, j, k)] = 1
                                break
                            }
                        }
                    }
                }
            }
        }
    }
}
