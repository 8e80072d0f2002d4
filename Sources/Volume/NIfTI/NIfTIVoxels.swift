import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Voxel data between file bytes and arrays: one bulk copy, then an in-place byte swap when
/// the file's order is not the host's; conversions in one pass with no per-voxel allocation.
enum NIfTIVoxelCopy {
    /// `count` voxels of T copied from `source`, byte-swapped when `swapped`.
    static func copy<T: BitwiseCopyable>(_ source: UnsafeRawBufferPointer, _ count: Int, swapped: Bool, as _: T.Type) -> [T] {
        [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            let raw = UnsafeMutableRawBufferPointer(buffer)
            raw.copyMemory(from: UnsafeRawBufferPointer(rebasing: source.prefix(count * MemoryLayout<T>.stride)))
            if swapped { swapInPlace(raw, width: MemoryLayout<T>.size) }
            initialized = count
        }
    }

    /// Reverses the bytes of each `width`-byte value in place.
    static func swapInPlace(_ raw: UnsafeMutableRawBufferPointer, width: Int) {
        guard let base = raw.baseAddress else { return }
        switch width {
        case 2:
            let values = base.assumingMemoryBound(to: UInt16.self)
            for i in 0..<(raw.count / 2) { values[i] = values[i].byteSwapped }
        case 4:
            let values = base.assumingMemoryBound(to: UInt32.self)
            for i in 0..<(raw.count / 4) { values[i] = values[i].byteSwapped }
        case 8:
            let values = base.assumingMemoryBound(to: UInt64.self)
            for i in 0..<(raw.count / 8) { values[i] = values[i].byteSwapped }
        default:
            break
        }
    }

    /// Single-byte integers widened to a larger type.
    static func widen<S: FixedWidthInteger, T: FixedWidthInteger>(_ source: UnsafeRawBufferPointer, _ count: Int,
                                                                  from _: S.Type, to _: T.Type) -> [T] {
        [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            for i in 0..<count { buffer[i] = T(source.loadUnaligned(fromByteOffset: i * MemoryLayout<S>.size, as: S.self)) }
            initialized = count
        }
    }

    /// Integers of type S as Float (rounded to nearest beyond 2^24).
    static func integersToFloat<S: FixedWidthInteger>(_ source: UnsafeRawBufferPointer, _ count: Int, swapped: Bool,
                                                      from _: S.Type) -> [Float] {
        [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
            let width = MemoryLayout<S>.size
            for i in 0..<count {
                let value = source.loadUnaligned(fromByteOffset: i * width, as: S.self)
                buffer[i] = Float(swapped ? value.byteSwapped : value)
            }
            initialized = count
        }
    }

    /// float64 as Float (nearest; out-of-range values become ±infinity).
    static func doublesToFloat(_ source: UnsafeRawBufferPointer, _ count: Int, swapped: Bool) -> [Float] {
        [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
            for i in 0..<count {
                let bits = source.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)
                buffer[i] = Float(Double(bitPattern: swapped ? bits.byteSwapped : bits))
            }
            initialized = count
        }
    }
}

/// File output for the writer.
enum NIfTIFileIO {
    /// Writes `pieces` one after another to a temporary file next to `url`, then renames it over `url`.
    static func writeAtomically(_ pieces: [UnsafeRawBufferPointer], to url: URL) throws(NIfTIError) {
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp").path
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure("cannot create \(temporary)") }
        for bytes in pieces where bytes.count > 0 {
            var written = 0
            while written < bytes.count {
                let n = Foundation.write(fd, bytes.baseAddress! + written, min(bytes.count - written, 1 << 30))
                if n < 0 {
                    if errno == EINTR { continue }
                    let error = failure("cannot write \(temporary)")
                    close(fd)
                    unlink(temporary)
                    throw error
                }
                written += n
            }
        }
        guard close(fd) == 0 else {
            let error = failure("cannot close \(temporary)")
            unlink(temporary)
            throw error
        }
        guard rename(temporary, url.path) == 0 else {
            let error = failure("cannot rename \(temporary) to \(url.path)")
            unlink(temporary)
            throw error
        }
    }

    private static func failure(_ what: String) -> NIfTIError {
        NIfTIError(.io, "\(what): \(String(cString: strerror(errno)))")
    }
}
