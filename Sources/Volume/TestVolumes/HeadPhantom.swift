import Foundation

/// A synthetic head CT with known anatomy, for tests and cohorts: scalp, fat, skull, brain,
/// eyes in their orbits, nose, lips, ears, a jaw, and a table under the head.
///
/// Every part is an analytic shape in millimetres about the head centre, so tests know the
/// truth (which voxels are brain, bone, skin, face) without segmenting. Values are HU stored
/// as Int16 with Rescale Intercept −1024, as scanners write them, plus seeded noise.
public struct HeadPhantom: Sendable {
    /// Shape parameters; `variant(_:)` gives a cohort of different heads.
    public struct Shape: Sendable, Equatable {
        /// Semi-axes of the head (left-right, front-back, up-down), mm.
        public var head = SIMD3<Double>(72, 92, 105)
        public var scalpThickness = 6.0
        public var skullThickness = 7.0
        public var noseLength = 22.0
        public var noseWidth = 16.0
        public var eyeSeparation = 62.0
        public var earSize = 30.0
        /// Gap between the back of the head and the table, mm; 0 makes them touch.
        public var tableGap = 4.0
        public var seed: UInt64 = 1

        public init() {}
    }

    /// The parts, for tests: each a mask of the volume's voxels.
    public enum Part: String, Sendable, CaseIterable {
        case air, scalp, skull, brain, eyes, nose, lips, ears, jaw, table
    }

    public let shape: Shape
    /// Stored values (HU + 1024), rescale (1, −1024).
    public let volume: Volume<Int16>
    /// The part of each voxel (`Part` raw order), same layout as the voxels.
    public let parts: [UInt8]

    /// A head of `shape` on a grid of `size` voxels with `spacing` (mm), axial, centred at the
    /// origin of patient coordinates.
    public init(shape: Shape = Shape(), size: SIMD3<Int> = SIMD3(160, 160, 120), spacing: SIMD3<Double> = SIMD3(1.5, 1.5, 2)) {
        self.shape = shape
        let origin = -(SIMD3<Double>(size) - 1) / 2 * spacing
        var voxels = [Int16](repeating: 0, count: size.x * size.y * size.z)
        var parts = [UInt8](repeating: 0, count: voxels.count)
        let parameters = Geometry(shape)
        voxels.withUnsafeMutableBufferPointer { out in
            parts.withUnsafeMutableBufferPointer { labels in
                var random = UInt64(shape.seed) &* 0x9E37_79B9_7F4A_7C15 | 1
                for k in 0..<size.z {
                    for j in 0..<size.y {
                        for i in 0..<size.x {
                            let p = origin + SIMD3(Double(i), Double(j), Double(k)) * spacing
                            let part = parameters.part(at: p)
                            // xorshift noise of ±8 HU: texture for the renderer and the face mode.
                            random ^= random << 13; random ^= random >> 7; random ^= random << 17
                            let noise = Double(Int(random % 17) - 8)
                            let n = i + size.x * (j + size.y * k)
                            labels[n] = UInt8(part.index)
                            var hounsfield = part.hounsfield
                            if part == .table, parameters.isTableFoam(p) { hounsfield = -950 }
                            out[n] = Int16((hounsfield + noise + 1024).rounded())
                        }
                    }
                }
            }
        }
        self.volume = Volume(size: size, spacing: spacing, origin: origin, voxels: voxels, rescale: (1, -1024))
        self.parts = parts
    }

    /// The `n`-th head of a cohort: sizes, nose, eyes and ears varied reproducibly.
    public static func variant(_ n: Int) -> Shape {
        var shape = Shape()
        func factor(_ salt: Int, _ spread: Double) -> Double {
            let hash = (UInt64(n) &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(salt) &* 0xBF58_476D_1CE4_E5B9) >> 11
            return 1 + spread * (Double(hash % 2001) / 1000 - 1)
        }
        shape.head *= SIMD3(factor(1, 0.08), factor(2, 0.08), factor(3, 0.06))
        shape.noseLength *= factor(4, 0.3)
        shape.noseWidth *= factor(5, 0.2)
        shape.eyeSeparation *= factor(6, 0.1)
        shape.earSize *= factor(7, 0.2)
        shape.scalpThickness *= factor(8, 0.25)
        shape.tableGap = n % 4 == 3 ? 0 : 4
        shape.seed = UInt64(n + 1)
        return shape
    }

