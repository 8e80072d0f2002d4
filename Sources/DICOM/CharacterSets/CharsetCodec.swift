import Glibc

/// One coded character set that (0008,0005) can name, with the byte-level decoder and
/// encoder for it. Code pages come from glibc's iconv; only the ISO 2022 framing and
/// a handful of compatibility rules (to agree with pydicom/Python codecs) are written here.
enum CharsetCodec: Hashable, Sendable, CaseIterable {
    /// ISO-IR 6, the default repertoire. Decoded as Latin-1, as pydicom does, so that
    /// out-of-repertoire bytes survive.
    case ascii
    case latin1, latin2, latin3, latin4, cyrillic, arabic, greek, hebrew, latin5, latin9, thai
    /// JIS X 0201 (ISO-IR 13 katakana in G1, ISO-IR 14 romaji in G0), decoded as Shift_JIS.
    case jisX0201
    /// JIS X 0208 (ISO-IR 87), two GL bytes per character after ESC $ B.
    case jisX0208
    /// JIS X 0212 (ISO-IR 159), two GL bytes per character after ESC $ ( D.
    case jisX0212
    /// KS X 1001 (ISO-IR 149) in G1, i.e. EUC-KR bytes.
    case ksX1001
    /// GB 2312 (ISO-IR 58) in G1, i.e. EUC-CN bytes.
    case gb2312
    case utf8, gb18030, gbk

    /// The name of the Python codec pydicom uses for this set (used in warnings).
    var pythonName: String {
        switch self {
        case .ascii: "iso8859"
        case .latin1: "latin_1"
        case .latin2: "iso8859_2"
        case .latin3: "iso8859_3"
        case .latin4: "iso8859_4"
        case .cyrillic: "iso_ir_144"
        case .arabic: "iso_ir_127"
        case .greek: "iso_ir_126"
        case .hebrew: "iso_ir_138"
        case .latin5: "iso_ir_148"
        case .latin9: "iso8859_15"
        case .thai: "iso_ir_166"
        case .jisX0201: "shift_jis"
        case .jisX0208: "iso2022_jp"
        case .jisX0212: "iso2022_jp_2"
        case .ksX1001: "euc_kr"
        case .gb2312: "iso_ir_58"
        case .utf8: "UTF8"
        case .gb18030: "GB18030"
        case .gbk: "GBK"
        }
    }

    /// The glibc iconv name of the code page (nil where no iconv call is needed).
    var iconvName: String? {
        switch self {
        case .ascii, .latin1, .utf8: nil
        case .latin2: "ISO-8859-2"
        case .latin3: "ISO-8859-3"
        case .latin4: "ISO-8859-4"
        case .cyrillic: "ISO-8859-5"
        case .arabic: "ISO-8859-6"
        case .greek: "ISO-8859-7"
        case .hebrew: "ISO-8859-8"
        case .latin5: "ISO-8859-9"
        case .latin9: "ISO-8859-15"
        case .thai: "TIS-620"
        case .jisX0201: "SHIFT_JIS"
        case .jisX0208, .jisX0212: "EUC-JP"
        case .ksX1001: "EUC-KR"
        case .gb2312: "EUC-CN"
        case .gb18030: "GB18030"
        case .gbk: "GBK"
        }
    }

    /// Sets with one byte per character, decoded through a 256-entry table.
    var isSingleByte: Bool {
        switch self {
        case .latin2, .latin3, .latin4, .cyrillic, .arabic, .greek, .hebrew, .latin5, .latin9, .thai: true
        default: false
        }
    }

    /// The ISO 2022 JIS sets whose escape sequences stay inside the decoded fragment and
    /// whose state does not reset at delimiters (pydicom hands them to Python's
    /// iso2022_jp codecs whole).
    var isJIS2022: Bool { self == .jisX0208 || self == .jisX0212 }

