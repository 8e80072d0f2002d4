import DICOM
import Foundation

/// Moves samples between OpenJPEG's 32-bit component planes and the interleaved,
/// little-endian `DecodedFrame` layout, over unsafe buffers (no per-pixel allocation).
enum JPEG2000Samples {
    /// How many low bits of each OpenJPEG value survive into the output before it is
    /// sign-extended (Pixel Representation 1) or zero-extended to Bits Allocated.
    ///
    /// pylibjpeg-openjpeg truncates values to a container sized by the first component's
    /// precision (8, 16 or 32 bits); pydicom reads that container with the data set's
    /// signedness and widens it to Bits Allocated. When a monochrome codestream's
    /// signedness disagrees with Pixel Representation, pydicom then shifts left and back
    /// by `Bits Allocated − precision`, which keeps `precision` bits.
    static func keptBits(precision: Int, streamSigned: Bool, monochrome: Bool, description: PixelDescription) -> Int {
        let bitsAllocated = description.bitsAllocated
        if monochrome, streamSigned != description.isSigned, precision < bitsAllocated { return precision }
        let container = precision <= 8 ? 8 : precision <= 16 ? 16 : 32
        return min(container, bitsAllocated)
    }

    /// Writes one component plane into every `of`-th sample of `out`, keeping the low
    /// `keptBits` of each value and extending them (with sign when `signed`) to `width` bytes.
    static func store(_ plane: UnsafeBufferPointer<Int32>, component: Int, of samplesPerPixel: Int,
                      into out: UnsafeMutableRawBufferPointer, width: Int, keptBits: Int, signed: Bool) {
        let shift = Int32(32 - keptBits)
        @inline(__always) func convert(_ value: Int32) -> Int32 {
            signed ? (value &<< shift) &>> shift
                : Int32(bitPattern: UInt32(bitPattern: value &<< shift) &>> UInt32(shift))
        }
        var index = component
        switch width {
        case 1:
            let output = out.bindMemory(to: UInt8.self)
            for value in plane {
                output[index] = UInt8(truncatingIfNeeded: convert(value))
                index += samplesPerPixel
            }
        case 2:
            let output = out.bindMemory(to: UInt16.self)
            for value in plane {
                output[index] = UInt16(truncatingIfNeeded: convert(value)).littleEndian
                index += samplesPerPixel
            }
        default:
            let output = out.bindMemory(to: UInt32.self)
            for value in plane {
                output[index] = UInt32(bitPattern: convert(value)).littleEndian
                index += samplesPerPixel
            }
        }
    }

    /// Reads every `of`-th `width`-byte sample of `input` into a component plane as a
    /// `bits`-bit value: sign-extended from `bits` when `signed`, else masked to `bits`,
    /// so undefined bits above Bits Stored never reach the encoder.
    static func load(_ input: UnsafeRawBufferPointer, component: Int, of samplesPerPixel: Int, width: Int,
                     into plane: UnsafeMutableBufferPointer<Int32>, bits: Int, signed: Bool) {
        let shift = Int32(32 - bits)
        @inline(__always) func convert(_ value: UInt32) -> Int32 {
            signed ? (Int32(bitPattern: value) &<< shift) &>> shift
                : Int32(bitPattern: (value &<< UInt32(shift)) &>> UInt32(shift))
        }
        var index = component
        if width == 1 {
            let source = input.bindMemory(to: UInt8.self)
            for position in plane.indices {
                plane[position] = convert(UInt32(source[index]))
                index += samplesPerPixel
            }
        } else {
            for position in plane.indices {
                let raw = UInt16(littleEndian: input.loadUnaligned(fromByteOffset: index * 2, as: UInt16.self))
                plane[position] = convert(UInt32(raw))
                index += samplesPerPixel
            }
        }
    }
}
