import Testing
import Volume

/// Populating pages ahead of the first write must never change memory: neither bytes already
/// written nor the bytes around a range that starts and ends mid-page.
@Suite("Memory pages")
struct MemoryPagesTests {
    @Test("populating fresh, written and mid-page ranges keeps every byte as it was")
    func keepsBytes() {
        let count = 3 * 4096 * 64 + 123
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: count, alignment: 64)
        defer { buffer.deallocate() }
        // The first half written before populating, the second half after.
        for i in 0 ..< count / 2 { buffer[i] = UInt8(truncatingIfNeeded: i &* 7) }
        MemoryPages.populate(UnsafeMutableRawBufferPointer(rebasing: buffer[1000 ..< count - 1000]))
        MemoryPages.populate(UnsafeMutableRawBufferPointer(rebasing: buffer[5 ..< 9]))
        MemoryPages.populate(UnsafeMutableRawBufferPointer(rebasing: buffer[0 ..< 0]))
        for i in count / 2 ..< count { buffer[i] = UInt8(truncatingIfNeeded: i &* 7) }
        let wrong = (0 ..< count).filter { buffer[$0] != UInt8(truncatingIfNeeded: $0 &* 7) }
        #expect(wrong.isEmpty, "\(wrong.count) bytes changed, first at \(wrong.first ?? -1)")
    }
}
