import Foundation

/// Parses data elements from a byte buffer into `DataSet`s.
///
/// Values are `Data` slices of the buffer, so nothing is copied. The parser tolerates
/// the defects pydicom tolerates (a wrong VR-encoding guess, unknown VRs, values
/// running past the end, undefined-length items with stray tags) and records a
/// warning for each; anything it cannot make sense of is a `DICOMError` with the
/// byte offset. Every loop advances, every length is checked against the buffer, and
/// nesting is bounded, so hostile input cannot hang it or make it allocate.
struct DataSetParser {
    let data: Data
    let bytes: UnsafeRawBufferPointer
    var warnings: [ReadWarning] = []
    /// Stop the top-level data set at (7FE0,0010), (7FE0,0008) or (7FE0,0009).
    var stopBeforePixelData = false
    /// Set when the top-level data set stopped at the pixel data.
    var stoppedAtPixelData = false
    static let maximumDepth = 64

    init(data: Data, bytes: UnsafeRawBufferPointer) {
        self.data = data
        self.bytes = bytes
    }

    mutating func warn(_ offset: Int, _ message: String) {
        warnings.append(ReadWarning(offset: offset, message: message))
    }

    // MARK: - Primitive reads

    func u16(_ offset: Int, _ order: ByteOrder) -> UInt16 {
        let raw = bytes.loadUnaligned(fromByteOffset: offset, as: UInt16.self)
        return order == .littleEndian ? UInt16(littleEndian: raw) : UInt16(bigEndian: raw)
    }

