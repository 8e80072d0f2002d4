import Foundation

/// Colour conversions, with pydicom's arithmetic so results agree to the last bit.
public enum ColorSpace {
    public static func isYBRFull(_ photometric: String) -> Bool {
        photometric == "YBR_FULL" || photometric == "YBR_FULL_422"
    }

    /// YBR_FULL (PS3.3 C.7.6.3.1.2) to RGB in place for 8-bit interleaved samples:
    /// float32 arithmetic, rounded as floor(x + 0.5) and clamped to 0…255, as pydicom does.
    public static func convertYBRFullToRGB(_ samples: inout Data) {
        let gFromCb = Float(-0.114) * Float(1.772) / Float(0.587)
        let gFromCr = Float(-0.299) * Float(1.402) / Float(0.587)
        let rFromCr = Float(1.402), bFromCb = Float(1.772)
        samples.withUnsafeMutableBytes { raw in
            let p = raw.bindMemory(to: UInt8.self)
            var i = 0
            while i + 2 < p.count {
                let y = Float(p[i]), cb = Float(p[i + 1]) - 128, cr = Float(p[i + 2]) - 128
                p[i] = clamp(y + cb * 0 + cr * rFromCr)
                p[i + 1] = clamp(y + cb * gFromCb + cr * gFromCr)
                p[i + 2] = clamp(y + cb * bFromCb + cr * 0)
                i += 3
            }
        }
    }

    @inline(__always) private static func clamp(_ value: Float) -> UInt8 {
        UInt8(min(max((value + 0.5).rounded(.down), 0), 255))
    }
}
