/// Shift_JIS framing for ISO-IR 13/14 (JIS X 0201), with Python's shift_jis conventions:
/// bytes below 0x80 are ASCII (0x5C is a backslash, not a yen sign), 0xA1-0xDF are
/// half-width katakana, and lead/trail pairs (JIS X 0208) are mapped by iconv.
enum ShiftJIS {
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, strict: Bool) -> String? {
        var out = String.UnicodeScalarView()
        if bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
        return Iconv.withCharacterDecoder(from: "SHIFT_JIS") { decodePair -> String? in
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x80 {
                    out.append(Unicode.Scalar(b))
                    i += 1
                } else if (0xA1...0xDF).contains(b) {
                    out.append(Unicode.Scalar(0xFF61 + UInt32(b - 0xA1))!)
                    i += 1
                } else if (0x81...0x9F).contains(b) || (0xE0...0xFC).contains(b) {
                    if i + 1 >= bytes.count {  // incomplete at the end
                        if strict { return nil }
                        out.append("\u{FFFD}")
                        break
                    }
                    let scalar = UnsafeBufferPointer(rebasing: bytes[i..<(i + 2)]).withMemoryRebound(to: UInt8.self) {
                        decodePair($0)
                    }
                    if let scalar {
                        out.append(scalar)
                        i += 2
                    } else {
                        if strict { return nil }
                        out.append("\u{FFFD}")
                        i += 1
                    }
                } else {
                    if strict { return nil }
                    out.append("\u{FFFD}")
                    i += 1
                }
            }
            return String(out)
        }
    }

    /// The single JIS X 0201 byte for a character, as Python's shift_jis encodes it.
    static func jisX0201Byte(_ s: Unicode.Scalar) -> UInt8? {
        switch s.value {
        case 0..<0x80: UInt8(s.value)
        case 0xA5: 0x5C  // YEN SIGN
        case 0x203E: 0x7E  // OVERLINE
        case 0xFF61...0xFF9F: UInt8(s.value - 0xFF61 + 0xA1)
        default: nil
        }
    }

    /// Encodes as pydicom's JIS X 0201 encoder does: every character one byte, all from
    /// the same half (romaji G0 or katakana G1) as the first.
    static func encodeJISX0201(_ scalars: [Unicode.Scalar]) -> Result<[UInt8], EncodeFailure> {
        var out: [UInt8] = []
        var msb: UInt8? = nil
        for (i, s) in scalars.enumerated() {
            guard let b = jisX0201Byte(s) else { return .failure(EncodeFailure(index: i)) }
            if let msb, b & 0x80 != msb { return .failure(EncodeFailure(index: i)) }
            msb = b & 0x80
            out.append(b)
        }
        return .success(out)
    }
}

/// The ISO 2022 JIS decoder used for fragments that start with ESC $ B (JIS X 0208) or
/// ESC $ ( D (JIS X 0212), with the conventions of Python's iso2022_jp codecs, which
/// pydicom hands these fragments to: the state persists across delimiters, control
/// characters pass through in two-byte mode, anything else must come in GL pairs.
enum ISO2022JP {
    private enum State { case ascii, roman, jis0208, jis0212 }

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, strict: Bool) -> String? {
        var out = String.UnicodeScalarView()
        return Iconv.withCharacterDecoder(from: "EUC-JP") { decodeEUC -> String? in
            var state = State.ascii
            var i = 0
            func fail() -> Bool {  // true: give up (strict)
                if strict { return true }
                out.append("\u{FFFD}")
                i += 1
                return false
            }
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x1B {
                    let rest = bytes.count - i
                    let b1: UInt8 = rest > 1 ? bytes[i + 1] : 0
                    let b2: UInt8 = rest > 2 ? bytes[i + 2] : 0
                    let b3: UInt8 = rest > 3 ? bytes[i + 3] : 0
                    switch (b1, b2) {
                    case (0x28, 0x42): state = .ascii; i += 3; continue  // ESC ( B
                    case (0x28, 0x4A): state = .roman; i += 3; continue  // ESC ( J
                    case (0x24, 0x40), (0x24, 0x42): state = .jis0208; i += 3; continue  // ESC $ @, ESC $ B
                    case (0x24, 0x28) where b3 == 0x44: state = .jis0212; i += 4; continue  // ESC $ ( D
                    default: if fail() { return nil }; continue
                    }
                }
                switch state {
                case .ascii, .roman:
                    guard b < 0x80 else { if fail() { return nil }; continue }
                    if state == .roman, b == 0x5C {
                        out.append("\u{A5}")
                    } else if state == .roman, b == 0x7E {
                        out.append("\u{203E}")
                    } else {
                        out.append(Unicode.Scalar(b))
                    }
                    i += 1
                case .jis0208, .jis0212:
                    if b < 0x20 {
                        out.append(Unicode.Scalar(b))
                        i += 1
                        continue
                    }
                    guard (0x21...0x7E).contains(b) else { if fail() { return nil }; continue }
                    guard i + 1 < bytes.count else {
                        if strict { return nil }
                        out.append("\u{FFFD}")
                        i = bytes.count
                        continue
                    }
                    let c = bytes[i + 1]
                    let euc: [UInt8] = state == .jis0208 ? [b | 0x80, c | 0x80] : [0x8F, b | 0x80, c | 0x80]
                    var scalar: Unicode.Scalar? = (0x21...0x7E).contains(c) ? euc.withUnsafeBufferPointer(decodeEUC) : nil
                    if state == .jis0212, b == 0x22, c == 0x37 { scalar = "~" }  // Python's JIS X 0212 TILDE
                    guard let scalar else { if fail() { return nil }; continue }
                    out.append(scalar)
                    i += 2
                }
            }
            return String(out)
        }
    }

    /// Encodes as pydicom's JIS X 0208/0212 encoders do: the designation escape, then
    /// every character from that set (control characters may pass through). The escape
    /// back to value 1's set is added by the caller.
    static func encode(_ scalars: [Unicode.Scalar], set: CharsetCodec) -> Result<[UInt8], EncodeFailure> {
        var out = set.escapeSequence
        for (i, s) in scalars.enumerated() {
            if i > 0, s.value < 0x20, s.value != 0x1B {
                out.append(UInt8(s.value))
                continue
            }
            guard !s.isASCII, let euc = Iconv.encodeScalar(s, to: "EUC-JP") else {
                return .failure(EncodeFailure(index: i))
            }
            if set == .jisX0208, euc.count == 2, euc[0] >= 0xA1, euc[1] >= 0xA1 {
                out += [euc[0] & 0x7F, euc[1] & 0x7F]
            } else if set == .jisX0212, euc.count == 3, euc[0] == 0x8F {
                out += [euc[1] & 0x7F, euc[2] & 0x7F]
            } else {
                return .failure(EncodeFailure(index: i))
            }
        }
        return .success(out)
    }
}
