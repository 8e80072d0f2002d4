import Foundation

/// The items inside encapsulated pixel data (PS3.5 §A.4): a basic offset table item
/// followed by fragment items, each `(FFFE,E000)`, a 32-bit little-endian length, bytes.
public enum EncapsulatedFrames {
    /// The items' values in order (the first is the basic offset table, often empty).
    /// Stops at the first malformed item.
    public static func items(in data: Data) -> [Data] {
        var items: [Data] = []
        data.withUnsafeBytes { raw in
            var offset = 0
            while offset + 8 <= raw.count {
                let group = UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt16.self))
                let element = UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: offset + 2, as: UInt16.self))
                let length = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)))
                guard group == 0xFFFE, element == 0xE000, offset + 8 + length <= raw.count else { break }
                let start = data.startIndex + offset + 8
                items.append(data[start ..< start + length])
                offset += 8 + length
            }
        }
        return items
    }

    /// The number of well-formed items.
    public static func itemCount(in data: Data) -> Int { items(in: data).count }

    /// Encodes an offset table and fragments as the value of encapsulated pixel data.
    public static func encode(offsetTable: Data, fragments: [Data]) -> Data {
        var out = Data()
        for item in [offsetTable] + fragments {
            let padded = item.count % 2 == 1
            withUnsafeBytes(of: UInt16(0xFFFE).littleEndian) { out.append(contentsOf: $0) }
            withUnsafeBytes(of: UInt16(0xE000).littleEndian) { out.append(contentsOf: $0) }
            withUnsafeBytes(of: UInt32(item.count + (padded ? 1 : 0)).littleEndian) { out.append(contentsOf: $0) }
            out.append(item)
            if padded { out.append(0) }
        }
        return out
    }
}