    /// The escape sequence that designates this set (PS3.3 Tables C.12-3 and C.12-4).
    /// For JIS X 0201 this is the G1 katakana designation; G0 romaji is ESC ( J.
    var escapeSequence: [UInt8] {
        switch self {
        case .ascii: [0x1B, 0x28, 0x42]  // ESC ( B
        case .latin1: [0x1B, 0x2D, 0x41]  // ESC - A
        case .latin2: [0x1B, 0x2D, 0x42]
        case .latin3: [0x1B, 0x2D, 0x43]
        case .latin4: [0x1B, 0x2D, 0x44]
        case .greek: [0x1B, 0x2D, 0x46]
        case .arabic: [0x1B, 0x2D, 0x47]
        case .hebrew: [0x1B, 0x2D, 0x48]
        case .cyrillic: [0x1B, 0x2D, 0x4C]
        case .latin5: [0x1B, 0x2D, 0x4D]
        case .thai: [0x1B, 0x2D, 0x54]
        case .latin9: [0x1B, 0x2D, 0x62]  // ESC - b
        case .jisX0201: [0x1B, 0x29, 0x49]  // ESC ) I
        case .jisX0208: [0x1B, 0x24, 0x42]  // ESC $ B
        case .jisX0212: [0x1B, 0x24, 0x28, 0x44]  // ESC $ ( D
        case .ksX1001: [0x1B, 0x24, 0x29, 0x43]  // ESC $ ) C
        case .gb2312: [0x1B, 0x24, 0x29, 0x41]  // ESC $ ) A
        case .utf8, .gb18030, .gbk: []
        }
    }

    /// The set an escape sequence designates, as pydicom maps them (plus ESC - b, Latin-9).
    static func designated(by escape: UnsafeBufferPointer<UInt8>) -> CharsetCodec? {
        if escape.count == 3, escape[1] == 0x28, escape[2] == 0x4A { return .jisX0201 }  // ESC ( J
        for codec in CharsetCodec.allCases where !codec.escapeSequence.isEmpty {
            if codec.escapeSequence.elementsEqual(escape) { return codec }
        }
        return nil
    }

    // MARK: Decoding

    /// Decodes `bytes` entirely in this set. With `strict`, returns nil if any byte
    /// sequence is invalid; otherwise replaces each bad byte with U+FFFD.
    func decode(_ bytes: UnsafeBufferPointer<UInt8>, strict: Bool) -> String? {
        switch self {
        case .ascii, .latin1:
            if bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
            var s = String.UnicodeScalarView()
            for b in bytes { s.append(Unicode.Scalar(b)) }
            return String(s)
        case .utf8:
            if strict { return String(validating: bytes, as: UTF8.self) }
            return String(decoding: bytes, as: UTF8.self)
        case .latin2, .latin3, .latin4, .cyrillic, .arabic, .greek, .hebrew, .latin5, .latin9, .thai:
            let table = CodePageTables.table(self)
            var s = String.UnicodeScalarView()
            for b in bytes {
                if let scalar = table[Int(b)] {
                    s.append(scalar)
                } else if strict {
                    return nil
                } else {
                    s.append("\u{FFFD}")
                }
            }
            return String(s)
        case .jisX0201:
            return ShiftJIS.decode(bytes, strict: strict)
        case .jisX0208, .jisX0212:
            return ISO2022JP.decode(bytes, strict: strict)
        case .ksX1001, .gb2312, .gb18030, .gbk:
            return EUCMultiByte.decode(bytes, codec: self, strict: strict)
        }
    }

    // MARK: Encoding

