import Foundation

/// The header fields Faceless reads and writes, widened to Int and Double so NIfTI-1 and
/// NIfTI-2 share one representation. Offsets follow nifti1.h and nifti2.h.
struct NIfTIHeader: Sendable {
    var version: NIfTIVersion = .nifti1
    /// True when the file is big-endian (detected from sizeof_hdr); always false when written.
    var bigEndian = false
    var dim: [Int] = [Int](repeating: 1, count: 8)
    var datatype = 0
    var bitpix = 0
    var pixdim: [Double] = [Double](repeating: 1, count: 8)
    var voxOffset = 0
    var sclSlope = 0.0
    var sclInter = 0.0
    var xyztUnits = 0
    var qformCode = 0
    var sformCode = 0
    /// quatern_b, quatern_c, quatern_d.
    var quatern = SIMD3<Double>(0, 0, 0)
    var qoffset = SIMD3<Double>(0, 0, 0)
    /// srow_x, srow_y, srow_z.
    var srow: [SIMD4<Double>] = [SIMD4(1, 0, 0, 0), SIMD4(0, 1, 0, 0), SIMD4(0, 0, 1, 0)]
    var descrip = ""

    static let nifti2Signature: [UInt8] = [0x6E, 0x2B, 0x32, 0x00, 0x0D, 0x0A, 0x1A, 0x0A]  // "n+2\0\r\n\032\n"

    // MARK: Reading

    /// Parses the header at the start of `bytes` (the whole decompressed file).
    static func parse(_ bytes: UnsafeRawBufferPointer) throws(NIfTIError) -> NIfTIHeader {
        guard bytes.count >= 4 else {
            throw NIfTIError(.truncated, "\(bytes.count) bytes: too short for a NIfTI header")
        }
        let raw = bytes.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        var header = NIfTIHeader()
        switch raw {
        case UInt32(348).littleEndian: header.version = .nifti1; header.bigEndian = false
        case UInt32(348).bigEndian: header.version = .nifti1; header.bigEndian = true
        case UInt32(540).littleEndian: header.version = .nifti2; header.bigEndian = false
        case UInt32(540).bigEndian: header.version = .nifti2; header.bigEndian = true
        default:
            throw NIfTIError(.notNIfTI, "sizeof_hdr is \(Int32(littleEndian: Int32(bitPattern: raw))), not 348 (NIfTI-1) or 540 (NIfTI-2) in either byte order")
        }
        let size = header.version.headerSize
        guard bytes.count >= size else {
            throw NIfTIError(.truncated, "\(bytes.count) bytes: the NIfTI-\(header.version.rawValue) header needs \(size)")
        }
        let reader = NIfTIFieldReader(bytes: bytes, swapped: header.bigEndian != (UInt16(1).bigEndian == 1))
        if header.version == .nifti1 {
            try header.readNIfTI1(reader, bytes)
        } else {
            try header.readNIfTI2(reader, bytes)
        }
        return header
    }

    private mutating func readNIfTI1(_ r: NIfTIFieldReader, _ bytes: UnsafeRawBufferPointer) throws(NIfTIError) {
        let magic = Array(bytes[344..<348])
        if magic == [0x6E, 0x69, 0x31, 0x00] {  // "ni1\0"
            throw NIfTIError(.notNIfTI, "a two-file NIfTI-1 header (.hdr/.img, magic \"ni1\"); only single-file .nii is supported")
        }
        guard magic == [0x6E, 0x2B, 0x31, 0x00] else {  // "n+1\0"
            throw NIfTIError(.notNIfTI, "sizeof_hdr is 348 but the magic is \(Self.printable(magic)), not \"n+1\" (an Analyze 7.5 header?)")
        }
        dim = (0..<8).map { Int(r.i16(40 + 2 * $0)) }
        datatype = Int(r.i16(70))
        bitpix = Int(r.i16(72))
        pixdim = (0..<8).map { Double(r.f32(76 + 4 * $0)) }
        let offset = Double(r.f32(108))
        guard offset.isFinite, offset >= 0, offset < Double(Int32.max) else {
            throw NIfTIError(.badHeader, "vox_offset \(offset) is not a usable byte offset")
        }
        voxOffset = Int(offset)
        sclSlope = Double(r.f32(112))
        sclInter = Double(r.f32(116))
        xyztUnits = Int(bytes[123])
        descrip = Self.string(bytes, 148, 80)
        qformCode = Int(r.i16(252))
        sformCode = Int(r.i16(254))
        quatern = SIMD3(Double(r.f32(256)), Double(r.f32(260)), Double(r.f32(264)))
        qoffset = SIMD3(Double(r.f32(268)), Double(r.f32(272)), Double(r.f32(276)))
        srow = (0..<3).map { row in
            SIMD4((0..<4).map { Double(r.f32(280 + 16 * row + 4 * $0)) })
        }
    }

