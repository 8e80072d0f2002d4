/// Why a volume was not defaced. Each case says what a user can do about it.
public struct DefaceError: Error, Sendable, CustomStringConvertible, Equatable {
    public enum Kind: String, Sendable {
        /// Fewer than `minimumSlices` slices: no 3-D surface to remove.
        case tooFewSlices
        /// A localizer (scout) image: a projection, not a volume.
        case localizer
        /// No skull or no body of head size found.
        case notAHead
        /// No air connected to the volume's border: the volume is cropped to the head.
        case noAir
        /// The volume cannot be processed (colour, size, geometry).
        case unsupported
        /// After drowning, a voxel inside the guard differed from the original.
        case guardChanged
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
