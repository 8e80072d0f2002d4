import Foundation

/// Which voxels touch: faces only (6) or faces, edges and corners (26).
public enum Connectivity: Int, Sendable, CaseIterable {
    case faces = 6
    case all = 26
}

/// The connected components of a mask, numbered 1…count in the order their first voxel
/// appears in the voxel order (as `scipy.ndimage.label` numbers them); 0 is outside.
public struct ComponentLabels: Sendable {
    public let grid: Grid
    /// Component number per voxel (0 outside the mask).
    public let labels: [Int32]
    /// Number of components.
    public let count: Int
    /// Voxels per component: `sizes[l]` for component l ≥ 1; `sizes[0]` counts the outside voxels.
    public let sizes: [Int]

    /// The component with the most voxels (the first of equals), or nil when there is none.
    public var largest: Int? {
        guard count > 0 else { return nil }
        var best = 1
        for l in stride(from: 2, through: count, by: 1) where sizes[l] > sizes[best] { best = l }
        return best
    }

    /// The voxels of the components for which `keep(label)` is true.
    public func mask(where keep: (Int) -> Bool) -> Mask {
        let kept = (0...count).map { $0 > 0 && keep($0) ? UInt8(1) : 0 }
        return labels.withUnsafeBufferPointer { l in
            Mask(grid: grid) { out in for i in 0..<out.count { out[i] = kept[Int(l[i])] } }
        }
    }

    /// Labels the components of `mask`.
    ///
    /// Union-find over the voxels, two passes: slabs of slices are labelled concurrently
    /// (each voxel's parent is a voxel of lower index; a run along a row shares its first
    /// voxel's root), the slab boundaries are then merged, and finally every root gets its
    /// number in voxel order. One Int32 array serves as the union-find forest and the result.
    public init(_ mask: Mask, connectivity: Connectivity = .faces, parallelism: Parallelism = .allCores) {
        let grid = mask.grid
        self.grid = grid
        let nx = grid.size.x, ny = grid.size.y, nz = grid.size.z
        let plane = nx * ny
        let slab = max(1, parallelism.threads == 1 ? nz : (nz + parallelism.threads * 2 - 1) / (parallelism.threads * 2))
        let slabs = (nz + slab - 1) / slab
        var localRoots = [[Int32]](repeating: [], count: slabs)
        var labelCount = 0
        var sizes: [Int] = []
        let labels = [Int32](unsafeUninitializedCapacity: grid.count) { buffer, initialized in
            let parent = SharedPointer(buffer.baseAddress!)
            mask.voxels.withUnsafeBufferPointer { maskBuffer in
                let m = SharedPointer(UnsafeMutablePointer(mutating: maskBuffer.baseAddress!))
                // 1. Each slab on its own: provisional forest, flattened so that every voxel
                //    points at its slab-local root; the roots are recorded in voxel order.
                let rootLists = SharedRoots(count: slabs)
                parallelism.forEachChunk(of: slabs, chunkSize: 1) { range in
                    for s in range {
                        let slices = s * slab ..< min(nz, (s + 1) * slab)
                        Self.labelSlab(m.base, parent.base, nx: nx, ny: ny, slices: slices, connectivity: connectivity)
                        rootLists.set(s, Self.flatten(m.base, parent.base, range: slices.lowerBound * plane ..< slices.upperBound * plane))
                    }
                }
                localRoots = rootLists.lists
                // 2. Slab boundaries, serially: only roots are linked, always to the smaller index.
                for s in 1..<max(1, slabs) {
                    Self.mergeBoundary(m.base, parent.base, nx: nx, ny: ny, slice: s * slab, connectivity: connectivity)
                }
                // 3. Numbers in voxel order: a root that is still its own parent starts a new
                //    component; the others take their (smaller, already numbered) root's number.
                //    Numbered roots hold −number.
                for roots in localRoots {
                    for r in roots {
                        let p = parent[Int(r)]
                        if p == r {
                            labelCount += 1
                            parent[Int(r)] = Int32(-labelCount)
                        } else {
                            parent[Int(r)] = parent[Int(p)]
                        }
                    }
                }
                // 4. Every voxel takes its slab-local root's number, slabs concurrently, each from
                //    its last voxel back (a voxel's root lies in its slab at a lower index, so it
                //    still holds −number when the voxel is reached).
                let counts = SharedCounts(slabs: slabs, labels: labelCount)
                parallelism.forEachChunk(of: slabs, chunkSize: 1) { range in
                    for s in range {
                        let start = s * slab * plane, end = min(nz, (s + 1) * slab) * plane
                        counts.fill(s) { tally in
                            var i = end - 1
                            while i >= start {
                                // Eight outside voxels at once (most of a CT is outside the body).
                                if i - 7 >= start && Self.isEmptyWord(m.base + i - 7) {
                                    UnsafeMutableRawPointer(parent.base + i - 7).initializeMemory(as: Int32.self, repeating: 0, count: 8)
                                    i -= 8
                                    continue
                                }
                                if m[i] == 0 {
                                    parent[i] = 0
                                } else {
                                    let p = parent[i]
                                    let label = p < 0 ? -p : -parent[Int(p)]
                                    parent[i] = label
                                    tally[Int(label)] += 1
                                }
                                i -= 1
                            }
                        }
                    }
                }
                sizes = counts.total()
                sizes[0] = grid.count - sizes.dropFirst().reduce(0, +)
            }
            initialized = grid.count
        }
        self.labels = labels
        self.count = labelCount
        self.sizes = sizes
    }

