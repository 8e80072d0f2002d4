import CFacelessZlib
import Foundation

/// A test volume file that could not be read.
public struct TestVolumeError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// gzip inflation (zlib) and a minimal ustar/GNU tar reader, for the InVesalius project archive.
enum TestVolumeArchive {
    /// One regular file of a tar archive.
    struct Member {
        let name: String
        let data: Data
    }

    /// Inflates a gzip stream (one or more concatenated members) into memory.
    static func gunzip(_ input: Data) throws(TestVolumeError) -> Data {
        guard input.count >= 18, input[input.startIndex] == 0x1F, input[input.startIndex + 1] == 0x8B else {
            throw TestVolumeError("not a gzip stream (no 1F 8B magic)")
        }
        var stream = z_stream()
        // 15 + 16: a gzip wrapper only.
        guard inflateInit2_(&stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw TestVolumeError("zlib could not start")
        }
        defer { inflateEnd(&stream) }
        var output = Data()
        let chunkSize = 1 << 20
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        let failure: TestVolumeError? = input.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> TestVolumeError? in
            let base = raw.bindMemory(to: UInt8.self).baseAddress!
            var consumed = 0
            while true {
                stream.next_in = UnsafeMutablePointer(mutating: base + consumed)
                stream.avail_in = uInt(raw.count - consumed)
                let status: Int32 = chunk.withUnsafeMutableBufferPointer { out in
                    stream.next_out = out.baseAddress
                    stream.avail_out = uInt(chunkSize)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunkSize - Int(stream.avail_out)
                output.append(contentsOf: chunk[0..<produced])
                consumed = raw.count - Int(stream.avail_in)
                switch status {
                case Z_OK:
                    if produced == 0 && stream.avail_in == 0 { return TestVolumeError("gzip stream truncated after \(output.count) bytes") }
                case Z_STREAM_END:
                    // Another gzip member may follow (concatenated streams); trailing zeros are padding.
                    let rest = raw[consumed...]
                    if rest.count >= 2, rest[rest.startIndex] == 0x1F, rest[rest.startIndex + 1] == 0x8B {
                        guard inflateReset(&stream) == Z_OK else { return TestVolumeError("zlib could not restart") }
                        continue
                    }
                    return nil
                case Z_BUF_ERROR:
                    if stream.avail_in == 0 { return TestVolumeError("gzip stream truncated after \(output.count) bytes") }
                default:
                    let reason = stream.msg.map { String(cString: $0) } ?? "status \(status)"
                    return TestVolumeError("gzip data damaged at input byte \(consumed): \(reason)")
                }
            }
        }
        if let failure { throw failure }
        return output
    }

    /// The regular files of a tar archive (ustar, with GNU long names and pax path records).
    static func tarMembers(_ archive: Data) throws(TestVolumeError) -> [Member] {
        let bytes = [UInt8](archive)
        var members: [Member] = []
        var offset = 0
        var pendingLongName: String?
        while offset + 512 <= bytes.count {
            let header = Array(bytes[offset..<(offset + 512)])
            if header.allSatisfy({ $0 == 0 }) { break }  // end-of-archive marker
            guard verifyChecksum(header) else { throw TestVolumeError("tar header checksum wrong at byte \(offset)") }
            let size = try number(header[124..<136], at: offset + 124)
            let type = header[156]
            let dataStart = offset + 512
            guard size >= 0, dataStart + size <= bytes.count else {
                throw TestVolumeError("tar member at byte \(offset) runs past the end of the archive")
            }
            let payload = bytes[dataStart..<(dataStart + size)]
            var name = text(header[0..<100])
            if header[257..<262].elementsEqual(Array("ustar".utf8)) {
                let prefix = text(header[345..<500])
                if !prefix.isEmpty { name = prefix + "/" + name }
            }
            switch type {
            case UInt8(ascii: "L"):  // GNU long name for the next member
                pendingLongName = text(payload)
            case UInt8(ascii: "x"):  // pax extended header: only "path" matters here
                pendingLongName = paxPath(payload) ?? pendingLongName
            case 0, UInt8(ascii: "0"), UInt8(ascii: "7"):
                members.append(Member(name: pendingLongName ?? name, data: Data(payload)))
                pendingLongName = nil
            default:
                pendingLongName = nil  // folders, links, global headers
            }
            offset = dataStart + (size + 511) / 512 * 512
        }
        return members
    }

    private static func text(_ field: ArraySlice<UInt8>) -> String {
        String(decoding: field.prefix { $0 != 0 }, as: UTF8.self)
    }

    /// An octal field, or GNU base-256 when the high bit of the first byte is set.
    private static func number(_ field: ArraySlice<UInt8>, at offset: Int) throws(TestVolumeError) -> Int {
        if let first = field.first, first & 0x80 != 0 {
            var value = Int(first & 0x7F)
            for byte in field.dropFirst() { value = value << 8 | Int(byte) }
            return value
        }
        let digits = text(field).trimmingCharacters(in: .whitespaces)
        if digits.isEmpty { return 0 }
        guard let value = Int(digits, radix: 8) else { throw TestVolumeError("bad tar number '\(digits)' at byte \(offset)") }
        return value
    }

    private static func verifyChecksum(_ header: [UInt8]) -> Bool {
        let stated = Int(text(header[148..<156]).trimmingCharacters(in: .whitespaces), radix: 8)
        var sum = 0
        for (i, byte) in header.enumerated() { sum += (148..<156).contains(i) ? 32 : Int(byte) }
        return stated == sum
    }

    /// The "path" record of a pax header ("LEN path=VALUE\n" records).
    private static func paxPath(_ payload: ArraySlice<UInt8>) -> String? {
        for record in String(decoding: payload, as: UTF8.self).split(separator: "\n") {
            guard let space = record.firstIndex(of: " ") else { continue }
            let keyValue = record[record.index(after: space)...]
            if keyValue.hasPrefix("path=") { return String(keyValue.dropFirst(5)) }
        }
        return nil
    }
}
