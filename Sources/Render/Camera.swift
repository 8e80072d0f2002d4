import Foundation
import Volume

/// A viewing direction around the head, in degrees.
///
/// Yaw 0, pitch 0 is the **front** view: the camera stands at the patient's anterior (−Y in
/// LPS) looking posterior (+Y), with the patient's head (+Z, superior) up. Positive yaw turns
/// the camera about the superior axis toward the patient's left (yaw 90 looks at the left side
/// of the head, yaw 180 at the back); positive pitch raises it toward the top of the head
/// (pitch 90 looks down on the vertex).
///
/// Images are **photographic**, as a person standing in front of the patient sees them: in the
/// front view the patient's right appears on the image's left (the opposite of the radiological
/// convention of axial slices, where the patient's right is on the image's left because the
/// viewer looks up from the feet).
public struct ViewAngle: Sendable, Hashable, CustomStringConvertible {
    /// A short name for labels and file names ("front", "left30", or "yaw45_pitch10").
    public var name: String
    public var yaw: Double
    public var pitch: Double

    public init(name: String, yaw: Double, pitch: Double) {
        self.name = name
        self.yaw = yaw
        self.pitch = pitch
    }

    /// An unnamed angle, named after its numbers.
    public init(yaw: Double, pitch: Double) {
        self.init(name: "yaw\(Self.format(yaw))_pitch\(Self.format(pitch))", yaw: yaw, pitch: pitch)
    }

    public var description: String { "\(name) (yaw \(Self.format(yaw))°, pitch \(Self.format(pitch))°)" }

    static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}

/// Where the camera looks and how much it sees: the same for every view of a volume, so all
/// views share one scale (and before/after renders of one volume line up pixel for pixel).
public struct RenderFraming: Sendable, Equatable {
    /// LPS point (mm) the camera orbits and centres in the image.
    public var centre: SIMD3<Double>
    /// Width and height (mm) the image spans.
    public var fieldOfView: Double
    /// Distance (mm) from the centre to the image plane, where rays start; depth is measured
    /// from there. Everything rendered must lie within this distance of the centre.
    public var planeDistance: Double

    public init(centre: SIMD3<Double>, fieldOfView: Double, planeDistance: Double) {
        self.centre = centre
        self.fieldOfView = fieldOfView
        self.planeDistance = planeDistance
    }

    /// Centred on the volume's bounding box (the voxels' outer faces, in any orientation), with
    /// the box's circumscribed sphere filling the image: no view at any angle cuts anything off.
    public init<V>(fitting volume: Volume<V>) {
        let centre = volume.world((SIMD3<Double>(volume.size) - 1) / 2)
        var radius = 0.0
        for corner in 0..<8 {
            let index = SIMD3<Double>(corner & 1 == 0 ? -0.5 : Double(volume.size.x) - 0.5,
                                      corner & 2 == 0 ? -0.5 : Double(volume.size.y) - 0.5,
                                      corner & 4 == 0 ? -0.5 : Double(volume.size.z) - 0.5)
            let offset = volume.world(index) - centre
            radius = max(radius, (offset * offset).sum().squareRoot())
        }
        self.init(centre: centre, fieldOfView: 2 * radius, planeDistance: radius)
    }

    /// The framing of any volume (see `init(fitting:)`).
    public init(fitting volume: AnyVolume) {
        switch volume {
        case .uint8(let v): self.init(fitting: v)
        case .int16(let v): self.init(fitting: v)
        case .uint16(let v): self.init(fitting: v)
        case .float32(let v): self.init(fitting: v)
        }
    }
}

/// An orthographic camera: parallel rays along `forward`, one through each pixel centre.
///
/// Pixel (column c, row r) of a `size`×`size` image is centred at
/// `framing.centre + right·(c + ½ − size/2)·pixelSize + up·(size/2 − r − ½)·pixelSize`
/// on the plane through the centre; its ray starts `planeDistance` in front of that plane
/// (at depth 0) and runs along `forward`.
public struct OrthographicCamera: Sendable {
    public let view: ViewAngle
    public let framing: RenderFraming
    /// Image width and height in pixels.
    public let size: Int
    /// Unit LPS vector the rays travel along (from the camera into the patient).
    public let forward: SIMD3<Double>
    /// Unit LPS vector toward the image's right edge (increasing column).
    public let right: SIMD3<Double>
    /// Unit LPS vector toward the image's top edge (decreasing row).
    public let up: SIMD3<Double>

    public init(view: ViewAngle, framing: RenderFraming, size: Int) {
        precondition(size > 0, "an image has at least one pixel")
        self.view = view
        self.framing = framing
        self.size = size
        let yaw = view.yaw * .pi / 180, pitch = view.pitch * .pi / 180
        // The camera sits at centre + planeDistance · toCamera; yaw 0 pitch 0 puts it at anterior (−Y).
        let toCamera = SIMD3(sin(yaw) * cos(pitch), -cos(yaw) * cos(pitch), sin(pitch))
        forward = -toCamera
        // d(toCamera)/d(pitch): the image's up, superior at pitch 0.
        up = SIMD3(-sin(yaw) * sin(pitch), cos(yaw) * sin(pitch), cos(pitch))
        // forward × up: +X (the patient's left) at the front view, so the patient's right is on the image's left.
        right = simdCross(forward, up)
    }

    /// Millimetres per pixel.
    public var pixelSize: Double { framing.fieldOfView / Double(size) }

    /// Where the ray of pixel (column, row) starts: on the image plane, at depth 0.
    public func rayOrigin(column: Double, row: Double) -> SIMD3<Double> {
        let half = Double(size) / 2
        return framing.centre - forward * framing.planeDistance
            + right * ((column + 0.5 - half) * pixelSize) + up * ((half - row - 0.5) * pixelSize)
    }

    /// The fractional pixel position (column, row; pixel centres at integers) and depth (mm
    /// from the image plane) of an LPS point: the inverse of `rayOrigin` + depth · `forward`.
    public func project(_ point: SIMD3<Double>) -> (column: Double, row: Double, depth: Double) {
        let offset = point - framing.centre
        let half = Double(size) / 2
        return ((offset * right).sum() / pixelSize + half - 0.5,
                half - 0.5 - (offset * up).sum() / pixelSize,
                (offset * forward).sum() + framing.planeDistance)
    }
}
