import Foundation

/// Geometry between NIfTI (voxel index → RAS+ mm through the sform, qform or pixdim) and
/// `Volume` (LPS: LPS = diag(−1, −1, 1) · RAS).
enum NIfTIGeometry {
    typealias Columns = (SIMD3<Double>, SIMD3<Double>, SIMD3<Double>)
    /// RAS ↔ LPS: negate x and y.
    static let flip = SIMD3<Double>(-1, -1, 1)

    struct Decoded {
        var spacing: SIMD3<Double>
        var origin: SIMD3<Double>
        var direction: Columns
        var source: NIfTI.GeometrySource
        var notes: [String] = []
    }

    // MARK: Reading

    /// Method 3 (sform) when sform_code > 0, else method 2 (qform) when qform_code > 0, else
    /// method 1 (pixdim only). A transform that is singular or not finite is skipped with a note.
    static func decode(_ header: NIfTIHeader) -> Decoded {
        var notes: [String] = []
        if header.sformCode > 0 {
            let columns = (SIMD3(header.srow[0].x, header.srow[1].x, header.srow[2].x),
                           SIMD3(header.srow[0].y, header.srow[1].y, header.srow[2].y),
                           SIMD3(header.srow[0].z, header.srow[1].z, header.srow[2].z))
            let translation = SIMD3(header.srow[0].w, header.srow[1].w, header.srow[2].w)
            if var decoded = fromRAS(columns, translation, source: .sform(code: header.sformCode)) {
                decoded.notes = notes
                return decoded
            }
            notes.append("sform (code \(header.sformCode)) is singular or not finite; ignored")
        }
        if header.qformCode > 0 {
            var qfac = 1.0
            if header.pixdim[0] < 0 { qfac = -1 }
            if header.pixdim[0] != 1 && header.pixdim[0] != -1 {
                notes.append("qfac (pixdim[0]) is \(header.pixdim[0]); taken as \(qfac)")
            }
            let r = rotation(quaternion: header.quatern)
            let columns = (r.0 * header.pixdim[1], r.1 * header.pixdim[2], r.2 * (header.pixdim[3] * qfac))
            if var decoded = fromRAS(columns, header.qoffset, source: .qform(code: header.qformCode)) {
                decoded.notes = notes
                return decoded
            }
            notes.append("qform (code \(header.qformCode)) is singular or not finite; ignored")
        }
        // Method 1: x = pixdim[1]·i, y = pixdim[2]·j, z = pixdim[3]·k in RAS (the NIfTI-1 spec;
        // nibabel instead centres the image here).
        var spacing = SIMD3<Double>(1, 1, 1)
        var sign = SIMD3<Double>(1, 1, 1)
        for n in 0..<3 {
            let p = header.pixdim[n + 1]
            if p.isFinite && p != 0 {
                spacing[n] = abs(p)
                sign[n] = p < 0 ? -1 : 1
            } else {
                notes.append("pixdim[\(n + 1)] is \(p); spacing 1 used")
            }
        }
        let direction = (SIMD3(-sign.x, 0, 0), SIMD3(0, -sign.y, 0), SIMD3(0, 0, sign.z))
        return Decoded(spacing: spacing, origin: .zero, direction: direction, source: .pixdim, notes: notes)
    }

    /// Spacing = column norms, direction = normalised columns, origin = translation, all in LPS.
    /// Nil when a column is zero or not finite, or the columns are (nearly) coplanar.
    static func fromRAS(_ columns: Columns, _ translation: SIMD3<Double>, source: NIfTI.GeometrySource) -> Decoded? {
        let all = [columns.0, columns.1, columns.2, translation]
        guard all.allSatisfy({ $0.x.isFinite && $0.y.isFinite && $0.z.isFinite }) else { return nil }
        let norms = SIMD3(length(columns.0), length(columns.1), length(columns.2))
        guard norms.min() > 1e-9 else { return nil }
        let direction = (columns.0 * flip / norms.x, columns.1 * flip / norms.y, columns.2 * flip / norms.z)
        guard abs(determinant(direction)) > 1e-6 else { return nil }
        return Decoded(spacing: norms, origin: translation * flip, direction: direction, source: source)
    }

    /// The rotation matrix (columns) of the unit quaternion (a, b, c, d) with a ≥ 0 implied.
    static func rotation(quaternion q: SIMD3<Double>) -> Columns {
        var (b, c, d) = (q.x, q.y, q.z)
        let sum = b * b + c * c + d * d
        var a = 0.0
        if sum < 1 {
            a = (1 - sum).squareRoot()
        } else if sum > 0 {
            // Rounding pushed |(b, c, d)| past 1: a 180° rotation, renormalised.
            let scale = 1 / sum.squareRoot()
            b *= scale; c *= scale; d *= scale
        }
        return (SIMD3(a * a + b * b - c * c - d * d, 2 * (b * c + a * d), 2 * (b * d - a * c)),
                SIMD3(2 * (b * c - a * d), a * a + c * c - b * b - d * d, 2 * (c * d + a * b)),
                SIMD3(2 * (b * d + a * c), 2 * (c * d - a * b), a * a + d * d - b * b - c * c))
    }

