/// Mapping sample values to 8-bit display values.
public enum Windowing {
    /// Linear window (PS3.3 C.11.2.1.2, simplified to the plain linear function): values at
    /// or below `center − width/2` become 0, at or above `center + width/2` become 255.
    public static func apply(_ values: [Double], center: Double, width: Double, invert: Bool = false) -> [UInt8] {
        let low = center - width / 2, span = max(width, 1e-9)
        return values.map { value in
            let scaled = ((value - low) / span * 255).rounded()
            let clamped = UInt8(min(max(scaled.isNaN ? 0 : scaled, 0), 255))
            return invert ? 255 - clamped : clamped
        }
    }

    /// A window spanning the finite values' range.
    public static func fullRange(_ values: [Double]) -> (center: Double, width: Double) {
        let finite = values.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return (0, 1) }
        return ((low + high) / 2, max(high - low, 1))
    }
}
