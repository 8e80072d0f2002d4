import Render

/// A line chart of curves on the unit square (ROC, precision–recall), drawn as an RGB
/// `PNGImage` with the renderer's bitmap font: no plotting library, so the plots come out the
/// same on every machine and need nothing beyond the package.
public struct CurvePlot: Sendable {
    /// An 8-bit RGB colour.
    public struct Colour: Sendable, Equatable {
        public var red: UInt8, green: UInt8, blue: UInt8
        public init(_ red: UInt8, _ green: UInt8, _ blue: UInt8) {
            self.red = red
            self.green = green
            self.blue = blue
        }

        public static let black = Colour(0, 0, 0), white = Colour(255, 255, 255)
        public static let grid = Colour(225, 225, 225), guide = Colour(150, 150, 150), note = Colour(90, 90, 90)
        /// Blue and orange: told apart with the common colour-vision deficiencies.
        public static let blue = Colour(0, 90, 181), orange = Colour(220, 110, 0)
    }

    /// One curve: points in order, joined by straight lines or by steps.
    public struct Series: Sendable {
        public var name: String
        public var points: [SIMD2<Double>]
        public var colour: Colour
        /// Joined as a step function that rises at each point's x (precision–recall without
        /// interpolation: the precision of a point holds from the previous point's recall).
        public var steps: Bool
        /// Segments from this point index on are dashed: they are reached only by calling
        /// infinitely far pairs (no face to compare) matches, which no real threshold does.
        public var dashedFrom: Int?

        public init(name: String, points: [SIMD2<Double>], colour: Colour, steps: Bool = false, dashedFrom: Int? = nil) {
            self.name = name
            self.points = points
            self.colour = colour
            self.steps = steps
            self.dashedFrom = dashedFrom
        }
    }

    public var title: String
    public var xLabel: String
    public var yLabel: String
    public var series: [Series]
    /// Dashed grey guides drawn under the curves (the ROC chance diagonal, the PR base rate).
    public var guides: [[SIMD2<Double>]]
    /// A line under the legend (what the dashes mean).
    public var note: String?