    func u32(_ offset: Int, _ order: ByteOrder) -> UInt32 {
        let raw = bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)
        return order == .littleEndian ? UInt32(littleEndian: raw) : UInt32(bigEndian: raw)
    }

    func tag(at offset: Int, _ order: ByteOrder) -> Tag {
        Tag(u16(offset, order), u16(offset + 2, order))
    }

    func slice(_ start: Int, _ end: Int) -> Data {
        data[data.startIndex + start ..< data.startIndex + end]
    }

    /// True when the two bytes at `offset` look like an explicit VR (two upper-case letters),
    /// the test pydicom uses to tell explicit from implicit encoding.
    func looksExplicit(at offset: Int) -> Bool {
        guard offset + 6 <= bytes.count else { return false }
        let a = bytes[offset + 4], b = bytes[offset + 5]
        return (0x41...0x5A).contains(a) && (0x41...0x5A).contains(b)
    }

    // MARK: - Data sets

    /// How a data set ends.
    enum Extent {
        /// At the end of the buffer (or `end`).
        case until(Int)
        /// At an item delimitation item (undefined-length sequence item).
        case delimited
    }

    /// Reads a data set starting at `offset`; on return `offset` is past it (and past
    /// the item delimiter, for delimited items).
    ///
    /// - Parameters:
    ///   - explicitVR: the encoding assumed; checked against the first element as pydicom does.
    ///   - stopAtGroupOtherThan: stop (without consuming) at the first tag outside this group (file meta).
    ///   - context: elements of enclosing data sets, innermost first (private creators, pixel representation).
    mutating func readDataSet(
        offset: inout Int, extent: Extent, explicitVR assumedExplicit: Bool, order: ByteOrder,
        depth: Int, isItem: Bool, stopAtGroupOtherThan onlyGroup: UInt16? = nil
    ) throws(DICOMError) -> DataSet {
        guard depth <= Self.maximumDepth else {
            throw DICOMError(.nestingTooDeep, at: offset, "sequences nested more than \(Self.maximumDepth) deep")
        }
        let end: Int
        switch extent {
        case .until(let limit): end = min(limit, bytes.count)
        case .delimited: end = bytes.count
        }
        let explicitVR = detectEncoding(at: offset, end: end, assumedExplicit: assumedExplicit, order: order,
                                        isItem: isItem, onlyGroup: onlyGroup)
        var elements: [DataElement] = []
        var sorted = true
        var sawDelimiter = false
        while offset < end {
            guard end - offset >= 8 else {
                warn(offset, "\(end - offset) stray bytes at the end of the data set ignored")
                offset = end
                break
            }
            let tag = tag(at: offset, order)
            if let onlyGroup, tag.group != onlyGroup { break }
            if tag == .itemDelimitationItem {
                offset += 8
                sawDelimiter = true
                break
            }
            if !isItem, depth == 0, stopBeforePixelData,
               tag == Tag(0x7FE0, 0x0010) || tag == Tag(0x7FE0, 0x0008) || tag == Tag(0x7FE0, 0x0009) {
                stoppedAtPixelData = true
                break
            }
            if tag == .sequenceDelimitationItem, isItem {
                // A sequence delimiter where an item delimiter belongs: leave it to the sequence.
                warn(offset, "sequence delimiter inside an item")
                break
            }
            let elementStart = offset
            let element: DataElement
            do {
                element = try readElement(offset: &offset, end: end, explicitVR: explicitVR, order: order,
                                          depth: depth, siblings: elements)
            } catch where depth == 0 && !isItem && error.kind == .truncated {
                // A file cut short keeps the elements before the cut, with a warning (pydicom
                // tolerates truncation too, though it loses more: see Tests/Oracle).
                warn(error.offset, "\(error.message); the data set is kept up to element \(tag) at byte \(elementStart)")
                offset = end
                break
            }
            if let last = elements.last {
                if element.tag == last.tag {
                    warn(offset, "duplicate element \(element.tag); the later value is kept")
                    elements[elements.count - 1] = element
                    continue
                }
                if element.tag < last.tag { sorted = false }
            }
            elements.append(element)
        }
        if case .delimited = extent, !sawDelimiter, offset >= end {
            warn(offset, "item of undefined length ended without an item delimiter")
        }
        if !sorted {
            warn(offset, "elements out of ascending tag order; sorted")
            // Keep the last of any duplicate tags, as pydicom's dict does.
            var byTag: [Tag: DataElement] = [:]
            for element in elements { byTag[element.tag] = element }
            elements = byTag.values.sorted { $0.tag < $1.tag }
        }
        var dataSet = DataSet(sortedElements: elements, byteOrder: order, hasUndefinedLength: false)
        if case .delimited = extent { dataSet.hasUndefinedLength = true }
        return dataSet
    }

    /// pydicom checks the first element of every data set: two upper-case letters where
    /// the VR would be mean explicit VR, whatever the transfer syntax says.
    mutating func detectEncoding(at offset: Int, end: Int, assumedExplicit: Bool, order: ByteOrder,
                                 isItem: Bool, onlyGroup: UInt16?) -> Bool {
        if isItem && !assumedExplicit { return false }
        guard offset + 6 <= end else { return assumedExplicit }
        let found = looksExplicit(at: offset)
        guard found != assumedExplicit else { return assumedExplicit }
        let first = tag(at: offset, order)
        if let onlyGroup, first.group != onlyGroup { return assumedExplicit }
        if first.isDelimiter { return assumedExplicit }
        if isItem { return false }  // items may be implicit inside explicit data sets (PS3.5 §6.2.2)
        warn(offset, "expected \(assumedExplicit ? "explicit" : "implicit") VR but found \(found ? "explicit" : "implicit"); reading as \(found ? "explicit" : "implicit")")
        return found
    }

    // MARK: - Elements

    mutating func readElement(
        offset: inout Int, end: Int, explicitVR: Bool, order: ByteOrder, depth: Int, siblings: [DataElement]
    ) throws(DICOMError) -> DataElement {
        let start = offset
        let tag = tag(at: offset, order)
        var vr: VR?
        var length: UInt32
        let b0 = bytes[offset + 4], b1 = bytes[offset + 5]
        if explicitVR {
            if let known = VR(byte0: b0, byte1: b1) {
                vr = known
                if known.hasLongExplicitLength {
                    guard offset + 12 <= end else {
                        throw DICOMError(.truncated, at: offset, "element \(tag) header cut short")
                    }
                    length = u32(offset + 8, order)
                    offset += 12
                } else {
                    length = UInt32(u16(offset + 6, order))
                    offset += 8
                }
            } else if (b0, b1) >= (0x41, 0x41) && (b0, b1) <= (0x5A, 0x5A) {
                // Letters but no VR we know: pydicom reads a 2-byte length and keeps the bytes.
                warn(offset, "unknown VR '\(String(decoding: [b0, b1], as: UTF8.self))' in \(tag); read as UN with a 2-byte length")
                vr = .UN
                length = UInt32(u16(offset + 6, order))
                offset += 8
            } else {
                warn(offset, "no valid VR in \(tag); this element read as implicit VR")
                length = u32(offset + 4, order)
                offset += 8
            }
        } else {
            length = u32(offset + 4, order)
            offset += 8
        }

        // Resolve the VR: implicit elements from the dictionaries; UN from them when known.
        let statedVR = vr
        let resolved = resolveVR(tag: tag, stated: statedVR, length: length, siblings: siblings)

        if length == 0xFFFF_FFFF {
            let isSequence = resolved == .SQ || statedVR == .UN
                || (resolved == .UN && offset + 4 <= end && self.tag(at: offset, order) == .item)
            if isSequence {
                let items = try readSequence(offset: &offset, extent: .delimited, explicitVR: explicitVR && statedVR != .UN,
                                             order: order, depth: depth)
                return DataElement(tag: tag, vr: .SQ, value: .sequence(items), hasUndefinedLength: true)
            }
            let value = try readUndefinedLengthValue(offset: &offset, end: end, order: order, tag: tag)
            return DataElement(tag: tag, vr: resolved == .OW ? .OW : (resolved.isBinary ? resolved : .OB),
                               value: .encapsulated(value), hasUndefinedLength: true)
        }

        var valueEnd = offset + Int(length)
        if valueEnd > end {
            warn(start, "value of \(tag) (\(length) bytes) runs past the end of its data set; truncated to \(end - offset) bytes")
            valueEnd = end
        }
        if resolved == .SQ {
            var itemOffset = offset
            let items = try readSequence(offset: &itemOffset, extent: .until(valueEnd),
                                         explicitVR: explicitVR && statedVR != .UN, order: order, depth: depth)
            offset = valueEnd
            return DataElement(tag: tag, vr: .SQ, value: .sequence(items))
        }
        let value = slice(offset, valueEnd)
        offset = valueEnd
        return DataElement(tag: tag, vr: resolved, value: .bytes(value), wasReadAsUN: statedVR == .UN && resolved != .UN)
    }

    /// The VR an element is read with: the stated one, or for implicit and UN elements the
    /// one from the standard or private dictionary (PS3.5 §6.2.2, pydicom's replace_un_with_known_vr).
    func resolveVR(tag: Tag, stated: VR?, length: UInt32, siblings: [DataElement]) -> VR {
        if let stated, stated != .UN { return stated }
        if tag.isPrivate {
            if tag.isPrivateCreator { return .LO }
            if let creatorTag = tag.privateCreatorTag,
               let creator = siblings.last(where: { $0.tag == creatorTag })?.bytes {
                let name = String(decoding: creator, as: UTF8.self).trimmingDICOMPadding()
                if !name.isEmpty, let entry = DataDictionary.privateEntry(creator: name, tag: tag) {
                    if let vr = entry.vrs.first { return vr }
                }
            }
            return .UN
        }
        if stated == .UN && length != 0xFFFF_FFFF && length >= 0xFFFF { return .UN }
        if let entry = DataDictionary.entry(for: tag), let first = entry.vrs.first {
            if entry.vrs.count > 1 { return stated ?? first }  // ambiguous: settled once the data set is read
            return first
        }
        if tag.element == 0 { return .UL }
        return stated ?? .UN
    }

    // MARK: - Sequences

    mutating func readSequence(offset: inout Int, extent: Extent, explicitVR: Bool, order: ByteOrder,
                               depth: Int) throws(DICOMError) -> [DataSet] {
        var items: [DataSet] = []
        let end: Int
        switch extent {
        case .until(let limit): end = limit
        case .delimited: end = bytes.count
        }
        while offset < end {
            guard end - offset >= 8 else {
                if case .delimited = extent {
                    throw DICOMError(.truncated, at: offset, "sequence ended without a sequence delimiter")
                }
                warn(offset, "\(end - offset) stray bytes at the end of a sequence ignored")
                offset = end
                break
            }
            let tag = tag(at: offset, order)
            let length = u32(offset + 4, order)
            if tag == .sequenceDelimitationItem {
                if length != 0 { warn(offset, "sequence delimiter with non-zero length \(length)") }
                offset += 8
                return items
            }
            if tag != .item {
                warn(offset, "expected an item tag, found \(tag); read as an item")
            }
            offset += 8
            if length == 0xFFFF_FFFF {
                let item = try readDataSet(offset: &offset, extent: .delimited, explicitVR: explicitVR, order: order,
                                           depth: depth + 1, isItem: true)
                items.append(item)
            } else {
                var itemEnd = offset + Int(length)
                if itemEnd > end {
                    warn(offset, "item length \(length) runs past its sequence; truncated")
                    itemEnd = end
                }
                var inner = offset
                let item = try readDataSet(offset: &inner, extent: .until(itemEnd), explicitVR: explicitVR, order: order,
                                           depth: depth + 1, isItem: true)
                items.append(item)
                offset = itemEnd
            }
        }
        if case .delimited = extent {
            throw DICOMError(.truncated, at: offset, "sequence ended without a sequence delimiter")
        }
        return items
    }

    // MARK: - Undefined-length values (encapsulated pixel data)

    /// The bytes of an undefined-length non-sequence value, up to (not including) its
    /// sequence delimiter. Walks items by their lengths first, and falls back to a byte
    /// scan for the delimiter when the items do not line up, as pydicom does.
    mutating func readUndefinedLengthValue(offset: inout Int, end: Int, order: ByteOrder, tag: Tag) throws(DICOMError) -> Data {
        let start = offset
        var cursor = offset
        while cursor + 8 <= end {
            let itemTag = self.tag(at: cursor, order)
            let length = Int(u32(cursor + 4, order))
            if itemTag == .sequenceDelimitationItem {
                offset = cursor + 8
                return slice(start, cursor)
            }
            guard itemTag == .item, length != 0xFFFF_FFFF, cursor + 8 + length <= end else { break }
            cursor += 8 + length
        }
        // Byte scan for the delimiter tag.
        let (g0, g1): (UInt8, UInt8) = order == .littleEndian ? (0xFE, 0xFF) : (0xFF, 0xFE)
        let (e0, e1): (UInt8, UInt8) = order == .littleEndian ? (0xDD, 0xE0) : (0xE0, 0xDD)
        var scan = start
        while scan + 4 <= end {
            if bytes[scan] == g0, bytes[scan + 1] == g1, bytes[scan + 2] == e0, bytes[scan + 3] == e1 {
                warn(start, "items of undefined-length \(tag) do not line up; found its delimiter by scanning")
                if scan + 8 <= end, u32(scan + 4, order) != 0 {
                    warn(scan, "sequence delimiter with non-zero length")
                }
                offset = min(scan + 8, end)
                return slice(start, scan)
            }
            scan += 1
        }
        throw DICOMError(.truncated, at: start, "undefined-length value of \(tag) has no sequence delimiter")
    }
}