    /// First pass over one slab: each inside voxel gets a parent of lower index.
    static func labelSlab(_ m: UnsafeMutablePointer<UInt8>, _ p: UnsafeMutablePointer<Int32>, nx: Int, ny: Int,
                          slices: Range<Int>, connectivity: Connectivity) {
        let plane = nx * ny
        for k in slices {
            let hasBelow = k > slices.lowerBound
            for j in 0..<ny {
                let row = (k * ny + j) * nx
                var i = -1
                while true {
                    i += 1
                    if i + 8 <= nx && isEmptyWord(m + row + i) { i += 7; continue }
                    guard i < nx else { break }
                    let v = row + i
                    guard m[v] != 0 else { continue }
                    let left = i > 0 && m[v - 1] != 0
                    p[v] = left ? p[v - 1] : Int32(v)
                    switch connectivity {
                    case .faces:
                        // A neighbour already joined through the left voxel's own neighbour is skipped.
                        if j > 0 && m[v - nx] != 0 && !(left && m[v - nx - 1] != 0) { union(p, v, v - nx) }
                        if hasBelow && m[v - plane] != 0 && !(left && m[v - plane - 1] != 0) { union(p, v, v - plane) }
                    case .all:
                        // With the left voxel inside, every earlier neighbour but those at i + 1 is its neighbour too.
                        let firstDX = left ? 1 : -1
                        for dx in firstDX...1 where i + dx >= 0 && i + dx < nx {
                            if j > 0 && m[v - nx + dx] != 0 { union(p, v, v - nx + dx) }
                            if hasBelow {
                                for dy in -1...1 where j + dy >= 0 && j + dy < ny {
                                    let n = v - plane + dy * nx + dx
                                    if m[n] != 0 { union(p, v, n) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Joins the components of `slice` with those of `slice − 1` (the slab below).
    static func mergeBoundary(_ m: UnsafeMutablePointer<UInt8>, _ p: UnsafeMutablePointer<Int32>, nx: Int, ny: Int,
                              slice k: Int, connectivity: Connectivity) {
        let plane = nx * ny
        for j in 0..<ny {
            for i in 0..<nx {
                let v = (k * ny + j) * nx + i
                guard m[v] != 0 else { continue }
                switch connectivity {
                case .faces:
                    if m[v - plane] != 0 { unionRoots(p, Int(p[v]), Int(p[v - plane])) }
                case .all:
                    for dy in -1...1 where j + dy >= 0 && j + dy < ny {
                        for dx in -1...1 where i + dx >= 0 && i + dx < nx {
                            let n = v - plane + dy * nx + dx
                            if m[n] != 0 { unionRoots(p, Int(p[v]), Int(p[n])) }
                        }
                    }
                }
            }
        }
    }

    /// Makes every inside voxel of `range` point at its root; returns the roots in order.
    static func flatten(_ m: UnsafeMutablePointer<UInt8>, _ p: UnsafeMutablePointer<Int32>, range: Range<Int>) -> [Int32] {
        var roots: [Int32] = []
        var v = range.lowerBound - 1
        while true {
            v += 1
            if v + 8 <= range.upperBound && isEmptyWord(m + v) { v += 7; continue }
            guard v < range.upperBound else { break }
            guard m[v] != 0 else { continue }
            let q = Int(p[v])
            if q == v { roots.append(Int32(v)) } else { p[v] = p[q] }  // p[q] is final: q < v
        }
        return roots
    }

    /// Whether the eight mask bytes from `m` are all outside.
    @inline(__always)
    static func isEmptyWord(_ m: UnsafePointer<UInt8>) -> Bool {
        UnsafeRawPointer(m).loadUnaligned(as: UInt64.self) == 0
    }

    @inline(__always)
    static func find(_ p: UnsafeMutablePointer<Int32>, _ start: Int) -> Int {
        var v = start
        while Int(p[v]) != v {
            let grand = p[Int(p[v])]
            p[v] = grand  // path halving
            v = Int(grand)
        }
        return v
    }

    @inline(__always)
    static func union(_ p: UnsafeMutablePointer<Int32>, _ a: Int, _ b: Int) {
        let ra = find(p, a), rb = find(p, b)
        if ra < rb { p[rb] = Int32(ra) } else if rb < ra { p[ra] = Int32(rb) }
    }

    /// Union of two slab-local roots' trees; touches roots only, so slab voxels keep pointing
    /// at their own slab's root.
    static func unionRoots(_ p: UnsafeMutablePointer<Int32>, _ a: Int, _ b: Int) { union(p, a, b) }
}

/// Per-slab root lists written by concurrent workers, each to its own slot.
final class SharedRoots: @unchecked Sendable {
    private(set) var lists: [[Int32]]
    private let lock = NSLock()
    init(count: Int) { lists = [[Int32]](repeating: [], count: count) }
    func set(_ slot: Int, _ roots: [Int32]) { lock.lock(); lists[slot] = roots; lock.unlock() }
}

/// Per-slab voxel counts per label, summed at the end.
final class SharedCounts: @unchecked Sendable {
    private var tallies: [[Int]]
    init(slabs: Int, labels: Int) { tallies = [[Int]](repeating: [], count: slabs); self.labels = labels }
    private let labels: Int
    private let lock = NSLock()
    func fill(_ slab: Int, _ body: (UnsafeMutablePointer<Int>) -> Void) {
        var tally = [Int](repeating: 0, count: labels + 1)
        tally.withUnsafeMutableBufferPointer { body($0.baseAddress!) }
        lock.lock(); tallies[slab] = tally; lock.unlock()
    }
    func total() -> [Int] {
        var sum = [Int](repeating: 0, count: labels + 1)
        for t in tallies where !t.isEmpty { for l in 0...labels { sum[l] += t[l] } }
        return sum
    }
}

extension Mask {
    /// The largest 6-connected part of the mask; the mask itself when it is empty.
    public func largestComponent(parallelism: Parallelism = .allCores) -> Mask {
        largestComponents(1, parallelism: parallelism).first ?? self
    }

    /// The `count` largest 6-connected parts of the mask, largest first (fewer when it has fewer).
    public func largestComponents(_ count: Int, parallelism: Parallelism = .allCores) -> [Mask] {
        let labels = ComponentLabels(self, connectivity: .faces, parallelism: parallelism)
        let order = labels.sizes.indices.dropFirst().sorted { labels.sizes[$0] > labels.sizes[$1] }.prefix(count)
        return order.map { index in labels.mask { $0 == index } }
    }
}
