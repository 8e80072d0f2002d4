extension SpecificCharacterSet {
    // MARK: Decoding

    /// Decodes a whole element value (all its values, backslashes and padding included)
    /// for the given VR. VRs outside SH, LO, ST, LT, UC, UT and PN are decoded as
    /// Latin-1, as pydicom does. Nothing is trimmed; see ``decodeValues(_:vr:)``.
    ///
    /// Contiguous collections (`[UInt8]`, `ArraySlice<UInt8>`, `Data`, buffer pointers)
    /// are decoded in place without copying. Bytes that do not decode are replaced as
    /// pydicom does (U+FFFD, or the whole fragment re-read in the first set).
    public func decode(_ bytes: some Collection<UInt8>, vr: VR) -> String {
        if let text = bytes.withContiguousStorageIfAvailable({ decodeBuffer($0, vr: vr) }) { return text }
        return Array(bytes).withUnsafeBufferPointer { decodeBuffer($0, vr: vr) }
    }

    /// Decodes a whole element value held in raw memory; see ``decode(_:vr:)-(some Collection<UInt8>,_)``.
    public func decode(_ bytes: UnsafeRawBufferPointer, vr: VR) -> String {
        decodeBuffer(bytes.assumingMemoryBound(to: UInt8.self), vr: vr)
    }

    /// Decodes an element value and splits it into the values pydicom 3.0.2 presents:
    /// SH/LO/UC split at backslashes, each without trailing spaces and NULs; ST/LT/UT one
    /// value without trailing spaces and NULs; PN split at backslashes after removing
    /// trailing padding bytes, each name without empty trailing component groups.
    public func decodeValues(_ bytes: some Collection<UInt8>, vr: VR) -> [String] {
        var raw = Array(bytes)
        if vr == .PN {
            while let last = raw.last, last == 0x20 || last == 0 { raw.removeLast() }
            return decode(raw, vr: vr).split(separator: "\\", omittingEmptySubsequences: false).map { name in
                var groups = name.split(separator: "=", omittingEmptySubsequences: false)
                while let last = groups.last, last.isEmpty { groups.removeLast() }
                return groups.joined(separator: "=")
            }
        }
        let text = decode(raw, vr: vr)
        if vr.isSingleValuedText { return [Self.trimmingPadding(text)] }
        return text.split(separator: "\\", omittingEmptySubsequences: false).map { Self.trimmingPadding(String($0)) }
    }

    static func trimmingPadding(_ text: String) -> String {
        var scalars = text.unicodeScalars
        while let last = scalars.last, last == " " || last == "\0" { scalars.removeLast() }
        return String(scalars)
    }

    /// Bytes at which an escaped single-byte set ends and value 1's set is active again
    /// (PS3.5 §6.1.2.5.3): CR, LF, TAB, FF, the value delimiter and, for PN, '^' and '='.
    private static func isDelimiter(_ b: UInt8, vr: VR) -> Bool {
        switch b {
        case 0x0D, 0x0A, 0x09, 0x0C: return true
        case 0x5C: return !vr.isSingleValuedText
        case 0x5E, 0x3D: return vr == .PN
        default: return false
        }
    }

    func decodeBuffer(_ buffer: UnsafeBufferPointer<UInt8>, vr: VR) -> String {
        guard vr.usesSpecificCharacterSet else { return CharsetCodec.ascii.decode(buffer, strict: false)! }
        let first = codecs[0]
        guard buffer.contains(0x1B) else {
            // Every supported set reads bytes below 0x80 as ASCII when no escape is present.
            if buffer.allSatisfy({ $0 < 0x80 }) { return String(decoding: buffer, as: UTF8.self) }
            return first.decode(buffer, strict: true) ?? first.decode(buffer, strict: false)!
        }
        // Split into fragments: the bytes before the first ESC, then each ESC up to the next.
        var result = ""
        var start = 0
        while start < buffer.count {
            var end = start + 1
            while end < buffer.count, buffer[end] != 0x1B { end += 1 }
            let fragment = UnsafeBufferPointer(rebasing: buffer[start..<end])
            result += decodeFragment(fragment, vr: vr)
            start = end
        }
        return result
    }

    /// Decodes one fragment: text in value 1's set, or an escape sequence and the text in
    /// the set it designates. If that fails, the whole fragment (escape included) is read
    /// in value 1's set with replacement characters, as pydicom does.
    private func decodeFragment(_ fragment: UnsafeBufferPointer<UInt8>, vr: VR) -> String {
        let first = codecs[0]
        func fallback() -> String { first.decode(fragment, strict: false)! }
        guard fragment[0] == 0x1B else { return first.decode(fragment, strict: true) ?? fallback() }

        let fourByte = fragment.count >= 3 && fragment[1] == 0x24 && (fragment[2] == 0x28 || fragment[2] == 0x29)
        let escapeLength = min(fourByte ? 4 : 3, fragment.count)
        let escape = UnsafeBufferPointer(rebasing: fragment[0..<escapeLength])
        guard let codec = CharsetCodec.designated(by: escape), codec == .ascii || codecs.contains(codec) else {
            return fallback()  // unknown escape sequence, or a set (0008,0005) does not name
        }
        if codec.isJIS2022 {
            return codec.decode(fragment, strict: true) ?? fallback()
        }
        let body = UnsafeBufferPointer(rebasing: fragment[escapeLength...])
        guard let cut = body.firstIndex(where: { Self.isDelimiter($0, vr: vr) }) else {
            return codec.decode(body, strict: true) ?? fallback()
        }
        guard let head = codec.decode(UnsafeBufferPointer(rebasing: body[..<cut]), strict: true),
            let tail = first.decode(UnsafeBufferPointer(rebasing: body[cut...]), strict: true)
        else { return fallback() }
        return head + tail
    }

    // MARK: Encoding

    /// Encodes text for writing, choosing sets and escape sequences as pydicom does:
    /// each value (and, for PN, each component) is written in the first set that can
    /// hold all of it, otherwise split into runs, each in the set that holds the longest
    /// run. Returns nil if some character is in none of the sets. No padding is added.
    /// VRs outside SH, LO, ST, LT, UC, UT and PN are encoded as Latin-1.
    public func encode(_ text: String, vr: VR) -> [UInt8]? {
        guard vr.usesSpecificCharacterSet else {
            guard case .success(let bytes) = CharsetCodec.latin1.encode(Array(text.unicodeScalars)) else { return nil }
            return bytes
        }
        let values = vr.isSingleValuedText ? [Substring(text)] : text.split(separator: "\\", omittingEmptySubsequences: false)
        var out: [UInt8] = []
        for (k, value) in values.enumerated() {
            if k > 0 { out.append(0x5C) }
            guard vr == .PN else {
                guard let bytes = encodeString(value) else { return nil }
                out += bytes
                continue
            }
            for (g, group) in value.split(separator: "=", omittingEmptySubsequences: false).enumerated() {
                if g > 0 { out.append(0x3D) }
                for (c, component) in group.split(separator: "^", omittingEmptySubsequences: false).enumerated() {
                    if c > 0 { out.append(0x5E) }
                    guard let bytes = encodeString(component) else { return nil }
                    out += bytes
                }
            }
        }
        return out
    }

    /// The escape sequence announcing `encoded` bytes of `codec` (JIS X 0201 has two).
    private static func escape(for codec: CharsetCodec, encoded: [UInt8]?) -> [UInt8] {
        if codec == .jisX0201 {
            if let firstByte = encoded?.first, firstByte >= 0x80 { return [0x1B, 0x29, 0x49] }  // ESC ) I
            return [0x1B, 0x28, 0x4A]  // ESC ( J
        }
        return codec.escapeSequence
    }

    /// Encodes one value or PN component.
    private func encodeString(_ text: Substring) -> [UInt8]? {
        let scalars = Array(text.unicodeScalars)
        if scalars.isEmpty { return [] }
        for (i, codec) in codecs.enumerated() {
            guard case .success(var encoded) = codec.encode(scalars) else { continue }
            if i > 0, !codec.isJIS2022 { encoded = Self.escape(for: codec, encoded: encoded) + encoded }
            if codec.isJIS2022 { encoded += Self.escape(for: codecs[0], encoded: nil) }
            return encoded
        }
        if codecs.count > 1, let encoded = encodeRuns(scalars) { return encoded }
        // pydicom's last resort writes JIS X 0201 one byte per character from either half;
        // that is lossless when every character has a byte.
        if codecs[0] == .jisX0201 {
            let bytes = scalars.compactMap(ShiftJIS.jisX0201Byte)
            if bytes.count == scalars.count { return bytes }
        }
        return nil
    }

    /// Splits text into runs, each encoded in the set that holds the longest run.
    private func encodeRuns(_ scalars: [Unicode.Scalar]) -> [UInt8]? {
        var out: [UInt8] = []
        var rest = scalars[...]
        var best = CharsetCodec.ascii
        while !rest.isEmpty {
            var length = 0
            for codec in codecs {
                switch codec.encode(Array(rest)) {
                case .success:
                    best = codec
                    length = rest.count
                case .failure(let failure):
                    if failure.index > length {
                        length = failure.index
                        best = codec
                    }
                    continue
                }
                break
            }
            guard length > 0, case .success(let part) = best.encode(Array(rest.prefix(length))) else { return nil }
            if !best.isJIS2022 { out += Self.escape(for: best, encoded: part) }
            out += part
            rest = rest.dropFirst(length)
        }
        if best.isJIS2022 { out += Self.escape(for: codecs[0], encoded: nil) }
        return out
    }
}