    /// Whether voxel `n` belongs to `part`.
    public func contains(_ part: Part, voxel n: Int) -> Bool { parts[n] == UInt8(part.index) }

    /// The analytic anatomy about the head centre (LPS mm: +x left, +y posterior, +z superior).
    struct Geometry {
        let shape: Shape
        let innerSkull: SIMD3<Double>
        let outerSkull: SIMD3<Double>
        /// The skull covers the cranium above this height; below it lies the face.
        let skullBase: Double

        init(_ shape: Shape) {
            self.shape = shape
            outerSkull = shape.head - shape.scalpThickness
            innerSkull = outerSkull - shape.skullThickness
            // The cranium starts above the orbits, as the anterior cranial fossa does.
            skullBase = 20
        }

        /// Whether a table point lies in the foam between the sheets.
        func isTableFoam(_ p: SIMD3<Double>) -> Bool {
            let intoTable = p.y - shape.head.y - shape.tableGap
            return intoTable > 2 && intoTable < 10
        }

        /// (p / axes)² summed: below 1 inside the ellipsoid.
        func inside(_ p: SIMD3<Double>, _ axes: SIMD3<Double>, centre: SIMD3<Double> = .zero) -> Bool {
            let q = (p - centre) / axes
            return (q * q).sum() < 1
        }

        func part(at p: SIMD3<Double>) -> Part {
            let head = shape.head
            let front = -head.y  // anterior surface at the midline
            let eyeHeight = 0.0
            let noseTop = eyeHeight - 4, noseHeight = shape.noseLength * 1.6
            // The table behind the head (patients lie supine: posterior is +y), built as couch
            // tops are: two 2 mm carbon-fibre sheets around 8 mm of foam.
            let intoTable = p.y - head.y - shape.tableGap
            if intoTable > 0, intoTable < 12, abs(p.x) < 1.3 * head.x { return .table }
            // Eyes: globes of 12 mm radius whose fronts lie 2 mm behind the face's surface.
            for side in [-1.0, 1.0] {
                let x = side * shape.eyeSeparation / 2
                let surface = -head.y * (1 - (x / head.x) * (x / head.x)).squareRoot()
                if inside(p, SIMD3(repeating: 12), centre: SIMD3(x, surface + 14, eyeHeight)) { return .eyes }
            }
            // Nose: a wedge out of the face, widest and longest at its tip (bottom).
            let down = noseTop - p.z
            if down > 0, down < noseHeight, !inside(p, head) {
                let reach = shape.noseLength * (0.3 + 0.7 * down / noseHeight)
                let halfWidth = shape.noseWidth / 2 * (0.4 + 0.6 * down / noseHeight)
                if abs(p.x) < halfWidth, p.y > front - reach { return .nose }
            }
            // Ears: pinnae, 8 mm thick plates on the sides at eye height, standing 7 mm off the head.
            for side in [-1.0, 1.0] {
                let centre = SIMD3(side * (head.x + 3), 0.1 * head.y, eyeHeight - 5)
                if inside(p, SIMD3(4, shape.earSize * 0.45, shape.earSize * 0.8), centre: centre) { return .ears }
            }
            guard inside(p, head) else { return .air }
            // Lips: a band at the front below the nose.
            let lipsTop = noseTop - noseHeight - 4
            if p.z < lipsTop, p.z > lipsTop - 14, abs(p.x) < 24, p.y < front * 0.85 { return .lips }
            if p.z > skullBase {
                if inside(p, innerSkull) { return .brain }  // CSF and meninges count as brain: inside the skull
                if inside(p, outerSkull) { return .skull }
                return .scalp
            }
            // The skull base: a plate under the brain (orbital roofs, cranial fossae).
            if p.z > skullBase - shape.skullThickness, inside(p, outerSkull) { return .skull }
            // Below the cranium: a U-shaped jaw bone inside soft tissue.
            let jaw = SIMD3(head.x * 0.7, head.y * 0.7, head.z)
            if p.z < lipsTop, inside(p, jaw), !inside(p, jaw - 8), p.y < 0 { return .jaw }
            return .scalp
        }
    }
}

extension HeadPhantom.Part {
    /// Position in `allCases`, the value stored in `parts`.
    public var index: Int { Self.allCases.firstIndex(of: self)! }

    /// Typical HU.
    public var hounsfield: Double {
        switch self {
        case .air: -1000
        case .scalp, .lips, .nose, .ears: 20
        case .skull, .jaw: 1200
        case .brain: 35
        case .eyes: 12
        case .table: 200
        }
    }
}
