/// A volume of any supported voxel type, as read from a file whose type is known only then.
public enum AnyVolume: Sendable {
    case uint8(Volume<UInt8>)
    case int16(Volume<Int16>)
    case uint16(Volume<UInt16>)
    case float32(Volume<Float>)

    public var size: SIMD3<Int> {
        switch self {
        case .uint8(let v): v.size
        case .int16(let v): v.size
        case .uint16(let v): v.size
        case .float32(let v): v.size
        }
    }

    /// Real-world values (stored × slope + intercept) as Float32, with the same geometry.
    public var realValues: Volume<Float> {
        switch self {
        case .uint8(let v): v.mapRealValues()
        case .int16(let v): v.mapRealValues()
        case .uint16(let v): v.mapRealValues()
        case .float32(let v): v.mapRealValues()
        }
    }
}

extension Volume {
    /// Real-world values as Float32 volume with the same geometry and an identity rescale.
    public func mapRealValues() -> Volume<Float> {
        let slope = rescale.slope, intercept = rescale.intercept
        let values = voxels.withUnsafeBufferPointer { source in
            [Float](unsafeUninitializedCapacity: source.count) { out, initialized in
                for i in 0..<source.count { out[i] = Float(source[i].doubleValue * slope + intercept) }
                initialized = source.count
            }
        }
        return Volume<Float>(size: size, spacing: spacing, origin: origin, direction: direction, voxels: values)
    }
}
