import CFacelessZlib
import Foundation

/// Encodes data sets into bytes in a given transfer syntax.
///
/// Output is deterministic: the same data set gives the same bytes. Lengths are
/// computed, never trusted; sequences and items keep the defined or undefined length
/// they were read with; odd values are padded to even length with the VR's padding byte.
struct DataSetWriter {
    var output: [UInt8] = []
    let explicitVR: Bool
    let order: ByteOrder

    init(explicitVR: Bool, order: ByteOrder, capacity: Int = 0) {
        self.explicitVR = explicitVR
        self.order = order
        output.reserveCapacity(capacity)
    }

    mutating func append16(_ value: UInt16) {
        let v = order == .littleEndian ? value.littleEndian : value.bigEndian
        withUnsafeBytes(of: v) { output.append(contentsOf: $0) }
    }

    mutating func append32(_ value: UInt32) {
        let v = order == .littleEndian ? value.littleEndian : value.bigEndian
        withUnsafeBytes(of: v) { output.append(contentsOf: $0) }
    }

    mutating func appendTag(_ tag: Tag) {
        append16(tag.group)
        append16(tag.element)
    }

    /// Encodes every element of `dataSet`.
    mutating func write(_ dataSet: DataSet) throws(DICOMError) {
        for element in dataSet.elements {
            try write(element, from: dataSet.byteOrder)
        }
    }

    mutating func write(_ element: DataElement, from sourceOrder: ByteOrder) throws(DICOMError) {
        switch element.value {
        case .sequence(let items):
            writeHeader(element.tag, vr: .SQ, length: element.hasUndefinedLength ? 0xFFFF_FFFF : nil)
            let lengthOffset = output.count - 4
            let start = output.count
            for item in items {
                appendTag(.item)
                append32(item.hasUndefinedLength ? 0xFFFF_FFFF : 0)
                let itemLengthOffset = output.count - 4
                let itemStart = output.count
                try write(item)
                if item.hasUndefinedLength {
                    appendTag(.itemDelimitationItem)
                    append32(0)
                } else {
                    try patchLength(at: itemLengthOffset, length: output.count - itemStart, tag: element.tag)
                }
            }
            if element.hasUndefinedLength {
                appendTag(.sequenceDelimitationItem)
                append32(0)
            } else {
                try patchLength(at: lengthOffset, length: output.count - start, tag: element.tag)
            }
        case .encapsulated(let data):
            writeHeader(element.tag, vr: element.vr, length: 0xFFFF_FFFF)
            // Item tags and lengths inside are little-endian in every encapsulated syntax.
            data.withUnsafeBytes { output.append(contentsOf: $0) }
            appendTag(.sequenceDelimitationItem)
            append32(0)
        case .bytes(let data):
            let padded = data.count % 2 == 1
            let length = data.count + (padded ? 1 : 0)
            guard length <= 0xFFFF_FFFE else {
                throw DICOMError(.unencodable, at: output.count, "value of \(element.tag) is too long to encode")
            }
            // A value too long for a 16-bit length is written as UN (PS3.5 §6.2.2 Note 4).
            let vr = element.wasReadAsUN || (explicitVR && !element.vr.hasLongExplicitLength && length > 0xFFFF) ? VR.UN : element.vr
            writeHeader(element.tag, vr: vr, length: UInt32(length))
            appendValue(data, vr: element.vr, from: sourceOrder)
            if padded { output.append(element.vr.paddingByte) }
        }
    }

    private mutating func writeHeader(_ tag: Tag, vr: VR, length: UInt32?) {
        appendTag(tag)
        if explicitVR {
            let (a, b) = vr.bytes
            output.append(a)
            output.append(b)
            if vr.hasLongExplicitLength {
                output.append(0)
                output.append(0)
                append32(length ?? 0)
            } else {
                append16(UInt16(truncatingIfNeeded: length ?? 0))
            }
        } else {
            append32(length ?? 0)
        }
    }

    private mutating func patchLength(at offset: Int, length: Int, tag: Tag) throws(DICOMError) {
        guard length < 0xFFFF_FFFF else {
            throw DICOMError(.unencodable, at: offset, "sequence \(tag) is too long for a defined length")
        }
        let v = order == .littleEndian ? UInt32(length).littleEndian : UInt32(length).bigEndian
        withUnsafeBytes(of: v) { bytes in
            for i in 0..<4 { output[offset + i] = bytes[i] }
        }
    }

    /// Appends value bytes, swapping each number when the byte order changes.
    private mutating func appendValue(_ data: Data, vr: VR, from sourceOrder: ByteOrder) {
        let start = output.count
        data.withUnsafeBytes { output.append(contentsOf: $0) }
        guard sourceOrder != order else { return }
        output.withUnsafeMutableBytes { buffer in
            ByteSwapping.reverseWords(UnsafeMutableRawBufferPointer(rebasing: buffer[start...]), width: ByteSwapping.width(of: vr))
        }
    }
}

extension DICOMFile {
    /// The implementation class UID written in (0002,0012); a fixed UUID-derived UID
    /// under 2.25 (PS3.5 §B.2) that names Faceless.
    public static let implementationClassUID = "2.25.178402364539829458131374652386815104953"
    /// The implementation version name written in (0002,0013).
    public static let implementationVersionName = "FACELESS_0_1"

