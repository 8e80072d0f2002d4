import Dispatch
import Volume

/// Renders the isosurface of a volume (the skin, for CT at about −300 HU) by ray casting in
/// world (LPS, mm) coordinates, from any `ViewAngle`.
///
/// Each pixel's ray (see `OrthographicCamera`) is carried into voxel-index space through the
/// volume's origin, spacing and direction cosines, so oblique and sheared volumes show the same
/// anatomy as axial ones. Along the ray the interpolated value is sampled every
/// `stepFraction` × the smallest spacing (half a voxel by default); the first sample at or above
/// the threshold is refined by bisection between it and the sample before (with trilinear
/// interpolation throughout, and a final secant step). The hit is shaded by the central-difference
/// gradient: Lambert with the light at the camera, plus `ambient`. Rays that hit nothing are
/// black. Empty-space skipping (`EmptySpaceMap`) lets rays jump over bricks that cannot hold the
/// surface; it changes only where the samples fall before the surface (hits agree with plain
/// marching to within the refinement's tolerance), not what is found.
///
/// Build one renderer per volume and threshold (building the map reads every voxel once), then
/// render as many views as needed; `render` splits the image rows across all cores.
public struct IsosurfaceRenderer: Sendable {
    /// Tuning; the defaults are what the CLI and the defacing checks use.
    public struct Options: Sendable {
        /// Ray step as a fraction of the smallest voxel spacing (at most 0.5 recommended).
        public var stepFraction: Double
        /// Share of the brightness that does not depend on the surface's angle to the light.
        public var ambient: Double
        /// Bisection halvings of the step that contains the surface, then a secant step (three
        /// leave the surface within a sixteenth of a step; each more costs a dependent sample per
        /// ray and changes about one pixel in a thousand by one grey level).
        public var bisectionSteps: Int
        /// Skip empty bricks (`EmptySpaceMap`); off only for a baseline or to check it changes nothing.
        public var skipEmptySpace: Bool
        /// Brick edge in voxels for empty-space skipping (a power of two).
        public var brickSize: Int
        /// Render rows on all cores.
        public var concurrent: Bool

        public init(stepFraction: Double = 0.5, ambient: Double = 0.1, bisectionSteps: Int = 3,
                    skipEmptySpace: Bool = true, brickSize: Int = 8, concurrent: Bool = true) {
            self.stepFraction = stepFraction
            self.ambient = ambient
            self.bisectionSteps = bisectionSteps
            self.skipEmptySpace = skipEmptySpace
            self.brickSize = brickSize
            self.concurrent = concurrent
        }
    }

    /// The volume as rendered: with a positive rescale slope (a volume whose slope is zero,
    /// negative or not finite is converted to real values first).
    public let volume: AnyVolume
    /// The surface threshold in real-world units (HU for CT).
    public let threshold: Double
    /// Framing shared by every view this renderer draws.
    public let framing: RenderFraming
    public let options: Options
    let storedThreshold: Float
    /// Value outside the volume: below the threshold, at the volume's minimum where possible.
    let padding: Float
    let map: EmptySpaceMap?

    /// Prepares `volume` for rendering at `threshold` (real-world units). `framing` defaults to
    /// the volume's own (`RenderFraming(fitting:)`); pass another volume's framing to render two
    /// volumes of the same patient (before and after defacing) pixel for pixel alike.
    public init(volume: AnyVolume, threshold: Double, framing: RenderFraming? = nil, options: Options = Options()) {
        self = Self.renderers(volume: volume, thresholds: [threshold], framing: framing, options: options)[0]
    }

    /// One renderer per threshold of the same volume: the volume is prepared and its bricks'
    /// maxima found once for all of them (a full pass over the voxels each time otherwise).
    public static func renderers(volume: AnyVolume, thresholds: [Double], framing: RenderFraming? = nil,
                                 options: Options = Options()) -> [IsosurfaceRenderer] {
        var prepared = volume
        let rescale = Self.rescale(of: volume)
        if !(rescale.slope > 0 && rescale.slope.isFinite) { prepared = .float32(volume.realValues) }
        func maxima<V: RenderableVoxel>(_ v: Volume<V>) -> EmptySpaceMap.Maxima {
            v.voxels.withUnsafeBufferPointer { EmptySpaceMap.Maxima(voxels: $0, size: v.size, brickSize: options.brickSize) }
        }
        let shared: EmptySpaceMap.Maxima = switch prepared {
        case .uint8(let v): maxima(v)
        case .int16(let v): maxima(v)
        case .uint16(let v): maxima(v)
        case .float32(let v): maxima(v)
        }
        let frame = framing ?? RenderFraming(fitting: prepared)
        return thresholds.map { IsosurfaceRenderer(prepared: prepared, threshold: $0, framing: frame, options: options, maxima: shared) }
    }

    private init(prepared: AnyVolume, threshold: Double, framing: RenderFraming, options: Options, maxima: EmptySpaceMap.Maxima) {
        let (slope, intercept) = Self.rescale(of: prepared)
        volume = prepared
        self.threshold = threshold
        self.framing = framing
        self.options = options
        let stored = Float((threshold - intercept) / slope)
        storedThreshold = stored
        let map = EmptySpaceMap(maxima, storedThreshold: stored)
        self.map = options.skipEmptySpace ? map : nil
        // One step below the threshold at least, so that the padding is always outside the surface.
        padding = min(map.minimumStored, stored - max(1, abs(stored) * 1e-3))
    }

