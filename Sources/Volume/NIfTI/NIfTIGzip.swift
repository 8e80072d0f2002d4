import CFacelessZlib
import Foundation

/// A malloc'd byte buffer that grows without zero-filling (inflate output of unknown size).
final class NIfTIByteBuffer: @unchecked Sendable {
    private(set) var pointer: UnsafeMutableRawPointer
    private(set) var capacity: Int
    var count = 0

    init(capacity: Int) {
        var size = max(capacity, 1 << 16)
        var memory = malloc(size)
        if memory == nil { size = 1 << 16; memory = malloc(size) }  // a guess too big: grow later instead
        guard let memory else { fatalError("out of memory for \(size) bytes") }
        self.capacity = size
        pointer = memory
    }

    deinit { free(pointer) }

    /// Makes room for at least `extra` more bytes after `count`.
    func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        var newCapacity = capacity
        while newCapacity < count + extra { newCapacity *= 2 }
        guard let grown = realloc(pointer, newCapacity) else { fatalError("out of memory for \(newCapacity) bytes") }
        pointer = grown
        capacity = newCapacity
    }

    /// The bytes, valid only inside `body` (which keeps the buffer alive: a pointer handed out
    /// otherwise could outlive the last use of the buffer and so its memory).
    func withBytes<R, E: Error>(_ body: (UnsafeRawBufferPointer) throws(E) -> R) throws(E) -> R {
        try withExtendedLifetime(self) { () throws(E) -> R in try body(UnsafeRawBufferPointer(start: pointer, count: count)) }
    }
}

/// gzip (RFC 1952) through zlib, for .nii.gz.
enum NIfTIGzip {
    /// zlib's window bits for a gzip wrapper.
    private static let gzipWindowBits = MAX_WBITS + 16
    /// zlib counts in 32-bit unsigned ints: feed at most this much at a time.
    private static let chunk = 1 << 30

    static func isGzip(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    /// Inflates every gzip member in `input`, one after another (as `gzip -d` does); zero
    /// padding or other bytes after a complete member are ignored.
    static func inflate(_ input: UnsafeRawBufferPointer) throws(NIfTIError) -> NIfTIByteBuffer {
        var stream = z_stream()
        guard inflateInit2_(&stream, gzipWindowBits, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw NIfTIError(.gzip, "zlib could not start inflating")
        }
        defer { inflateEnd(&stream) }
        // The last member's trailer holds its size modulo 2³²: a good first guess.
        // Deflate compresses at most about 1032:1, so a larger claim is not a trailer.
        var hint = input.count * 4
        if input.count >= 18 {
            let claimed = Int(UInt32(littleEndian: input.loadUnaligned(fromByteOffset: input.count - 4, as: UInt32.self)))
            if claimed <= input.count * 1100 { hint = claimed + 1 }
        }
        let output = NIfTIByteBuffer(capacity: min(hint, 1 << 32))
        guard let base = input.baseAddress else { throw NIfTIError(.truncated, "empty gzip stream") }
        var consumed = 0  // bytes of input handed to zlib and used
        while true {
            let offered = min(chunk, input.count - consumed)
            stream.next_in = UnsafeMutablePointer(mutating: base.advanced(by: consumed).assumingMemoryBound(to: UInt8.self))
            stream.avail_in = uInt(offered)
            output.reserve(1 << 20)
            let room = min(chunk, output.capacity - output.count)
            stream.next_out = output.pointer.advanced(by: output.count).assumingMemoryBound(to: UInt8.self)
            stream.avail_out = uInt(room)
            let status = CFacelessZlib.inflate(&stream, Z_NO_FLUSH)
            consumed += offered - Int(stream.avail_in)
            output.count += room - Int(stream.avail_out)
            switch status {
            case Z_STREAM_END:
                // Another member follows only if it starts with the gzip magic.
                let rest = UnsafeRawBufferPointer(rebasing: input[consumed...])
                guard isGzip(rest) else { return output }
                guard inflateReset(&stream) == Z_OK else { throw NIfTIError(.gzip, "zlib could not restart for the next gzip member") }
            case Z_OK:
                continue
            case Z_BUF_ERROR:
                if consumed >= input.count {
                    throw NIfTIError(.truncated, "the gzip stream ends early, after \(output.count) inflated bytes")
                }
                continue  // no output room: the loop grows the buffer
            default:
                let message = stream.msg.map { String(cString: $0) } ?? "status \(status)"
                throw NIfTIError(.gzip, "zlib: \(message) at compressed byte \(consumed), after \(output.count) inflated bytes")
            }
        }
    }

    /// One gzip member holding `pieces` one after another.
    static func deflate(_ pieces: [UnsafeRawBufferPointer], level: Int) throws(NIfTIError) -> NIfTIByteBuffer {
        var stream = z_stream()
        guard deflateInit2_(&stream, Int32(max(0, min(9, level))), Z_DEFLATED, gzipWindowBits, 8, Z_DEFAULT_STRATEGY,
                            ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw NIfTIError(.gzip, "zlib could not start deflating")
        }
        defer { deflateEnd(&stream) }
        let total = pieces.reduce(0) { $0 + $1.count }
        let output = NIfTIByteBuffer(capacity: Int(deflateBound(&stream, uLong(total))) + 64)
        let pieces = pieces.filter { $0.count > 0 }
        for (index, input) in pieces.enumerated() {
            var consumed = 0
            while true {
                let offered = min(chunk, input.count - consumed)
                let finish = index == pieces.count - 1 && consumed + offered == input.count
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress!.advanced(by: consumed).assumingMemoryBound(to: UInt8.self))
                stream.avail_in = uInt(offered)
                output.reserve(1 << 20)
                let room = min(chunk, output.capacity - output.count)
                stream.next_out = output.pointer.advanced(by: output.count).assumingMemoryBound(to: UInt8.self)
                stream.avail_out = uInt(room)
                let status = CFacelessZlib.deflate(&stream, finish ? Z_FINISH : Z_NO_FLUSH)
                consumed += offered - Int(stream.avail_in)
                output.count += room - Int(stream.avail_out)
                if status == Z_STREAM_END { return output }
                guard status == Z_OK || status == Z_BUF_ERROR else {
                    throw NIfTIError(.gzip, "zlib deflate failed (status \(status))")
                }
                // This piece is used up (and it is not the last): go on with the next one.
                if !finish && consumed == input.count && stream.avail_out > 0 { break }
            }
        }
        throw NIfTIError(.gzip, "zlib deflate did not finish")
    }
}