    /// The file's bytes as a Part 10 file: 128-byte preamble, "DICM", the file meta
    /// group with a correct group length, then the data set in `syntax` (by default
    /// the one it was read with). Meta elements the file lacks are filled in from the
    /// data set; elements it has are kept as they are except the transfer syntax.
    public func serialized(as syntax: TransferSyntax? = nil) throws(DICOMError) -> Data {
        Data(try serializedBytes(as: syntax))
    }

    /// The Part 10 bytes, built in one buffer: preamble, meta group, then the data set (the
    /// pixel data is copied once, into that buffer).
    func serializedBytes(as syntax: TransferSyntax? = nil) throws(DICOMError) -> [UInt8] {
        let syntax = syntax ?? transferSyntax
        if !syntax.isEncapsulated, dataSet.elements.contains(where: { if case .encapsulated = $0.value { true } else { false } }) {
            throw DICOMError(.unencodable, at: 0, "encapsulated pixel data cannot be written in \(syntax.uid) without decoding it")
        }
        var metaBody = DataSetWriter(explicitVR: true, order: .littleEndian)
        try metaBody.write(completedMeta(for: syntax))
        var groupLength = DataSet()
        withUnsafeBytes(of: UInt32(metaBody.output.count).littleEndian) {
            groupLength.set(DataElement(tag: Tag(0x0002, 0x0000), vr: .UL, value: .bytes(Data($0))))
        }
        var head = DataSetWriter(explicitVR: true, order: .littleEndian, capacity: 512)
        let preambleBytes = preamble.map { [UInt8]($0) } ?? []
        head.output.append(contentsOf: preambleBytes.count == 128 ? preambleBytes : [UInt8](repeating: 0, count: 128))
        head.output.append(contentsOf: Array("DICM".utf8))
        try head.write(groupLength)
        head.output.append(contentsOf: metaBody.output)

        var body = DataSetWriter(explicitVR: syntax.isExplicitVR, order: syntax.byteOrder,
                                 capacity: (syntax.isDeflated ? 0 : head.output.count) + estimatedSize(dataSet))
        if syntax.isDeflated {
            try body.write(dataSet)
            return head.output + (try Self.deflate(body.output))
        }
        body.output.append(contentsOf: head.output)
        try body.write(dataSet)
        return body.output
    }

    /// The meta group to write: the file's own elements (minus the group length, which is
    /// recomputed), with the transfer syntax set and missing required elements filled in.
    func completedMeta(for syntax: TransferSyntax) -> DataSet {
        var meta = self.meta
        meta.byteOrder = .littleEndian
        meta.remove(Tag(0x0002, 0x0000))
        func setText(_ tag: Tag, _ vr: VR, _ text: String) {
            var bytes = Data(text.utf8)
            if bytes.count % 2 == 1 { bytes.append(vr.paddingByte) }
            meta.set(DataElement(tag: tag, vr: vr, value: .bytes(bytes)))
        }
        if !meta.contains(Tag(0x0002, 0x0001)) {
            meta.set(DataElement(tag: Tag(0x0002, 0x0001), vr: .OB, value: .bytes(Data([0x00, 0x01]))))
        }
        if !meta.contains(Tag(0x0002, 0x0002)), let sopClass = dataSet.string(Tag(0x0008, 0x0016)) {
            setText(Tag(0x0002, 0x0002), .UI, sopClass)
        }
        if !meta.contains(Tag(0x0002, 0x0003)), let instance = dataSet.string(Tag(0x0008, 0x0018)) {
            setText(Tag(0x0002, 0x0003), .UI, instance)
        }
        if meta.string(Tag(0x0002, 0x0010)) != syntax.uid {
            setText(Tag(0x0002, 0x0010), .UI, syntax.uid)
        }
        if !meta.contains(Tag(0x0002, 0x0012)) {
            setText(Tag(0x0002, 0x0012), .UI, Self.implementationClassUID)
            if !meta.contains(Tag(0x0002, 0x0013)) { setText(Tag(0x0002, 0x0013), .SH, Self.implementationVersionName) }
        }
        return meta
    }

    /// Writes the file atomically (`AtomicFile`): to a temporary name in the same folder, then
    /// renamed; missing folders are created.
    public func write(to url: URL, as syntax: TransferSyntax? = nil) throws(DICOMError) {
        let bytes = try serializedBytes(as: syntax)
        var failure: DICOMError?
        bytes.withUnsafeBytes { raw in
            do throws(DICOMError) { try AtomicFile.write(raw, to: url) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    private func estimatedSize(_ dataSet: DataSet) -> Int {
        dataSet.elements.reduce(0) { $0 + 12 + $1.valueLength }
    }

    static func deflate(_ input: [UInt8]) throws(DICOMError) -> [UInt8] {
        var stream = z_stream()
        guard deflateInit2_(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY,
                            ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw DICOMError(.badDeflate, at: 0, "zlib could not start")
        }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(input.count))) + 16)
        let status: Int32 = input.withUnsafeBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                stream.next_in = UnsafeMutablePointer(mutating: inBuffer.baseAddress)
                stream.avail_in = uInt(inBuffer.count)
                stream.next_out = outBuffer.baseAddress
                stream.avail_out = uInt(outBuffer.count)
                return CFacelessZlib.deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { throw DICOMError(.badDeflate, at: 0, "zlib deflate failed (\(status))") }
        output.removeLast(output.count - Int(stream.total_out))
        if output.count % 2 == 1 { output.append(0) }
        return output
    }
}