    private mutating func readNIfTI2(_ r: NIfTIFieldReader, _ bytes: UnsafeRawBufferPointer) throws(NIfTIError) {
        let signature = Array(bytes[4..<12])
        if signature[0..<4] == [0x6E, 0x69, 0x32, 0x00] {  // "ni2\0"
            throw NIfTIError(.notNIfTI, "a two-file NIfTI-2 header (.hdr/.img, magic \"ni2\"); only single-file .nii is supported")
        }
        guard signature[0..<4] == Self.nifti2Signature[0..<4] else {
            throw NIfTIError(.notNIfTI, "sizeof_hdr is 540 but the magic is \(Self.printable(Array(signature[0..<4]))), not \"n+2\"")
        }
        guard signature[4..<8] == Self.nifti2Signature[4..<8] else {
            throw NIfTIError(.badHeader, "the NIfTI-2 end-of-line check bytes are \(Array(signature[4..<8])), not [13, 10, 26, 10]: the file went through a text-mode transfer")
        }
        datatype = Int(r.i16(12))
        bitpix = Int(r.i16(14))
        dim = (0..<8).map { Int(r.i64(16 + 8 * $0)) }
        pixdim = (0..<8).map { r.f64(104 + 8 * $0) }
        let offset = r.i64(168)
        guard offset >= 0 else { throw NIfTIError(.badHeader, "vox_offset \(offset) is negative") }
        voxOffset = Int(offset)
        sclSlope = r.f64(176)
        sclInter = r.f64(184)
        descrip = Self.string(bytes, 240, 80)
        qformCode = Int(r.i32(344))
        sformCode = Int(r.i32(348))
        quatern = SIMD3(r.f64(352), r.f64(360), r.f64(368))
        qoffset = SIMD3(r.f64(376), r.f64(384), r.f64(392))
        srow = (0..<3).map { row in SIMD4((0..<4).map { r.f64(400 + 32 * row + 8 * $0) }) }
        xyztUnits = Int(r.i32(500))
    }

    private static func string(_ bytes: UnsafeRawBufferPointer, _ offset: Int, _ length: Int) -> String {
        let field = bytes[offset..<(offset + length)]
        return String(decoding: field.prefix { $0 != 0 }, as: UTF8.self)
    }

    private static func printable(_ bytes: [UInt8]) -> String {
        "\"" + bytes.map { (0x20..<0x7F).contains($0) ? String(UnicodeScalar($0)) : "\\x" + String($0, radix: 16) }.joined() + "\""
    }

    // MARK: Writing

