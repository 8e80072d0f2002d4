import Foundation

/// Reversing the bytes of fixed-width words: how values move between byte orders.
public enum ByteSwapping {
    /// Reverses every `width`-byte word of `buffer` in place; a trailing partial word is left alone.
    public static func reverseWords(_ buffer: UnsafeMutableRawBufferPointer, width: Int) {
        guard width > 1 else { return }
        let bytes = buffer.bindMemory(to: UInt8.self)
        var i = 0
        while i + width <= bytes.count {
            var low = i, high = i + width - 1
            while low < high {
                bytes.swapAt(low, high)
                low += 1
                high -= 1
            }
            i += width
        }
    }

    /// Reverses every `width`-byte word of `data`. Works on an owned copy: `data` may be a
    /// slice of a memory-mapped file, which must never be written through.
    public static func reverseWords(_ data: inout Data, width: Int) {
        guard width > 1, !data.isEmpty else { return }
        var bytes = [UInt8](data)
        bytes.withUnsafeMutableBytes { reverseWords($0, width: width) }
        data = Data(bytes)
    }

    /// The word width in which `vr`'s values change byte order (AT is a pair of 16-bit numbers).
    static func width(of vr: VR) -> Int {
        vr == .AT ? 2 : vr.wordSize ?? 1
    }
}

extension DataSet {
    /// This data set (and its items) with every binary value converted to `order`.
    public func converted(to order: ByteOrder) -> DataSet {
        guard order != byteOrder || elements.contains(where: { $0.items != nil }) else { return self }
        var copy = DataSet(byteOrder: order, hasUndefinedLength: hasUndefinedLength)
        for var element in elements {
            switch element.value {
            case .sequence(let items):
                element.value = .sequence(items.map { $0.converted(to: order) })
            case .bytes(var data) where order != byteOrder:
                ByteSwapping.reverseWords(&data, width: ByteSwapping.width(of: element.vr))
                element.value = .bytes(data)
            default:
                break
            }
            copy.set(element)
        }
        return copy
    }
}