    /// Encodes a string entirely in this set the way pydicom's encoder for it does.
    /// Returns the bytes, or the index (in scalars) of the first character that cannot be
    /// encoded. No escape sequence is added except the one JIS X 0208/0212 start with.
    func encode(_ scalars: [Unicode.Scalar]) -> Result<[UInt8], EncodeFailure> {
        switch self {
        case .ascii, .latin1:
            var out: [UInt8] = []
            out.reserveCapacity(scalars.count)
            for (i, s) in scalars.enumerated() {
                guard s.value <= 0xFF else { return .failure(EncodeFailure(index: i)) }
                out.append(UInt8(s.value))
            }
            return .success(out)
        case .utf8:
            return .success(Array(String(String.UnicodeScalarView(scalars)).utf8))
        case .latin2, .latin3, .latin4, .cyrillic, .arabic, .greek, .hebrew, .latin5, .latin9, .thai:
            let reverse = CodePageTables.reverse(self)
            var out: [UInt8] = []
            for (i, s) in scalars.enumerated() {
                guard let b = reverse[s] else { return .failure(EncodeFailure(index: i)) }
                out.append(b)
            }
            return .success(out)
        case .jisX0201:
            return ShiftJIS.encodeJISX0201(scalars)
        case .jisX0208, .jisX0212:
            return ISO2022JP.encode(scalars, set: self)
        case .ksX1001, .gb2312, .gb18030, .gbk:
            return EUCMultiByte.encode(scalars, codec: self)
        }
    }
}

/// The first character an encoder could not represent.
struct EncodeFailure: Error {
    var index: Int
}

/// 256-entry decode tables for the single-byte sets, generated from iconv on first use.
enum CodePageTables {
    private static let all: [CharsetCodec: [Unicode.Scalar?]] = {
        var result: [CharsetCodec: [Unicode.Scalar?]] = [:]
        for codec in CharsetCodec.allCases where codec.isSingleByte {
            var table = [Unicode.Scalar?](repeating: nil, count: 256)
            for b in 0..<256 {
                let byte = [UInt8(b)]
                let text = byte.withUnsafeBufferPointer { Iconv.decode($0, from: codec.iconvName!, strict: true) }
                if let text, text.unicodeScalars.count == 1 { table[b] = text.unicodeScalars.first }
            }
            if codec == .thai {
                // Python's tis_620 reads 0x80-0x9F as C1 controls and leaves 0xA0 undefined;
                // glibc does the opposite.
                for b in 0x80...0x9F { table[b] = Unicode.Scalar(UInt32(b)) }
                table[0xA0] = nil
            }
            result[codec] = table
        }
        return result
    }()

    private static let reverseAll: [CharsetCodec: [Unicode.Scalar: UInt8]] = {
        var result: [CharsetCodec: [Unicode.Scalar: UInt8]] = [:]
        for (codec, table) in all {
            var reverse: [Unicode.Scalar: UInt8] = [:]
            for (b, scalar) in table.enumerated() {
                if let scalar, reverse[scalar] == nil { reverse[scalar] = UInt8(b) }
            }
            result[codec] = reverse
        }
        return result
    }()

    static func table(_ codec: CharsetCodec) -> [Unicode.Scalar?] { all[codec]! }
    static func reverse(_ codec: CharsetCodec) -> [Unicode.Scalar: UInt8] { reverseAll[codec]! }
}

