import Foundation

extension DecodedFrame {
    /// The samples as numbers: integers of `description`'s width and signedness, or
    /// IEEE floats for 32- and 64-bit float pixel data (`isFloat`).
    public func values(description d: PixelDescription, isFloat: Bool = false) -> [Double] {
        samples.withUnsafeBytes { raw -> [Double] in
            let count = raw.count / d.bytesPerSample
            func read<T: FixedWidthInteger>(_: T.Type) -> [Double] {
                (0..<count).map { Double(T(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * MemoryLayout<T>.size, as: T.self))) }
            }
            switch (d.bytesPerSample, d.isSigned, isFloat) {
            case (1, false, _): return raw.map(Double.init)
            case (1, true, _): return raw.map { Double(Int8(bitPattern: $0)) }
            case (2, false, _): return read(UInt16.self)
            case (2, true, _): return read(Int16.self)
            case (4, _, true):
                return (0..<count).map { Double(Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self)))) }
            case (4, false, false): return read(UInt32.self)
            case (4, true, false): return read(Int32.self)
            case (8, _, true):
                return (0..<count).map { Double(bitPattern: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 8, as: UInt64.self))) }
            case (8, false, false): return read(UInt64.self)
            default: return read(Int64.self)
            }
        }
    }
}
