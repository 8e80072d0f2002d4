/// The ball of `Mask.dilated(byBall:)` as spans along rows: for each row and slice offset the
/// ball reaches, the columns it covers form one span around the centre. A dilation by a ball a
/// few voxels across is then an `or` of whole rows, each tested against the distance along its
/// row to the nearest inside voxel: a few byte operations per voxel, where the distance
/// transform spends tens of nanoseconds on every voxel whatever the radius.
public struct BallSpans: Sendable, Equatable {
    /// A row of the ball: the offsets (dx, dy, dz) with |dx| ≤ `halfWidth`.
    public struct Row: Sendable, Equatable {
        public let dy: Int, dz: Int, halfWidth: Int
    }

    /// The rows the ball reaches, by slice offset then row offset.
    public let rows: [Row]
    /// The largest half-width of a row.
    public let widest: Int

    /// The ball of `radius` mm on voxels of `spacing` mm: the offsets whose length is at most
    /// the radius with a relative tolerance of 1e-5 on the squares (as the distance-transform
    /// morphology decides), limited to what fits in a grid of `size`.
    public init(radius: Double, spacing: SIMD3<Double>, size: SIMD3<Int>) {
        let limit = radius * radius * (1 + 1e-5)
        let reach = (0..<3).map { max(0, min(size[$0] - 1, Int((radius / spacing[$0]).rounded(.down)))) }
        var rows: [Row] = []
        for dz in -reach[2]...reach[2] {
            for dy in -reach[1]...reach[1] {
                let (y, z) = (Double(dy) * spacing.y, Double(dz) * spacing.z)
                let across = y * y + z * z
                guard across <= limit else { continue }
                var halfWidth = 0
                while halfWidth < reach[0] {
                    let x = Double(halfWidth + 1) * spacing.x
                    guard across + x * x <= limit else { break }
                    halfWidth += 1
                }
                rows.append(Row(dy: dy, dz: dz, halfWidth: halfWidth))
            }
        }
        self.rows = rows
        widest = rows.map(\.halfWidth).max() ?? 0
    }

    /// Whether dilating by spans beats the distance transform: a ball of up to 128 rows (a
    /// 10 mm ball on 2 mm blocks has about 80) whose half-widths fit the byte of row distances.
    var suitsSpans: Bool { rows.count <= 128 && widest < Int(UInt8.max) - 1 }
}

extension Mask {
    /// The dilation by `ball`, row by row: each voxel's distance along its row to the nearest
    /// inside voxel (in columns, capped beyond the widest span) is found first; a voxel is
    /// then inside when, on some row of the ball, the row at that offset has an inside voxel
    /// within the row's half-width of its column. For one row of the ball, the rows it reads
    /// for a slice lie one after another in memory, so each is a single run over the slice
    /// (rows of a slice with no inside voxel read as far, which no span reaches).
    func dilated(by ball: BallSpans, parallelism: Parallelism) -> Mask {
        let n = size, plane = n.x * n.y
        let cap = UInt8(ball.widest + 1)
        var steps = [UInt8](repeating: 0, count: count)
        var occupied = [Bool](repeating: false, count: n.z)
        voxels.withUnsafeBufferPointer { source in
            steps.withUnsafeMutableBufferPointer { stepBuffer in
                occupied.withUnsafeMutableBufferPointer { occupiedBuffer in
                    let mask = SharedPointer(UnsafeMutablePointer(mutating: source.baseAddress!))
                    let target = SharedPointer(stepBuffer.baseAddress!), slices = SharedPointer(occupiedBuffer.baseAddress!)
                    parallelism.forEachChunk(of: n.z, chunkSize: 1) { range in
                        for k in range {
                            var any = false
                            for row in k * n.y ..< (k + 1) * n.y {
                                if Self.rowSteps(mask.base + row * n.x, target.base + row * n.x, count: n.x, cap: cap) { any = true }
                            }
                            slices[k] = any
                        }
                    }
                }
            }
        }
        return steps.withUnsafeBufferPointer { stepBuffer in
            occupied.withUnsafeBufferPointer { occupiedBuffer in
                let steps = SharedPointer(UnsafeMutablePointer(mutating: stepBuffer.baseAddress!))
                let slices = SharedPointer(UnsafeMutablePointer(mutating: occupiedBuffer.baseAddress!))
                return Mask(grid: grid) { out in
                    let target = SharedPointer(out.baseAddress!)
                    parallelism.forEachChunk(of: n.z, chunkSize: 1) { range in
                        for k in range {
                            let slice = target.base + k * plane
                            slice.update(repeating: 0, count: plane)
                            for span in ball.rows {
                                let z = k + span.dz
                                guard z >= 0, z < n.z, slices[z] else { continue }
                                // Output rows j whose row j + dy exists.
                                let first = max(0, -span.dy), end = min(n.y, n.y - span.dy)
                                guard first < end else { continue }
                                let line = slice + first * n.x
                                let source = steps.base + z * plane + (first + span.dy) * n.x
                                let width = UInt8(span.halfWidth)
                                for i in 0 ..< (end - first) * n.x { line[i] |= source[i] <= width ? 1 : 0 }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Columns from each voxel of a row to the nearest inside voxel of the row, capped at `cap`;
    /// returns whether the row has an inside voxel.
    @inline(__always)
    static func rowSteps(_ mask: UnsafePointer<UInt8>, _ steps: UnsafeMutablePointer<UInt8>, count: Int, cap: UInt8) -> Bool {
        let far = Int(cap)
        var since = far, seen: UInt8 = 0
        for i in 0..<count {
            seen |= mask[i]
            since = mask[i] != 0 ? 0 : min(far, since + 1)
            steps[i] = UInt8(since)
        }
        guard seen != 0 else { return false }
        since = far
        for i in stride(from: count - 1, through: 0, by: -1) {
            since = mask[i] != 0 ? 0 : min(far, since + 1)
            steps[i] = min(steps[i], UInt8(since))
        }
        return true
    }
}