/// Thin wrappers around glibc's iconv(3), converting to and from UTF-32LE.
enum Iconv {
    private static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// Decodes `input` from the iconv code page `name`. With `strict` false, each byte
    /// iconv rejects becomes U+FFFD (and an incomplete sequence at the end one U+FFFD).
    static func decode(_ input: UnsafeBufferPointer<UInt8>, from name: String, strict: Bool) -> String? {
        guard let cd = open(to: "UTF-32LE", from: name) else { return nil }
        defer { iconv_close(cd) }
        var scalars = String.UnicodeScalarView()
        let capacity = input.count * 4 + 16
        let outBuffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 4)
        defer { outBuffer.deallocate() }
        guard let base = input.baseAddress else { return "" }
        var inPtr = UnsafeMutablePointer<CChar>(mutating: UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self))
        var inLeft = input.count
        while inLeft > 0 {
            var outPtr: UnsafeMutablePointer<CChar>? = outBuffer.assumingMemoryBound(to: CChar.self)
            var outLeft = capacity
            var inOpt: UnsafeMutablePointer<CChar>? = inPtr
            let rc = iconv(cd, &inOpt, &inLeft, &outPtr, &outLeft)
            let failure = rc == -1 ? errno : 0
            inPtr = inOpt!
            let produced = (capacity - outLeft) / 4
            let words = outBuffer.assumingMemoryBound(to: UInt32.self)
            for k in 0..<produced {
                scalars.append(Unicode.Scalar(UInt32(littleEndian: words[k])) ?? replacement)
            }
            if rc != -1 { break }
            if failure == E2BIG { continue }
            if strict { return nil }
            scalars.append(replacement)
            if failure == EINVAL { break }  // incomplete sequence at the end
            inPtr += 1
            inLeft -= 1
            _ = iconv(cd, nil, nil, nil, nil)
        }
        return String(scalars)
    }

    /// Encodes scalars one at a time into the iconv code page `name`, stopping at the
    /// first that cannot be represented.
    static func encode(_ scalars: [Unicode.Scalar], to name: String) -> Result<[UInt8], EncodeFailure> {
        guard let cd = open(to: name, from: "UTF-32LE") else { return .failure(EncodeFailure(index: 0)) }
        defer { iconv_close(cd) }
        var out: [UInt8] = []
        var outBuffer = [CChar](repeating: 0, count: 16)
        for (i, s) in scalars.enumerated() {
            if s.isASCII {
                out.append(UInt8(s.value))
                continue
            }
            var word = s.value.littleEndian
            let ok: Bool = withUnsafeMutableBytes(of: &word) { inRaw in
                outBuffer.withUnsafeMutableBufferPointer { outBuf in
                    var inPtr: UnsafeMutablePointer<CChar>? = inRaw.baseAddress!.assumingMemoryBound(to: CChar.self)
                    var inLeft = 4
                    var outPtr: UnsafeMutablePointer<CChar>? = outBuf.baseAddress
                    var outLeft = outBuf.count
                    let rc = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                    guard rc != -1 else { return false }
                    for k in 0..<(outBuf.count - outLeft) { out.append(UInt8(bitPattern: outBuf[k])) }
                    return true
                }
            }
            if !ok { return .failure(EncodeFailure(index: i)) }
        }
        return .success(out)
    }

    /// Runs `body` with a function that strictly decodes one short byte sequence
    /// (one character) from the iconv code page `name`; the handle is opened once.
    static func withCharacterDecoder<T>(
        from name: String, _ body: ((UnsafeBufferPointer<UInt8>) -> Unicode.Scalar?) -> T
    ) -> T {
        let cd = open(to: "UTF-32LE", from: name)
        defer { if let cd { iconv_close(cd) } }
        return body { bytes in
            guard let cd, let base = bytes.baseAddress else { return nil }
            _ = iconv(cd, nil, nil, nil, nil)
            var word: UInt32 = 0
            return withUnsafeMutableBytes(of: &word) { outRaw -> Unicode.Scalar? in
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutablePointer(
                    mutating: UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self))
                var inLeft = bytes.count
                var outPtr: UnsafeMutablePointer<CChar>? = outRaw.baseAddress!.assumingMemoryBound(to: CChar.self)
                var outLeft = 4
                let rc = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                guard rc != -1, inLeft == 0, outLeft == 0 else { return nil }
                return Unicode.Scalar(UInt32(littleEndian: outRaw.load(as: UInt32.self)))
            }
        }
    }

    /// Encodes one scalar into the iconv code page `name` (nil if not representable).
    static func encodeScalar(_ scalar: Unicode.Scalar, to name: String) -> [UInt8]? {
        guard case .success(let bytes) = encode([scalar], to: name) else { return nil }
        return bytes
    }

    private static func open(to: String, from: String) -> iconv_t? {
        let cd = iconv_open(to, from)
        return cd == iconv_t(bitPattern: -1) ? nil : cd
    }
}