    public init(title: String, xLabel: String, yLabel: String, series: [Series], guides: [[SIMD2<Double>]] = [], note: String? = nil) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.series = series
        self.guides = guides
        self.note = note
    }

    /// A labelled confusion curve to plot.
    public typealias Curve = (name: String, curve: [CohortStatistics.Confusion], colour: Colour)

    static let infiniteNote = "DASHED: PAIRS WITHOUT A FACE (NEVER MATCHED)"

    /// The index of a curve's point at an infinite threshold, which the segment into is dashed.
    static func infiniteStart(_ curve: [CohortStatistics.Confusion]) -> Int? {
        curve.last.flatMap { $0.threshold == .infinity && curve.count > 1 ? curve.count - 1 : nil }
    }

    /// ROC curves (false positive rate, true positive rate) of labelled confusion curves, with
    /// the chance diagonal.
    public static func roc(_ curves: [Curve], title: String) -> CurvePlot {
        let series = curves.map { entry in
            Series(name: entry.name, points: entry.curve.map { SIMD2($0.falsePositiveRate, $0.truePositiveRate) }, colour: entry.colour,
                   dashedFrom: infiniteStart(entry.curve))
        }
        return CurvePlot(title: title, xLabel: "FALSE POSITIVE RATE", yLabel: "TRUE POSITIVE RATE", series: series,
                         guides: [[SIMD2(0, 0), SIMD2(1, 1)]], note: series.contains { $0.dashedFrom != nil } ? infiniteNote : nil)
    }

    /// Precision–recall curves (recall, precision) as steps, with the share of genuine pairs
    /// (a random matcher's precision) as a guide.
    public static func precisionRecall(_ curves: [Curve], title: String) -> CurvePlot {
        let baseRates = Set(curves.compactMap { entry -> Double? in
            guard let last = entry.curve.last else { return nil }
            let total = last.truePositives + last.falsePositives + last.falseNegatives + last.trueNegatives
            return total == 0 ? nil : Double(last.truePositives + last.falseNegatives) / Double(total)
        })
        let series = curves.map { entry in
            Series(name: entry.name, points: entry.curve.map { SIMD2($0.recall, $0.precision) }, colour: entry.colour, steps: true,
                   dashedFrom: infiniteStart(entry.curve))
        }
        return CurvePlot(title: title, xLabel: "RECALL", yLabel: "PRECISION", series: series,
                         guides: baseRates.sorted().map { [SIMD2(0, $0), SIMD2(1, $0)] },
                         note: series.contains { $0.dashedFrom != nil } ? infiniteNote : nil)
    }

    static let labelScale = 2
    static var rowHeight: Int { BitmapFont.glyphHeight * labelScale + 10 }

    /// Lines of legend and note under the plot.
    var legendRows: Int { series.count + (note == nil ? 0 : 1) }

    /// The plot area's edges in an image of `width` × `height`: room for the title above, tick
    /// labels to the left, tick labels, the axis title and the legend below.
    func frame(width: Int, height: Int) -> (left: Int, right: Int, top: Int, bottom: Int) {
        let glyph = BitmapFont.glyphHeight * Self.labelScale
        return (40 + glyph + 4 * BitmapFont.advance * Self.labelScale, width - 24, 24 + 2 * glyph,
                height - 40 - 2 * glyph - legendRows * Self.rowHeight)
    }

    /// Where a point of the unit square lands in `image(width:height:)` (pixel column and row);
    /// points outside the square are drawn on its edge.
    public func position(of p: SIMD2<Double>, width: Int = 720, height: Int = 720) -> SIMD2<Double> {
        let (left, right, top, bottom) = frame(width: width, height: height)
        return SIMD2(Double(left) + min(max(p.x, 0), 1) * Double(right - left), Double(bottom) - min(max(p.y, 0), 1) * Double(bottom - top))
    }

    /// The chart as an RGB image.
    public func image(width: Int = 720, height: Int = 720) -> PNGImage {
        var canvas = Canvas(width: width, height: height)
        let scale = Self.labelScale, glyph = BitmapFont.glyphHeight * scale
        let (left, right, top, bottom) = frame(width: width, height: height)
        func point(_ p: SIMD2<Double>) -> SIMD2<Double> { position(of: p, width: width, height: height) }
        for tick in 0...5 {
            let value = Double(tick) / 5, label = tick == 0 ? "0" : tick == 5 ? "1" : String(format: "0.%d", tick * 2)
            let x = point(SIMD2(value, 0)).x, y = point(SIMD2(0, value)).y
            canvas.line(SIMD2(x, Double(top)), SIMD2(x, Double(bottom)), colour: .grid, thickness: 1)
            canvas.line(SIMD2(Double(left), y), SIMD2(Double(right), y), colour: .grid, thickness: 1)
            canvas.text(label, x: Int(x) - BitmapFont.width(of: label) * scale / 2, y: bottom + 8, scale: scale, colour: .black)
            canvas.text(label, x: left - 8 - BitmapFont.width(of: label) * scale, y: Int(y) - glyph / 2, scale: scale, colour: .black)
        }
        // The frame goes under the curves: a curve along an edge (a perfect ROC) stays visible.
        canvas.rectangle(x0: left, y0: top, x1: right, y1: bottom, colour: .black)
        for guide in guides {
            for (a, b) in zip(guide, guide.dropFirst()) { canvas.line(point(a), point(b), colour: .guide, thickness: 1, dash: 6) }
        }
        for curve in series {
            for (index, (q, p)) in zip(curve.points, curve.points.dropFirst()).enumerated() {
                let dash = (curve.dashedFrom.map { index + 1 >= $0 } ?? false) ? 8 : nil
                if curve.steps {
                    canvas.line(point(q), point(SIMD2(q.x, p.y)), colour: curve.colour, thickness: 3, dash: dash)
                    canvas.line(point(SIMD2(q.x, p.y)), point(p), colour: curve.colour, thickness: 3, dash: dash)
                } else {
                    canvas.line(point(q), point(p), colour: curve.colour, thickness: 3, dash: dash)
                }
            }
        }
        canvas.text(title, x: (width - BitmapFont.width(of: title) * scale) / 2, y: 16, scale: scale, colour: .black)
        canvas.text(xLabel, x: (left + right - BitmapFont.width(of: xLabel) * scale) / 2, y: bottom + 16 + glyph, scale: scale, colour: .black)
        canvas.verticalText(yLabel, x: 16, y: (top + bottom + BitmapFont.width(of: yLabel) * scale) / 2, scale: scale, colour: .black)
        // The legend sits under the plot, where it hides no part of a curve.
        let legendTop = bottom + 24 + 2 * glyph, sample = 28
        for (n, curve) in series.enumerated() {
            let y = legendTop + n * Self.rowHeight, middle = Double(y + glyph / 2)
            canvas.line(SIMD2(Double(left), middle), SIMD2(Double(left + sample), middle), colour: curve.colour, thickness: 3)
            canvas.text(curve.name, x: left + sample + 10, y: y, scale: scale, colour: .black)
        }
        if let note { canvas.text(note, x: left, y: legendTop + series.count * Self.rowHeight, scale: scale, colour: .note) }
        return PNGImage(width: width, height: height, channels: 3, pixels: canvas.pixels)
    }
}

