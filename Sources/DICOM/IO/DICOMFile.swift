import CFacelessZlib
import Foundation

/// A DICOM Part 10 file, or a bare data set read as one: preamble, file meta
/// information (group 0002) and the data set.
public struct DICOMFile: Sendable {
    /// The 128-byte preamble, or nil when the file had none.
    public var preamble: Data?
    /// The file meta information elements (group 0002), always Explicit VR Little Endian.
    public var meta: DataSet
    /// The data set after the file meta information.
    public var dataSet: DataSet
    /// The syntax the data set was read with (from the meta, or inferred as pydicom does).
    public var transferSyntax: TransferSyntax
    /// Defects the reader tolerated.
    public var warnings: [ReadWarning]
    /// True when reading stopped at the pixel data (header scans).
    public private(set) var endedAtPixelData = false

    public init(preamble: Data? = Data(count: 128), meta: DataSet, dataSet: DataSet,
                transferSyntax: TransferSyntax, warnings: [ReadWarning] = []) {
        self.preamble = preamble
        self.meta = meta
        self.dataSet = dataSet
        self.transferSyntax = transferSyntax
        self.warnings = warnings
    }

    /// Options for reading.
    public struct ReadOptions: Sendable {
        /// Stop before (7FE0,0010) Pixel Data (and Float/Double Float Pixel Data) for fast header scans.
        public var stopBeforePixelData: Bool
        public init(stopBeforePixelData: Bool = false) {
            self.stopBeforePixelData = stopBeforePixelData
        }
    }

