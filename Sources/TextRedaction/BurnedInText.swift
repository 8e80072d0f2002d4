import Foundation
import Volume

/// One block of burned-in text found (and blanked) in one slice.
public struct TextRegion: Sendable, Codable, Equatable {
    /// Slice index in the volume (0-based, volume order).
    public var slice: Int
    /// Bounding box in the slice, pixels (column x, row y).
    public var x: Int, y: Int, width: Int, height: Int
    /// Pixels set to air.
    public var pixels: Int
}

/// Finds and removes burned-in text in CT slices: bright components lying in air, outside the
/// body, no larger than a glyph, side by side on a line (design.md §2.4).
///
/// Scanners and PACS burn names, IDs and dates into corners of slices and localizers at a
/// value near the top of the range. Such a glyph is a small bright blob with air all around
/// it; bone is always wrapped in soft tissue, and the table and head holder are far longer
/// than any glyph, so neither is ever taken for text.
public struct BurnedInTextRemover: Sendable {
    /// Pixels at or above this value (HU) can be text.
    public var brightHounsfield: Double = 300
    /// Below this value (HU) a pixel is air.
    public var airHounsfield: Double = -500
    /// The largest side of a glyph's bounding box, in millimetres and in pixels.
    public var maximumGlyphMillimetres: Double = 32
    public var maximumGlyphPixels = 64
    /// Of the ring of pixels around a component's box, at most this fraction may be tissue
    /// (neither air nor bright): glyphs sit in air, bone in soft tissue.
    public var maximumTissueAround = 0.1
    /// Glyphs side by side that make a line of text (names, IDs and dates have more).
    public var minimumGlyphsInLine = 3
    /// Value (HU) written where text was.
    public var fillHounsfield: Double = -1000

    public init() {}

    /// Blanks every glyph in every slice of `volume` (real values are HU: CT only) and lists
    /// the regions removed, sorted by slice and position.
    public func remove<V: VoxelScalar>(from volume: inout Volume<V>) -> [TextRegion] {
        let (nx, ny, nz) = (volume.size.x, volume.size.y, volume.size.z)
        guard nx > 2, ny > 2, nz > 0 else { return [] }
        let slope = volume.rescale.slope == 0 ? 1 : volume.rescale.slope, intercept = volume.rescale.intercept
        // Compare stored values, not HU, so the scan never converts a voxel.
        func stored(_ hounsfield: Double) -> Double { (hounsfield - intercept) / slope }
        let thresholds = SliceThresholds(bright: stored(brightHounsfield), air: stored(airHounsfield), ascending: slope > 0)
        let fill = V.clamped(stored(fillHounsfield).rounded())
        let maxWidth = min(maximumGlyphPixels, Int(maximumGlyphMillimetres / max(volume.spacing.x, 1e-6)))
        let maxHeight = min(maximumGlyphPixels, Int(maximumGlyphMillimetres / max(volume.spacing.y, 1e-6)))
        let found = RegionList()
        let perSlice = nx * ny
        volume.voxels.withUnsafeMutableBufferPointer { voxels in
            let base = SliceBase(pointer: voxels.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: nz) { k in
                let slice = UnsafeMutableBufferPointer(start: base.pointer + k * perSlice, count: perSlice)
                var finder = SliceGlyphFinder(width: nx, height: ny, thresholds: thresholds,
                                              maxWidth: maxWidth, maxHeight: maxHeight, maximumTissueAround: maximumTissueAround,
                                              minimumGlyphsInLine: minimumGlyphsInLine)
                let regions = finder.blank(slice, fill: fill).map {
                    TextRegion(slice: k, x: $0.x, y: $0.y, width: $0.width, height: $0.height, pixels: $0.pixels)
                }
                if !regions.isEmpty { found.append(regions) }
            }
        }
        return found.all.sorted { ($0.slice, $0.y, $0.x) < ($1.slice, $1.y, $1.x) }
    }

    /// `remove(from:)` for a volume of any voxel type; the volume is handed over and back, so
    /// its voxels are changed in place, never copied.
    public func removing(from volume: consuming AnyVolume) -> (volume: AnyVolume, regions: [TextRegion]) {
        switch consume volume {
        case .int16(var v): let regions = remove(from: &v); return (.int16(v), regions)
        case .uint16(var v): let regions = remove(from: &v); return (.uint16(v), regions)
        case .uint8(var v): let regions = remove(from: &v); return (.uint8(v), regions)
        case .float32(var v): let regions = remove(from: &v); return (.float32(v), regions)
        }
    }
}

/// Stored-value thresholds; `ascending` is false for a negative rescale slope.
struct SliceThresholds: Sendable {
    let bright: Double, air: Double, ascending: Bool
    @inline(__always) func isBright(_ value: Double) -> Bool { ascending ? value >= bright : value <= bright }
    @inline(__always) func isAir(_ value: Double) -> Bool { ascending ? value < air : value > air }
}

/// The volume's first voxel, shared by workers that each touch only their own slice.
private struct SliceBase<V>: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<V>
}

/// Regions collected from concurrent slices.
private final class RegionList: @unchecked Sendable {
    private let lock = NSLock()
    private var regions: [TextRegion] = []
    func append(_ more: [TextRegion]) { lock.lock(); regions += more; lock.unlock() }
    var all: [TextRegion] { lock.lock(); defer { lock.unlock() }; return regions }
}
