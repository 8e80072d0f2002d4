/// Decoding and encoding of the EUC-style multi-byte sets (KS X 1001, GB 2312, GBK,
/// GB18030). The byte structure is scanned here so that malformed input is replaced the
/// way Python's codecs do; each character is mapped by iconv, except for the few code
/// points where glibc (which follows GB18030-2005/2022 and KS X 1001:2002) and Python's
/// codecs (GB18030-2000, KS X 1001:1998) disagree: there Python's mapping wins, so that
/// text decodes exactly as pydicom decodes it.
enum EUCMultiByte {
    /// GB18030 sequences (bytes packed big-endian) that Python maps differently from glibc.
    static let gb18030Overrides: [UInt32: UInt32] = [
        0xA6D9: 0xE78D, 0xA6DA: 0xE78E, 0xA6DB: 0xE78F, 0xA6DC: 0xE790, 0xA6DD: 0xE791, 0xA6DE: 0xE792,
        0xA6DF: 0xE793, 0xA6EC: 0xE794, 0xA6ED: 0xE795, 0xA6F3: 0xE796, 0xA8BC: 0xE7C7, 0xFE51: 0xE816,
        0xFE52: 0xE817, 0xFE53: 0xE818, 0xFE59: 0xE81E, 0xFE61: 0xE826, 0xFE66: 0xE82B, 0xFE67: 0xE82C,
        0xFE6C: 0xE831, 0xFE6D: 0xE832, 0xFE76: 0xE83B, 0xFE7E: 0xE843, 0xFE90: 0xE854, 0xFE91: 0xE855,
        0xFEA0: 0xE864, 0x8135F437: 0x1E3F, 0x82359037: 0x9FB4, 0x82359038: 0x9FB5, 0x82359039: 0x9FB6,
        0x82359130: 0x9FB7, 0x82359131: 0x9FB8, 0x82359132: 0x9FB9, 0x82359133: 0x9FBA, 0x82359134: 0x9FBB,
        0x84318236: 0xFE10, 0x84318237: 0xFE11, 0x84318238: 0xFE12, 0x84318239: 0xFE13, 0x84318330: 0xFE14,
        0x84318331: 0xFE15, 0x84318332: 0xFE16, 0x84318333: 0xFE17, 0x84318334: 0xFE18, 0x84318335: 0xFE19,
    ]
    static let gb18030Reverse: [UInt32: UInt32] = Dictionary(
        uniqueKeysWithValues: gb18030Overrides.map { ($0.value, $0.key) })

    /// KS X 1001 codes glibc maps but Python's euc_kr does not (added in KS X 1001:2002,
    /// the Hangul filler, which Python reads only inside 8-byte composed syllables).
    static let ksX1001Undefined: Set<UInt32> = [0xA2E8, 0xA4D4]

    /// The length of the character starting with `lead` (given the byte after it), or
    /// nil if `lead` cannot start one.
    private static func length(_ codec: CharsetCodec, lead: UInt8, next: UInt8?) -> Int? {
        if lead < 0x80 { return 1 }
        switch codec {
        case .ksX1001, .gb2312: return (0xA1...0xFE).contains(lead) ? 2 : nil
        case .gbk: return (0x81...0xFE).contains(lead) ? 2 : nil
        case .gb18030:
            guard (0x81...0xFE).contains(lead) else { return nil }
            if let next, (0x30...0x39).contains(next) { return 4 }
            return 2
        default: return nil
        }
    }

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, codec: CharsetCodec, strict: Bool) -> String? {
        var out = String.UnicodeScalarView()
        return Iconv.withCharacterDecoder(from: codec.iconvName!) { decodeOne -> String? in
            var i = 0
            while i < bytes.count {
                let lead = bytes[i]
                if lead < 0x80 {
                    out.append(Unicode.Scalar(lead))
                    i += 1
                    continue
                }
                let n = length(codec, lead: lead, next: i + 1 < bytes.count ? bytes[i + 1] : nil)
                guard let n else {
                    if strict { return nil }
                    out.append("\u{FFFD}")
                    i += 1
                    continue
                }
                guard i + n <= bytes.count else {  // incomplete at the end
                    if strict { return nil }
                    out.append("\u{FFFD}")
                    break
                }
                let chunk = UnsafeBufferPointer(rebasing: bytes[i..<(i + n)])
                let packed = chunk.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
                var scalar: Unicode.Scalar?
                if codec == .gb18030, let value = gb18030Overrides[packed] {
                    scalar = Unicode.Scalar(value)
                } else if codec == .ksX1001, ksX1001Undefined.contains(packed) {
                    scalar = nil
                } else {
                    scalar = decodeOne(chunk)
                }
                if let scalar {
                    out.append(scalar)
                    i += n
                } else {
                    if strict { return nil }
                    out.append("\u{FFFD}")
                    i += 1
                }
            }
            return String(out)
        }
    }

    static func encode(_ scalars: [Unicode.Scalar], codec: CharsetCodec) -> Result<[UInt8], EncodeFailure> {
        var out: [UInt8] = []
        for (i, s) in scalars.enumerated() {
            if codec == .gb18030, let packed = gb18030Reverse[s.value] {
                out += packed > 0xFFFF
                    ? [UInt8(packed >> 24), UInt8(packed >> 16 & 0xFF), UInt8(packed >> 8 & 0xFF), UInt8(packed & 0xFF)]
                    : [UInt8(packed >> 8), UInt8(packed & 0xFF)]
                continue
            }
            if codec == .gb18030, s.value >= 0x10000 {
                // Supplementary planes: GB18030's linear four-byte range from 0x90308130.
                var index = s.value - 0x10000
                let b4 = UInt8(0x30 + index % 10); index /= 10
                let b3 = UInt8(0x81 + index % 126); index /= 126
                let b2 = UInt8(0x30 + index % 10); index /= 10
                out += [UInt8(0x90 + index), b2, b3, b4]
                continue
            }
            guard let bytes = Iconv.encodeScalar(s, to: codec.iconvName!) else {
                return .failure(EncodeFailure(index: i))
            }
            if codec == .ksX1001, bytes.count == 2, ksX1001Undefined.contains(UInt32(bytes[0]) << 8 | UInt32(bytes[1])) {
                return .failure(EncodeFailure(index: i))
            }
            out += bytes
        }
        return .success(out)
    }
}