    /// Reads a file. The file is memory-mapped: pixel data stays in the mapping and is
    /// paged in only when used.
    public init(contentsOf url: URL, options: ReadOptions = .init()) throws(DICOMError) {
        let (size, prefix) = try Self.openAndReadPrefix(url, count: options.stopBeforePixelData ? Self.headerPrefixSize : 0)
        // A header scan reads only the first bytes; if the header goes on past them, the whole file.
        if options.stopBeforePixelData {
            if prefix.count == size {
                try self.init(data: prefix, options: options)
                return
            }
            if let file = try? DICOMFile(data: prefix, options: options), file.endedAtPixelData {
                self = file
                return
            }
        }
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .alwaysMapped)
        } catch {
            throw DICOMError(.io, at: 0, "cannot read \(url.path): \(error.localizedDescription)")
        }
        try self.init(data: data, options: options)
    }

    /// How much a header scan reads first: enough for most CT and MR headers; a longer
    /// header is read again from the mapped file.
    static let headerPrefixSize = 16 * 1024

    /// Opens `url` with POSIX calls (no Foundation path round trips on this hot path), checks it
    /// is a regular file, and reads up to `count` bytes. Returns the file size and those bytes.
    private static func openAndReadPrefix(_ url: URL, count: Int) throws(DICOMError) -> (Int, Data) {
        let result: Result<(Int, Data), DICOMError> = url.withUnsafeFileSystemRepresentation { path in
            guard let path else { return .failure(DICOMError(.io, at: 0, "not a file path: \(url)")) }
            let fd = open(path, O_RDONLY)
            guard fd >= 0 else {
                let reason = String(cString: strerror(errno))
                return .failure(DICOMError(.io, at: 0, "cannot open \(url.path): \(reason)"))
            }
            defer { close(fd) }
            var info = stat()
            guard fstat(fd, &info) == 0 else { return .failure(DICOMError(.io, at: 0, "cannot stat \(url.path)")) }
            if info.st_mode & S_IFMT == S_IFDIR {
                return .failure(DICOMError(.io, at: 0, "is a folder, not a file: \(url.path)"))
            }
            let size = Int(info.st_size)
            let wanted = min(count, size)
            guard wanted > 0 else { return .success((size, Data())) }
            // Uninitialised on purpose: zero-filling the buffer cost more than parsing the header.
            guard let buffer = malloc(wanted) else { return .failure(DICOMError(.io, at: 0, "out of memory")) }
            let got = read(fd, buffer, wanted)
            guard got >= 0 else {
                free(buffer)
                return .failure(DICOMError(.io, at: 0, "cannot read \(url.path)"))
            }
            return .success((size, Data(bytesNoCopy: buffer, count: got, deallocator: .free)))
        }
        return try result.get()
    }

    /// Reads from bytes in memory. Values of the result share `data`'s storage.
    public init(data: Data, options: ReadOptions = .init()) throws(DICOMError) {
        let result: Result<DICOMFile, DICOMError> = data.withUnsafeBytes { raw in
            do throws(DICOMError) {
                return .success(try DICOMFile.parse(data: data, bytes: raw, options: options))
            } catch {
                return .failure(error)
            }
        }
        self = try result.get()
    }

    private static func parse(data: Data, bytes: UnsafeRawBufferPointer, options: ReadOptions) throws(DICOMError) -> DICOMFile {
        var parser = DataSetParser(data: data, bytes: bytes)
        guard !bytes.isEmpty else { throw DICOMError(.notDICOM, at: 0, "the file is empty") }

        // Preamble and magic, or a bare data set that starts with a plausible element.
        var offset = 0
        var preamble: Data?
        if bytes.count >= 132, bytes[128] == 0x44, bytes[129] == 0x49, bytes[130] == 0x43, bytes[131] == 0x4D {
            preamble = parser.slice(0, 128)
            offset = 132
        } else if !startsWithPlausibleElement(bytes) {
            throw DICOMError(.notDICOM, at: 128, "no 'DICM' prefix after a 128-byte preamble and no data element at the start")
        }

        // File meta information: Explicit VR Little Endian, unless it evidently is not.
        let meta = try parser.readDataSet(offset: &offset, extent: .until(bytes.count), explicitVR: true,
                                          order: .littleEndian, depth: 0, isItem: false, stopAtGroupOtherThan: 0x0002)
        let metaEnd = offset
        if let groupLength = meta[Tag(0x0002, 0x0000)], let value = groupLength.bytes, value.count == 4 {
            let stated = Int(value.withUnsafeBytes { UInt32(littleEndian: $0.loadUnaligned(as: UInt32.self)) })
            let metaStart = preamble == nil ? 0 : 132
            if stated != metaEnd - metaStart - 12 {
                parser.warn(metaStart, "File Meta Information Group Length is \(stated) but the group holds \(metaEnd - metaStart - 12) bytes")
            }
        }

        // The transfer syntax: from the meta, or guessed from the first element.
        let syntax: TransferSyntax
        if let uidBytes = meta[Tag(0x0002, 0x0010)]?.bytes, !uidBytes.isEmpty {
            syntax = TransferSyntax(uid: String(decoding: uidBytes, as: UTF8.self))
            if !syntax.isKnown { parser.warn(metaEnd, "unknown transfer syntax \(syntax.uid); read as Explicit VR Little Endian") }
        } else if offset + 6 <= bytes.count {
            syntax = guessSyntax(parser: parser, at: offset)
            parser.warn(offset, "no Transfer Syntax UID in the file meta; guessed \(syntax.uid)")
        } else {
            syntax = .implicitVRLittleEndian
        }

        parser.stopBeforePixelData = options.stopBeforePixelData
        var dataSet: DataSet
        if syntax.isDeflated {
            let inflated = try inflate(parser.slice(offset, bytes.count), at: offset)
            let parsed: Result<(DataSet, [ReadWarning], Bool), DICOMError> = inflated.withUnsafeBytes { raw in
                var inner = DataSetParser(data: inflated, bytes: raw)
                inner.stopBeforePixelData = options.stopBeforePixelData
                var innerOffset = 0
                do throws(DICOMError) {
                    let dataSet = try inner.readTopLevel(offset: &innerOffset, syntax: syntax)
                    return .success((dataSet, inner.warnings, inner.stoppedAtPixelData))
                } catch {
                    return .failure(error)
                }
            }
            let (inner, innerWarnings, innerStopped) = try parsed.get()
            dataSet = inner
            parser.warnings += innerWarnings
            parser.stoppedAtPixelData = innerStopped
        } else {
            dataSet = try parser.readTopLevel(offset: &offset, syntax: syntax)
        }
        dataSet.resolveAmbiguousVRs(explicitVR: syntax.isExplicitVR)
        var file = DICOMFile(preamble: preamble, meta: meta, dataSet: dataSet, transferSyntax: syntax, warnings: parser.warnings)
        file.endedAtPixelData = parser.stoppedAtPixelData
        return file
    }

    /// A bare data set (no preamble) must open with a tag of group 0000–0008, in either byte order.
    private static func startsWithPlausibleElement(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard bytes.count >= 8 else { return false }
        let littleGroup = UInt16(bytes[0]) | UInt16(bytes[1]) << 8
        let bigGroup = UInt16(bytes[0]) << 8 | UInt16(bytes[1])
        return littleGroup <= 0x0008 || (0x0002...0x0008).contains(bigGroup)
    }

    /// pydicom's rule for files without a transfer syntax: a valid VR in the first element
    /// means explicit VR; then a group of 1024 or more read little-endian means big-endian.
    private static func guessSyntax(parser: DataSetParser, at offset: Int) -> TransferSyntax {
        let bytes = parser.bytes
        guard VR(byte0: bytes[offset + 4], byte1: bytes[offset + 5]) != nil else { return .implicitVRLittleEndian }
        return parser.u16(offset, .littleEndian) >= 1024 ? .explicitVRBigEndian : .explicitVRLittleEndian
    }

    private static func inflate(_ compressed: Data, at offset: Int) throws(DICOMError) -> Data {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw DICOMError(.badDeflate, at: offset, "zlib could not start")
        }
        defer { inflateEnd(&stream) }
        var output = Data()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        let status: Int32 = compressed.withUnsafeBytes { input in
            stream.next_in = UnsafeMutablePointer(mutating: input.bindMemory(to: UInt8.self).baseAddress)
            stream.avail_in = uInt(input.count)
            var status = Z_OK
            while status == Z_OK {
                chunk.withUnsafeMutableBufferPointer { buffer in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = uInt(buffer.count)
                    status = CFacelessZlib.inflate(&stream, Z_NO_FLUSH)
                    output.append(buffer.baseAddress!, count: buffer.count - Int(stream.avail_out))
                }
                // Input used up without an end marker: keep what inflated (pydicom does too).
                if status == Z_BUF_ERROR || (status == Z_OK && stream.avail_in == 0 && stream.avail_out > 0) { break }
            }
            return status
        }
        guard status == Z_STREAM_END || status == Z_OK || status == Z_BUF_ERROR else {
            throw DICOMError(.badDeflate, at: offset + Int(stream.total_in), "zlib: \(stream.msg.map { String(cString: $0) } ?? "status \(status)")")
        }
        return output
    }
}

extension DataSetParser {
    /// The top-level data set in `syntax`.
    mutating func readTopLevel(offset: inout Int, syntax: TransferSyntax) throws(DICOMError) -> DataSet {
        try readDataSet(offset: &offset, extent: .until(bytes.count), explicitVR: syntax.isExplicitVR,
                        order: syntax.byteOrder, depth: 0, isItem: false)
    }
}