/// An RGB drawing surface for `CurvePlot`.
struct Canvas {
    let width: Int, height: Int
    var pixels: [UInt8]

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
        pixels = [UInt8](repeating: 255, count: width * height * 3)
    }

    mutating func set(_ x: Int, _ y: Int, _ colour: CurvePlot.Colour) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        let n = 3 * (y * width + x)
        pixels[n] = colour.red
        pixels[n + 1] = colour.green
        pixels[n + 2] = colour.blue
    }

    mutating func rectangle(x0: Int, y0: Int, x1: Int, y1: Int, colour: CurvePlot.Colour) {
        for x in x0...x1 { set(x, y0, colour); set(x, y1, colour) }
        for y in y0...y1 { set(x0, y, colour); set(x1, y, colour) }
    }

    /// A line of `thickness` pixels, solid or in dashes of `dash` pixels.
    mutating func line(_ a: SIMD2<Double>, _ b: SIMD2<Double>, colour: CurvePlot.Colour, thickness: Int, dash: Int? = nil) {
        let delta = b - a, length = (delta * delta).sum().squareRoot()
        let steps = max(1, Int((length * 2).rounded(.up)))
        let low = -(thickness - 1) / 2, high = thickness / 2
        for step in 0...steps {
            if let dash, (step / 2 / dash) % 2 == 1 { continue }
            let p = a + delta * (Double(step) / Double(steps))
            let x = Int(p.x.rounded()), y = Int(p.y.rounded())
            for dy in low...high { for dx in low...high { set(x + dx, y + dy, colour) } }
        }
    }

    /// `text` with its top-left corner at (x, y).
    mutating func text(_ text: String, x: Int, y: Int, scale: Int, colour: CurvePlot.Colour) {
        let (mask, maskWidth) = Self.mask(text, scale: scale)
        for (n, value) in mask.enumerated() where value > 0 { set(x + n % maskWidth, y + n / maskWidth, colour) }
    }

    /// `text` reading upward, its first letter's bottom-left corner at (x, y).
    mutating func verticalText(_ text: String, x: Int, y: Int, scale: Int, colour: CurvePlot.Colour) {
        let (mask, maskWidth) = Self.mask(text, scale: scale)
        // Turned a quarter anticlockwise: the mask's column becomes the distance up from y, its row the distance right of x.
        for (n, value) in mask.enumerated() where value > 0 { set(x + n / maskWidth, y - n % maskWidth, colour) }
    }

    private static func mask(_ text: String, scale: Int) -> ([UInt8], Int) {
        let width = max(1, BitmapFont.width(of: text) * scale)
        var mask = [UInt8](repeating: 0, count: width * BitmapFont.glyphHeight * scale)
        BitmapFont.draw(text, into: &mask, width: width, x: 0, y: 0, scale: scale)
        return (mask, width)
    }
}