    /// The little-endian header bytes followed by a zero extension flag: `version.dataOffset` bytes.
    func serialized() -> [UInt8] {
        var w = NIfTIFieldWriter(count: version.dataOffset)
        w.i32(0, Int32(version.headerSize))
        let text = Array(descrip.utf8.prefix(79))
        if version == .nifti1 {
            w.bytes(38, [UInt8(ascii: "r")])  // regular
            for (n, value) in dim.enumerated() { w.i16(40 + 2 * n, Int16(clamping: value)) }
            w.i16(70, Int16(datatype))
            w.i16(72, Int16(bitpix))
            for (n, value) in pixdim.enumerated() { w.f32(76 + 4 * n, Float(value)) }
            w.f32(108, Float(voxOffset))
            w.f32(112, Float(sclSlope))
            w.f32(116, Float(sclInter))
            w.bytes(123, [UInt8(truncatingIfNeeded: xyztUnits)])
            w.bytes(148, text)
            w.i16(252, Int16(qformCode))
            w.i16(254, Int16(sformCode))
            for n in 0..<3 { w.f32(256 + 4 * n, Float(quatern[n])) }
            for n in 0..<3 { w.f32(268 + 4 * n, Float(qoffset[n])) }
            for row in 0..<3 { for n in 0..<4 { w.f32(280 + 16 * row + 4 * n, Float(srow[row][n])) } }
            w.bytes(344, [0x6E, 0x2B, 0x31, 0x00])  // "n+1\0"
        } else {
            w.bytes(4, Self.nifti2Signature)
            w.i16(12, Int16(datatype))
            w.i16(14, Int16(bitpix))
            for (n, value) in dim.enumerated() { w.i64(16 + 8 * n, Int64(value)) }
            for (n, value) in pixdim.enumerated() { w.f64(104 + 8 * n, value) }
            w.i64(168, Int64(voxOffset))
            w.f64(176, sclSlope)
            w.f64(184, sclInter)
            w.bytes(240, text)
            w.i32(344, Int32(qformCode))
            w.i32(348, Int32(sformCode))
            for n in 0..<3 { w.f64(352 + 8 * n, quatern[n]) }
            for n in 0..<3 { w.f64(376 + 8 * n, qoffset[n]) }
            for row in 0..<3 { for n in 0..<4 { w.f64(400 + 32 * row + 8 * n, srow[row][n]) } }
            w.i32(500, Int32(xyztUnits))
        }
        return w.data
    }
}

/// Unaligned loads from the header in the file's byte order.
struct NIfTIFieldReader {
    let bytes: UnsafeRawBufferPointer
    /// True when the file's byte order differs from the host's.
    let swapped: Bool

    func u16(_ offset: Int) -> UInt16 {
        let value = bytes.loadUnaligned(fromByteOffset: offset, as: UInt16.self)
        return swapped ? value.byteSwapped : value
    }
    func u32(_ offset: Int) -> UInt32 {
        let value = bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)
        return swapped ? value.byteSwapped : value
    }
    func u64(_ offset: Int) -> UInt64 {
        let value = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        return swapped ? value.byteSwapped : value
    }
    func i16(_ offset: Int) -> Int16 { Int16(bitPattern: u16(offset)) }
    func i32(_ offset: Int) -> Int32 { Int32(bitPattern: u32(offset)) }
    func i64(_ offset: Int) -> Int64 { Int64(bitPattern: u64(offset)) }
    func f32(_ offset: Int) -> Float { Float(bitPattern: u32(offset)) }
    func f64(_ offset: Int) -> Double { Double(bitPattern: u64(offset)) }
}

/// Little-endian stores into a zeroed byte array.
struct NIfTIFieldWriter {
    var data: [UInt8]

    init(count: Int) { data = [UInt8](repeating: 0, count: count) }

    mutating func bytes(_ offset: Int, _ values: [UInt8]) {
        data.replaceSubrange(offset..<(offset + values.count), with: values)
    }
    mutating func store<T: FixedWidthInteger>(_ offset: Int, _ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes(offset, Array($0)) }
    }
    mutating func i16(_ offset: Int, _ value: Int16) { store(offset, value) }
    mutating func i32(_ offset: Int, _ value: Int32) { store(offset, value) }
    mutating func i64(_ offset: Int, _ value: Int64) { store(offset, value) }
    mutating func f32(_ offset: Int, _ value: Float) { store(offset, value.bitPattern) }
    mutating func f64(_ offset: Int, _ value: Double) { store(offset, value.bitPattern) }
}
