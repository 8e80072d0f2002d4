import Volume

/// The glyph search in one slice: 8-connected bright components, kept when they are small,
/// surrounded by air and on a line of others. Reuses its buffers from component to component.
struct SliceGlyphFinder {
    struct Box { var x: Int, y: Int, width: Int, height: Int, pixels: Int }

    let width: Int, height: Int
    let thresholds: SliceThresholds
    let maxWidth: Int, maxHeight: Int
    let maximumTissueAround: Double
    let minimumGlyphsInLine: Int
    private var visited: [Bool]
    private var stack: [Int32] = []
    private var component: [Int32] = []

    init(width: Int, height: Int, thresholds: SliceThresholds, maxWidth: Int, maxHeight: Int, maximumTissueAround: Double,
         minimumGlyphsInLine: Int) {
        self.width = width
        self.height = height
        self.thresholds = thresholds
        self.maxWidth = maxWidth
        self.maxHeight = maxHeight
        self.maximumTissueAround = maximumTissueAround
        self.minimumGlyphsInLine = minimumGlyphsInLine
        visited = Array(repeating: false, count: width * height)
    }

    /// Sets every glyph of `slice` (and the anti-aliased rim around it) to `fill`; returns the boxes.
    ///
    /// A glyph counts only on a line of text with at least `minimumGlyphsInLine` glyphs in air.
    /// Names, IDs and dates are words, while a lone bright fleck in air (the curved edge of a
    /// table or head holder cut by the slice, a wire) is not text and stays. A letter of such a
    /// line that touches the skin (up to half its surroundings tissue) goes with its line: left
    /// alone it would pass for bone, which defacing never touches. Bone itself is wrapped in
    /// tissue all round.
    mutating func blank<V: VoxelScalar>(_ slice: UnsafeMutableBufferPointer<V>, fill: V) -> [Box] {
        var candidates: [(box: Box, pixels: [Int32], inAir: Bool)] = []
        for start in 0..<slice.count where !visited[start] && thresholds.isBright(slice[start].doubleValue) {
            let box = flood(from: start, in: slice)
            guard box.width <= maxWidth, box.height <= maxHeight else { continue }
            let tissue = tissueFraction(around: box, in: slice)
            guard tissue <= Self.maximumTissueAroundLetterOnLine else { continue }
            candidates.append((box, component, tissue <= maximumTissueAround))
        }
        var boxes: [Box] = []
        for index in Self.glyphsOnLines(candidates.map(\.box), inAir: candidates.map(\.inAir), minimumInLine: minimumGlyphsInLine) {
            var blanked = 0
            for pixel in candidates[index].pixels {
                let (x, y) = (Int(pixel) % width, Int(pixel) / width)
                for yy in max(0, y - 1)...min(height - 1, y + 1) {
                    for xx in max(0, x - 1)...min(width - 1, x + 1) {
                        let n = yy * width + xx
                        if slice[n] != fill, !thresholds.isAir(slice[n].doubleValue) || n == Int(pixel) {
                            slice[n] = fill
                            blanked += 1
                        }
                    }
                }
            }
            var box = candidates[index].box
            box.pixels = blanked
            boxes.append(box)
        }
        return boxes
    }

    /// The largest share of tissue around a letter that joins a line of letters in air.
    static let maximumTissueAroundLetterOnLine = 0.5

    /// The indices of the boxes that belong to a line holding at least `minimumInLine` boxes in
    /// air: boxes chain into a line when they overlap vertically by half the lower one's height
    /// and the gap between them is at most twice the taller one's height (letters and spaces).
    static func glyphsOnLines(_ boxes: [Box], inAir: [Bool], minimumInLine: Int) -> [Int] {
        var parent = Array(boxes.indices)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
            return i
        }
        for a in boxes.indices {
            for b in boxes.indices where b > a {
                let (p, q) = (boxes[a], boxes[b])
                let overlap = min(p.y + p.height, q.y + q.height) - max(p.y, q.y)
                let gap = max(p.x, q.x) - min(p.x + p.width, q.x + q.width)
                if overlap * 2 >= min(p.height, q.height), gap <= 2 * max(p.height, q.height) {
                    parent[root(a)] = root(b)
                }
            }
        }
        var members: [Int: Int] = [:]
        for i in boxes.indices where inAir[i] { members[root(i), default: 0] += 1 }
        return boxes.indices.filter { members[root($0), default: 0] >= minimumInLine }
    }

    /// Marks the component of `start` visited, leaves its pixels in `component`, returns its box.
    private mutating func flood<V: VoxelScalar>(from start: Int, in slice: UnsafeMutableBufferPointer<V>) -> Box {
        component.removeAll(keepingCapacity: true)
        stack.removeAll(keepingCapacity: true)
        stack.append(Int32(start))
        visited[start] = true
        var (minX, minY, maxX, maxY) = (Int.max, Int.max, Int.min, Int.min)
        while let top = stack.popLast() {
            component.append(top)
            let (x, y) = (Int(top) % width, Int(top) / width)
            minX = min(minX, x); maxX = max(maxX, x)
            minY = min(minY, y); maxY = max(maxY, y)
            for yy in max(0, y - 1)...min(height - 1, y + 1) {
                for xx in max(0, x - 1)...min(width - 1, x + 1) {
                    let n = yy * width + xx
                    if !visited[n] && thresholds.isBright(slice[n].doubleValue) {
                        visited[n] = true
                        stack.append(Int32(n))
                    }
                }
            }
        }
        return Box(x: minX, y: minY, width: maxX - minX + 1, height: maxY - minY + 1, pixels: component.count)
    }

    /// The fraction of the 2-pixel ring around `box` (inside the slice) that is neither air nor
    /// bright: tissue. Neighbouring glyphs are bright, so a word's letters do not count.
    private func tissueFraction<V: VoxelScalar>(around box: Box, in slice: UnsafeMutableBufferPointer<V>) -> Double {
        let x0 = max(0, box.x - 2), x1 = min(width - 1, box.x + box.width + 1)
        let y0 = max(0, box.y - 2), y1 = min(height - 1, box.y + box.height + 1)
        var tissue = 0, total = 0
        for y in y0...y1 {
            for x in x0...x1 where x < box.x || x >= box.x + box.width || y < box.y || y >= box.y + box.height {
                total += 1
                let value = slice[y * width + x].doubleValue
                if !thresholds.isAir(value) && !thresholds.isBright(value) { tissue += 1 }
            }
        }
        return total == 0 ? 0 : Double(tissue) / Double(total)
    }
}
