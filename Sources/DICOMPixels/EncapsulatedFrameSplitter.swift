import DICOM
import Foundation

/// Splits encapsulated pixel data into frames (PS3.5 §A.4): by the Extended Offset Table,
/// else the Basic Offset Table, else one frame per fragment, else at the start markers
/// of JPEG, JPEG-LS and JPEG 2000 codestreams, the order pydicom uses.
enum EncapsulatedFrameSplitter {
    static func frames(in value: Data, frameCount: Int, extendedOffsets: [UInt64]?, extendedLengths: [UInt64]?) throws(PixelDataError) -> [Data] {
        let items = EncapsulatedFrames.items(in: value)
        guard let offsetTable = items.first else {
            throw PixelDataError(.corruptStream, "encapsulated pixel data has no items")
        }
        let fragments = Array(items.dropFirst())
        guard !fragments.isEmpty else { throw PixelDataError(.noPixelData, "encapsulated pixel data has no fragments") }

        // Byte offsets of each fragment's item tag, counted from the first fragment, as offset tables count.
        var fragmentStarts: [UInt64] = []
        var position: UInt64 = 0
        for fragment in fragments {
            fragmentStarts.append(position)
            position += 8 + UInt64(fragment.count)
        }

        if let extendedOffsets, !extendedOffsets.isEmpty {
            return try join(fragments, starts: fragmentStarts, at: extendedOffsets, frameCount: frameCount)
        }
        if !offsetTable.isEmpty, frameCount > 1 {
            let offsets = offsetTable.numbers(UInt32.self, order: .littleEndian).map(UInt64.init)
            if offsets.count == frameCount {
                return try join(fragments, starts: fragmentStarts, at: offsets, frameCount: frameCount)
            }
        }
        if frameCount == 1 { return [concatenate(fragments[...])] }
        if fragments.count == frameCount { return fragments }
        // More fragments than frames and no table: a frame starts where a codestream starts.
        var frames: [Data] = []
        for fragment in fragments {
            if frames.isEmpty || startsCodestream(fragment) {
                frames.append(Data(fragment))
            } else {
                frames[frames.count - 1].append(fragment)
            }
        }
        guard frames.count == frameCount else {
            throw PixelDataError(.corruptStream, "cannot tell \(frameCount) frames apart in \(fragments.count) fragments without an offset table")
        }
        return frames
    }

    private static func join(_ fragments: [Data], starts: [UInt64], at offsets: [UInt64], frameCount: Int) throws(PixelDataError) -> [Data] {
        var frames: [Data] = []
        for (n, offset) in offsets.enumerated() {
            let end = n + 1 < offsets.count ? offsets[n + 1] : UInt64.max
            guard let first = starts.firstIndex(of: offset) else {
                throw PixelDataError(.corruptStream, "offset table entry \(offset) does not start a fragment")
            }
            var last = first
            while last + 1 < starts.count, starts[last + 1] < end { last += 1 }
            frames.append(concatenate(fragments[first...last]))
        }
        guard frames.count >= frameCount else {
            throw PixelDataError(.corruptStream, "offset table lists \(frames.count) frames, the header says \(frameCount)")
        }
        return Array(frames.prefix(frameCount))
    }

    private static func concatenate(_ fragments: ArraySlice<Data>) -> Data {
        if fragments.count == 1, let only = fragments.first { return only }
        var data = Data(capacity: fragments.reduce(0) { $0 + $1.count })
        for fragment in fragments { data.append(fragment) }
        return data
    }

    /// JPEG/JPEG-LS SOI (FF D8), JPEG 2000 codestream SOC+SIZ (FF 4F FF 51), or a JP2 signature box.
    private static func startsCodestream(_ fragment: Data) -> Bool {
        let b = [UInt8](fragment.prefix(12))
        if b.count >= 2, b[0] == 0xFF, b[1] == 0xD8 { return true }
        if b.count >= 4, b[0] == 0xFF, b[1] == 0x4F, b[2] == 0xFF, b[3] == 0x51 { return true }
        if b.count >= 12, b[4...7] == [0x6A, 0x50, 0x20, 0x20] { return true }
        return false
    }
}