    // MARK: Writing

    struct Encoded {
        /// RAS affine rows (srow_x, srow_y, srow_z).
        var srow: [SIMD4<Double>]
        var quatern: SIMD3<Double>
        var qoffset: SIMD3<Double>
        var qfac: Double
    }

    /// The sform (exact) and the qform (rotation part of the direction, orthonormalised;
    /// qfac = −1 for a left-handed direction) of a volume's geometry.
    static func encode(spacing: SIMD3<Double>, origin: SIMD3<Double>, direction: Columns) throws(NIfTIError) -> Encoded {
        let values = [spacing, origin, direction.0, direction.1, direction.2]
        guard values.allSatisfy({ $0.x.isFinite && $0.y.isFinite && $0.z.isFinite }), spacing.min() > 0 else {
            throw NIfTIError(.badGeometry, "spacing \(spacing), origin \(origin) and direction must be finite with positive spacing")
        }
        let ras = (direction.0 * flip, direction.1 * flip, direction.2 * flip)
        let c = (ras.0 * spacing.x, ras.1 * spacing.y, ras.2 * spacing.z)
        let t = origin * flip
        let srow = [SIMD4(c.0.x, c.1.x, c.2.x, t.x), SIMD4(c.0.y, c.1.y, c.2.y, t.y), SIMD4(c.0.z, c.1.z, c.2.z, t.z)]
        var r = (ras.0 / length(ras.0), ras.1 / length(ras.1), ras.2 / length(ras.2))
        let det = determinant(r)
        guard abs(det) > 1e-6, det.isFinite else {
            throw NIfTIError(.badGeometry, "the direction columns are (nearly) coplanar")
        }
        let qfac: Double = det < 0 ? -1 : 1
        r.2 *= qfac
        r = orthonormalised(r)
        return Encoded(srow: srow, quatern: quaternion(r), qoffset: t, qfac: qfac)
    }

    /// (b, c, d) of the unit quaternion of the rotation `r`, with a ≥ 0.
    static func quaternion(_ r: Columns) -> SIMD3<Double> {
        // m[row][column]
        let m = [[r.0.x, r.1.x, r.2.x], [r.0.y, r.1.y, r.2.y], [r.0.z, r.1.z, r.2.z]]
        let trace = m[0][0] + m[1][1] + m[2][2]
        var a, b, c, d: Double
        // Shepperd's method: divide by the largest of 4a², 4b², 4c², 4d².
        let candidates = [1 + trace, 1 + m[0][0] - m[1][1] - m[2][2], 1 - m[0][0] + m[1][1] - m[2][2], 1 - m[0][0] - m[1][1] + m[2][2]]
        let largest = candidates.indices.max { candidates[$0] < candidates[$1] }!
        let s = 0.5 * max(candidates[largest], 1e-300).squareRoot()  // the largest of |a|, |b|, |c|, |d|
        let f = 0.25 / s
        switch largest {
        case 0: a = s; b = (m[2][1] - m[1][2]) * f; c = (m[0][2] - m[2][0]) * f; d = (m[1][0] - m[0][1]) * f
        case 1: b = s; a = (m[2][1] - m[1][2]) * f; c = (m[0][1] + m[1][0]) * f; d = (m[0][2] + m[2][0]) * f
        case 2: c = s; a = (m[0][2] - m[2][0]) * f; b = (m[0][1] + m[1][0]) * f; d = (m[1][2] + m[2][1]) * f
        default: d = s; a = (m[1][0] - m[0][1]) * f; b = (m[0][2] + m[2][0]) * f; c = (m[1][2] + m[2][1]) * f
        }
        if a < 0 { b = -b; c = -c; d = -d }
        return SIMD3(b, c, d)
    }

    /// The nearest rotation (polar decomposition by Newton iteration X ← (X + X⁻ᵀ)/2).
    static func orthonormalised(_ r: Columns) -> Columns {
        var x = r
        for _ in 0..<20 {
            let det = determinant(x)
            // Columns of X⁻ᵀ are the cross products of X's columns over the determinant.
            let inverseTranspose = (simdCross(x.1, x.2) / det, simdCross(x.2, x.0) / det, simdCross(x.0, x.1) / det)
            let next = ((x.0 + inverseTranspose.0) / 2, (x.1 + inverseTranspose.1) / 2, (x.2 + inverseTranspose.2) / 2)
            let change = length(next.0 - x.0) + length(next.1 - x.1) + length(next.2 - x.2)
            x = next
            if change < 1e-15 { break }
        }
        return x
    }

    static func determinant(_ m: Columns) -> Double { (m.0 * simdCross(m.1, m.2)).sum() }
    static func length(_ v: SIMD3<Double>) -> Double { (v * v).sum().squareRoot() }
}
