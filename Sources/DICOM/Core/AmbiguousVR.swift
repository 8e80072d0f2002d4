/// Settling the VR of elements the dictionary lists with several ("US or SS", "OB or OW"),
/// which implicit VR files do not state. The rules are those of PS3.5 and pydicom.
extension DataSet {
    /// Tags whose VR is US when Pixel Representation is 0 and SS otherwise.
    private static let usOrSSTags: Set<UInt32> = [
        0x0018_9810, 0x0022_1452, 0x0028_0104, 0x0028_0105, 0x0028_0106, 0x0028_0107, 0x0028_0108,
        0x0028_0109, 0x0028_0110, 0x0028_0111, 0x0028_0120, 0x0028_0121, 0x0028_1101, 0x0028_1102,
        0x0028_1103, 0x0028_3002, 0x0040_9211, 0x0040_9216, 0x0060_3004, 0x0060_3006,
    ]

    /// Resolves ambiguous VRs in this data set and its items. Only implicit VR data needs it:
    /// explicit VR files state the VR.
    mutating func resolveAmbiguousVRs(explicitVR: Bool, inheritedPixelRepresentation: Int? = nil) {
        if explicitVR { return }
        let pixelRepresentation = int(Tag(0x0028, 0x0103)) ?? inheritedPixelRepresentation
        let hasPixelData = contains(Tag(0x7FE0, 0x0010))
        let lutDescriptorFirst = self[Tag(0x0028, 0x3002)]?.bytes.flatMap { $0.numbers(UInt16.self, order: byteOrder).first }
        for index in elements.indices {
            var element = elements[index]
            if case .sequence(var items) = element.value {
                for i in items.indices {
                    items[i].resolveAmbiguousVRs(explicitVR: explicitVR, inheritedPixelRepresentation: pixelRepresentation)
                }
                element.value = .sequence(items)
                set(element)
                continue
            }
            guard let entry = DataDictionary.entry(for: element.tag), entry.vrs.count > 1 else { continue }
            let tag = element.tag
            if tag == Tag(0x7FE0, 0x0010) {
                element.vr = element.hasUndefinedLength ? .OB : .OW
            } else if Self.usOrSSTags.contains(tag.rawValue) {
                let representation = pixelRepresentation ?? (hasPixelData ? 1 : 0)
                element.vr = representation == 0 ? .US : .SS
            } else if tag == Tag(0x0028, 0x3006) {
                element.vr = lutDescriptorFirst == 1 ? .US : .OW
            } else if tag.group & 0xFF00 == 0x6000 && tag.element == 0x3000 {
                element.vr = .OW
            } else if [0x5400_0110, 0x5400_0112, 0x5400_100A, 0x5400_1010].contains(tag.rawValue) {
                element.vr = .OW
            } else {
                element.vr = entry.vrs[0]
            }
            set(element)
        }
    }
}
