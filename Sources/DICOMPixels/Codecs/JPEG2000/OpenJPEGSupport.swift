import COpenJPEG
import DICOM
import Foundation

/// `opj_codec_t` and `opj_stream_t` are `void *` typedefs, so the API passes pointers to them.
typealias OpenJPEGCodecPointer = UnsafeMutablePointer<opj_codec_t?>
typealias OpenJPEGStreamPointer = UnsafeMutablePointer<opj_stream_t?>

/// Collects OpenJPEG's error and warning messages. OpenJPEG reports problems only through
/// these callbacks (it never longjmps), so the codec reads them back after a failed call.
final class OpenJPEGMessages {
    var errors: [String] = []
    var warnings: [String] = []

    /// Installs this collector's handlers on `codec`; the collector must outlive the codec's use.
    func install(on codec: OpenJPEGCodecPointer) {
        let context = Unmanaged.passUnretained(self).toOpaque()
        opj_set_error_handler(codec, { message, context in
            guard let message, let context else { return }
            Unmanaged<OpenJPEGMessages>.fromOpaque(context).takeUnretainedValue().errors.append(OpenJPEGMessages.clean(message))
        }, context)
        opj_set_warning_handler(codec, { message, context in
            guard let message, let context else { return }
            Unmanaged<OpenJPEGMessages>.fromOpaque(context).takeUnretainedValue().warnings.append(OpenJPEGMessages.clean(message))
        }, context)
        // Info messages are progress chatter; dropping them keeps stderr quiet.
        opj_set_info_handler(codec, { _, _ in }, nil)
    }

    private static func clean(_ message: UnsafePointer<CChar>) -> String {
        String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A `PixelDataError` carrying what OpenJPEG said, or `fallback` if it said nothing.
    func error(_ kind: PixelDataError.Kind, _ fallback: String) -> PixelDataError {
        let said = errors.isEmpty ? warnings : errors
        return PixelDataError(kind, said.isEmpty ? fallback : "OpenJPEG: " + said.prefix(4).joined(separator: "; "))
    }
}

/// An in-memory source for `opj_stream_t`: OpenJPEG pulls bytes through C callbacks that
/// receive this struct's address as their user data.
struct OpenJPEGReader {
    var base: UnsafeRawPointer
    var count: Int
    var position = 0

    /// A read stream over `reader`, which must stay at a fixed address while the stream is used.
    static func stream(_ reader: UnsafeMutablePointer<OpenJPEGReader>) -> OpenJPEGStreamPointer? {
        guard let stream = opj_stream_create(64 * 1024, 1) else { return nil }
        opj_stream_set_read_function(stream) { buffer, size, user in
            let reader = user!.assumingMemoryBound(to: OpenJPEGReader.self)
            let available = reader.pointee.count - reader.pointee.position
            // (OPJ_SIZE_T)-1 is the end-of-stream signal; OPJ_SIZE_T imports as Int, so -1, not .max.
            guard available > 0, let buffer else { return -1 }
            let length = min(Int(size), available)
            buffer.copyMemory(from: reader.pointee.base + reader.pointee.position, byteCount: length)
            reader.pointee.position += length
            return OPJ_SIZE_T(length)
        }
        opj_stream_set_skip_function(stream) { offset, user in
            let reader = user!.assumingMemoryBound(to: OpenJPEGReader.self)
            let target = reader.pointee.position + Int(offset)
            guard target >= 0 else { return -1 }
            let clamped = min(target, reader.pointee.count)
            let skipped = clamped - reader.pointee.position
            reader.pointee.position = clamped
            return OPJ_OFF_T(skipped)
        }
        opj_stream_set_seek_function(stream) { offset, user in
            let reader = user!.assumingMemoryBound(to: OpenJPEGReader.self)
            guard offset >= 0, Int(offset) <= reader.pointee.count else { return 0 }
            reader.pointee.position = Int(offset)
            return 1
        }
        opj_stream_set_user_data(stream, UnsafeMutableRawPointer(reader), nil)
        opj_stream_set_user_data_length(stream, UInt64(reader.pointee.count))
        return stream
    }
}

/// An in-memory, growable sink for `opj_stream_t` (the encoder seeks back to patch lengths).
final class OpenJPEGWriter {
    var bytes: [UInt8] = []
    var position = 0

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    /// A write stream into this writer, which must outlive the stream.
    func stream() -> OpenJPEGStreamPointer? {
        guard let stream = opj_stream_create(1 << 20, 0) else { return nil }
        opj_stream_set_write_function(stream) { buffer, size, user in
            let writer = Unmanaged<OpenJPEGWriter>.fromOpaque(user!).takeUnretainedValue()
            guard let buffer else { return -1 }
            let end = writer.position + Int(size)
            if end > writer.bytes.count { writer.bytes.append(contentsOf: repeatElement(0, count: end - writer.bytes.count)) }
            writer.bytes.withUnsafeMutableBytes { out in
                (out.baseAddress! + writer.position).copyMemory(from: buffer, byteCount: Int(size))
            }
            writer.position = end
            return size
        }
        opj_stream_set_skip_function(stream) { offset, user in
            let writer = Unmanaged<OpenJPEGWriter>.fromOpaque(user!).takeUnretainedValue()
            guard writer.position + Int(offset) >= 0 else { return -1 }
            writer.position += Int(offset)
            return offset
        }
        opj_stream_set_seek_function(stream) { offset, user in
            let writer = Unmanaged<OpenJPEGWriter>.fromOpaque(user!).takeUnretainedValue()
            guard offset >= 0 else { return 0 }
            writer.position = Int(offset)
            return 1
        }
        opj_stream_set_user_data(stream, Unmanaged.passUnretained(self).toOpaque(), nil)
        return stream
    }
}
