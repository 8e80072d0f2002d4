import Foundation

extension Data {
    /// Fixed-width numbers stored in `order`; a trailing partial number is ignored.
    public func numbers<T: FixedWidthInteger>(_ type: T.Type, order: ByteOrder) -> [T] {
        let size = MemoryLayout<T>.size
        return withUnsafeBytes { raw in
            (0 ..< raw.count / size).map { i in
                let v = raw.loadUnaligned(fromByteOffset: i * size, as: T.self)
                return order == .littleEndian ? T(littleEndian: v) : T(bigEndian: v)
            }
        }
    }

    func float32s(order: ByteOrder) -> [Float] {
        numbers(UInt32.self, order: order).map { Float(bitPattern: $0) }
    }

    func float64s(order: ByteOrder) -> [Double] {
        numbers(UInt64.self, order: order).map { Double(bitPattern: $0) }
    }
}

extension DataElement {
    /// The numeric values of a binary numeric element (US, SS, UL, SL, SV, UV, FL, FD,
    /// and the OB/OW/OL/OF/OD/OV arrays), or nil when the VR holds text or items or the
    /// length is not a whole number of values.
    public func numericValues(order: ByteOrder) -> [Double]? {
        guard case .bytes(let data) = value, let size = vr.wordSize, data.count % size == 0 else { return nil }
        switch vr {
        case .US, .OW: return data.numbers(UInt16.self, order: order).map(Double.init)
        case .SS: return data.numbers(Int16.self, order: order).map(Double.init)
        case .UL, .OL: return data.numbers(UInt32.self, order: order).map(Double.init)
        case .SL: return data.numbers(Int32.self, order: order).map(Double.init)
        case .SV: return data.numbers(Int64.self, order: order).map(Double.init)
        case .UV, .OV: return data.numbers(UInt64.self, order: order).map(Double.init)
        case .FL, .OF: return data.float32s(order: order).map(Double.init)
        case .FD, .OD: return data.float64s(order: order)
        case .OB, .UN: return data.map(Double.init)
        default: return nil
        }
    }

    /// Integer values of a binary integer element (exact for 64-bit values too).
    public func integerValues(order: ByteOrder) -> [Int64]? {
        guard case .bytes(let data) = value, let size = vr.wordSize, data.count % size == 0 else { return nil }
        switch vr {
        case .US, .OW: return data.numbers(UInt16.self, order: order).map(Int64.init)
        case .SS: return data.numbers(Int16.self, order: order).map(Int64.init)
        case .UL, .OL: return data.numbers(UInt32.self, order: order).map(Int64.init)
        case .SL: return data.numbers(Int32.self, order: order).map(Int64.init)
        case .SV: return data.numbers(Int64.self, order: order)
        case .UV, .OV: return data.numbers(UInt64.self, order: order).map { Int64(bitPattern: $0) }
        default: return nil
        }
    }
}

extension DataSet {
    /// The first value of a numeric element: binary (US, SL, FD, …) or text (IS, DS).
    public func double(_ tag: Tag) -> Double? { doubles(tag)?.first }

    /// The values of a numeric element: binary (US, SL, FD, …) or text (IS, DS).
    public func doubles(_ tag: Tag) -> [Double]? {
        guard let element = self[tag] else { return nil }
        if element.vr == .IS || element.vr == .DS {
            return strings(tag)?.compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        }
        return element.numericValues(order: byteOrder)
    }

    /// The first value of an integer element: binary (US, UL, SS, …) or IS.
    public func int(_ tag: Tag) -> Int? {
        guard let element = self[tag] else { return nil }
        if element.vr == .IS || element.vr == .DS { return double(tag).flatMap { Int(exactly: $0.rounded()) } }
        return element.integerValues(order: byteOrder)?.first.map(Int.init)
    }
}
