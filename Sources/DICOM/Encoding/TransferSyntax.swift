/// How a data set is encoded after the file meta information (PS3.5 §10, Annex A).
public struct TransferSyntax: Sendable, Hashable, CustomStringConvertible {
    /// The transfer syntax UID.
    public let uid: String
    public let isExplicitVR: Bool
    public let byteOrder: ByteOrder
    /// The data set after the file meta information is deflated (RFC 1951).
    public let isDeflated: Bool
    /// Pixel data is encapsulated in fragments (a compressed or otherwise encapsulated syntax).
    public let isEncapsulated: Bool

    public init(uid: String, isExplicitVR: Bool, byteOrder: ByteOrder, isDeflated: Bool = false, isEncapsulated: Bool) {
        self.uid = uid
        self.isExplicitVR = isExplicitVR
        self.byteOrder = byteOrder
        self.isDeflated = isDeflated
        self.isEncapsulated = isEncapsulated
    }

    public static let implicitVRLittleEndian = TransferSyntax(
        uid: "1.2.840.10008.1.2", isExplicitVR: false, byteOrder: .littleEndian, isEncapsulated: false)
    public static let explicitVRLittleEndian = TransferSyntax(
        uid: "1.2.840.10008.1.2.1", isExplicitVR: true, byteOrder: .littleEndian, isEncapsulated: false)
    public static let deflatedExplicitVRLittleEndian = TransferSyntax(
        uid: "1.2.840.10008.1.2.1.99", isExplicitVR: true, byteOrder: .littleEndian, isDeflated: true, isEncapsulated: false)
    public static let explicitVRBigEndian = TransferSyntax(
        uid: "1.2.840.10008.1.2.2", isExplicitVR: true, byteOrder: .bigEndian, isEncapsulated: false)

    /// Native (not encapsulated) syntaxes, by UID.
    private static let native: [String: TransferSyntax] = [
        implicitVRLittleEndian.uid: implicitVRLittleEndian,
        explicitVRLittleEndian.uid: explicitVRLittleEndian,
        deflatedExplicitVRLittleEndian.uid: deflatedExplicitVRLittleEndian,
        explicitVRBigEndian.uid: explicitVRBigEndian,
        // Encapsulated Uncompressed Explicit VR Little Endian is encapsulated: listed below.
    ]

    /// The transfer syntax for `uid`. Every standard syntax other than the four native
    /// ones encapsulates its pixel data and is Explicit VR Little Endian (PS3.5 §A.4);
    /// an unknown UID is read the same way, as pydicom does.
    public init(uid rawUID: String) {
        let uid = rawUID.trimmingDICOMPadding()
        if let known = Self.native[uid] {
            self = known
        } else {
            self.init(uid: uid, isExplicitVR: true, byteOrder: .littleEndian, isEncapsulated: true)
        }
    }

    /// True for the UIDs of the standard's registry (Transfer Syntax entries) and the native four.
    public var isKnown: Bool {
        Self.native[uid] != nil || UIDRegistry.entry(for: uid)?.type == "Transfer Syntax"
    }

    public var description: String {
        UIDRegistry.entry(for: uid).map { "\($0.name) (\(uid))" } ?? uid
    }
}

extension StringProtocol {
    /// Removes the trailing NULs and spaces that pad DICOM strings to even length,
    /// and leading spaces (insignificant in every padded string VR).
    func trimmingDICOMPadding() -> String {
        var scalars = Substring(self)
        while let last = scalars.last, last == "\0" || last == " " { scalars.removeLast() }
        while let first = scalars.first, first == " " { scalars.removeFirst() }
        return String(scalars)
    }
}