    /// Renders one view as a `size`×`size` image with its depth map.
    public func render(_ view: ViewAngle, size: Int = 512) -> SurfaceRender {
        let camera = OrthographicCamera(view: view, framing: framing, size: size)
        switch volume {
        case .uint8(let v): return render(v, camera)
        case .int16(let v): return render(v, camera)
        case .uint16(let v): return render(v, camera)
        case .float32(let v): return render(v, camera)
        }
    }

    /// Renders each of `views`.
    public func render(_ views: [ViewAngle], size: Int = 512) -> [SurfaceRender] {
        views.map { render($0, size: size) }
    }

    static func rescale(of volume: AnyVolume) -> (slope: Double, intercept: Double) {
        switch volume {
        case .uint8(let v): v.rescale
        case .int16(let v): v.rescale
        case .uint16(let v): v.rescale
        case .float32(let v): v.rescale
        }
    }

    func render<V: RenderableVoxel>(_ volume: Volume<V>, _ camera: OrthographicCamera) -> SurfaceRender {
        let size = camera.size
        let geometry = RayGeometry(volume: volume, camera: camera, options: options)
        var grey = [UInt8](repeating: 0, count: size * size)
        var depth = [Float](repeating: .infinity, count: size * size)
        volume.voxels.withUnsafeBufferPointer { voxels in
            grey.withUnsafeMutableBufferPointer { greyBuffer in
                depth.withUnsafeMutableBufferPointer { depthBuffer in
                    let caster = RayCaster(sampler: TrilinearSampler(voxels: voxels, size: volume.size, padding: padding),
                                           map: map, geometry: geometry, threshold: storedThreshold,
                                           bisectionSteps: options.bisectionSteps, ambient: Float(options.ambient))
                    let greyOut = UnsafeSendable(greyBuffer), depthOut = UnsafeSendable(depthBuffer)
                    let renderRow: @Sendable (Int) -> Void = { row in
                        for column in 0..<size {
                            guard let hit = caster.cast(column: column, row: row) else { continue }
                            greyOut.base[row * size + column] = hit.grey
                            depthOut.base[row * size + column] = hit.depth
                        }
                    }
                    if options.concurrent {
                        DispatchQueue.concurrentPerform(iterations: size, execute: renderRow)
                    } else {
                        for row in 0..<size { renderRow(row) }
                    }
                }
            }
        }
        return SurfaceRender(camera: camera, threshold: threshold, grey: grey, depth: depth)
    }
}

/// A camera's rays in one volume's voxel-index space: ray (column, row) is
/// `origin + column·columnStep + row·rowStep + t·direction` for t in mm from the image plane.
struct RayGeometry: Sendable {
    let origin: SIMD3<Float>
    let columnStep: SIMD3<Float>
    let rowStep: SIMD3<Float>
    /// Index-space change per millimetre along the ray.
    let direction: SIMD3<Float>
    /// Mm between samples.
    let step: Float
    /// Farthest t that can matter (the far side of the framing sphere).
    let maximumT: Float
    /// Padded volume box in index space: voxels 0 … n − 1 and one layer of padding.
    let boxLow: SIMD3<Float>
    let boxHigh: SIMD3<Float>
    /// Columns of the inverse voxel-to-world matrix, transposed into rows: the index-space
    /// gradient g becomes the world gradient (worldFromIndexGradient.0 · g, .1 · g, .2 · g).
    let gradientRows: (SIMD3<Float>, SIMD3<Float>, SIMD3<Float>)
    /// The camera's forward vector in world space.
    let forward: SIMD3<Float>

    init<V>(volume: Volume<V>, camera: OrthographicCamera, options: IsosurfaceRenderer.Options) {
        let zero = volume.voxelIndex(ofWorld: .zero)
        func indexDelta(_ world: SIMD3<Double>) -> SIMD3<Double> { volume.voxelIndex(ofWorld: world) - zero }
        let start = volume.voxelIndex(ofWorld: camera.rayOrigin(column: 0, row: 0))
        origin = SIMD3<Float>(start)
        columnStep = SIMD3<Float>(indexDelta(camera.right * camera.pixelSize))
        rowStep = SIMD3<Float>(indexDelta(-camera.up * camera.pixelSize))
        direction = SIMD3<Float>(indexDelta(camera.forward))
        step = Float(volume.spacing.min() * options.stepFraction)
        maximumT = Float(2 * camera.framing.planeDistance)
        boxLow = SIMD3(repeating: -1)
        boxHigh = SIMD3<Float>(volume.size)
        // World gradient = A⁻ᵀ · index gradient, where A⁻¹ maps world offsets to index offsets:
        // its columns are the index deltas of the world axes.
        let c0 = indexDelta(SIMD3(1, 0, 0)), c1 = indexDelta(SIMD3(0, 1, 0)), c2 = indexDelta(SIMD3(0, 0, 1))
        gradientRows = (SIMD3<Float>(c0), SIMD3<Float>(c1), SIMD3<Float>(c2))
        forward = SIMD3<Float>(camera.forward)
    }
}
