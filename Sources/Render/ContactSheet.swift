/// A grid of labelled grey images on one sheet: the renders of many views, or before/after pairs.
///
/// Each cell is a label strip (white `BitmapFont` text) above its image; cells are separated by
/// `gap` pixels of dark grey, so that the renders' black backgrounds stay apart.
public enum ContactSheet {
    /// One image and its label.
    public struct Tile: Sendable {
        public var label: String
        public var image: PNGImage

        public init(label: String, image: PNGImage) {
            precondition(image.channels == 1, "contact sheets hold grey images")
            self.label = label
            self.image = image
        }
    }

    /// Grey level between cells and behind labels.
    public static let backgroundGrey: UInt8 = 48

    /// Lays `tiles` out row by row, `columns` to a row. Cells are as large as the largest tile.
    public static func make(_ tiles: [Tile], columns: Int, gap: Int = 8, labelScale: Int = 2) -> PNGImage {
        precondition(columns > 0, "a sheet has at least one column")
        guard !tiles.isEmpty else { return PNGImage(width: 1, height: 1, channels: 1, pixels: [backgroundGrey]) }
        let cellWidth = tiles.map(\.image.width).max()!, imageHeight = tiles.map(\.image.height).max()!
        let labelHeight = BitmapFont.glyphHeight * labelScale + 2 * gap
        let cellHeight = labelHeight + imageHeight
        let rows = (tiles.count + columns - 1) / columns
        let usedColumns = min(columns, tiles.count)
        let width = usedColumns * cellWidth + (usedColumns + 1) * gap
        let height = rows * cellHeight + gap
        var pixels = [UInt8](repeating: backgroundGrey, count: width * height)
        for (index, tile) in tiles.enumerated() {
            let left = gap + (index % columns) * (cellWidth + gap)
            let top = (index / columns) * cellHeight
            // Labels longer than the cell are cut at the cell's edge.
            let fitting = max(0, (cellWidth + 1) / (BitmapFont.advance * labelScale))
            BitmapFont.draw(String(tile.label.prefix(fitting)), into: &pixels, width: width, x: left, y: top + gap, scale: labelScale)
            let image = tile.image
            for row in 0..<image.height {
                let target = (top + labelHeight + row) * width + left
                pixels.replaceSubrange(target ..< target + image.width, with: image.pixels[row * image.width ..< (row + 1) * image.width])
            }
        }
        return PNGImage(width: width, height: height, channels: 1, pixels: pixels)
    }

    /// One labelled tile per render ("front", "left30", …), `columns` to a row.
    public static func views(_ renders: [SurfaceRender], columns: Int = 4, labelScale: Int = 2) -> PNGImage {
        make(renders.map { Tile(label: $0.camera.view.name, image: $0.image) }, columns: columns, labelScale: labelScale)
    }

    /// Before/after pairs side by side, `pairsPerRow` pairs to a row, labelled "VIEW BEFORE" and
    /// "VIEW AFTER" (or the given names). `before` and `after` are matched by position.
    public static func pairs(before: [SurfaceRender], after: [SurfaceRender], names: (String, String) = ("before", "after"),
                             pairsPerRow: Int = 2, labelScale: Int = 2) -> PNGImage {
        precondition(before.count == after.count, "one after render for every before render")
        var tiles: [Tile] = []
        for (first, second) in zip(before, after) {
            tiles.append(Tile(label: "\(first.camera.view.name) \(names.0)", image: first.image))
            tiles.append(Tile(label: "\(second.camera.view.name) \(names.1)", image: second.image))
        }
        return make(tiles, columns: 2 * pairsPerRow, labelScale: labelScale)
    }
}
