import Crypto
import Foundation

/// The secret key behind every pseudonym: UIDs, patient IDs and names, date shifts.
///
/// Every value derived from it is HMAC-SHA256(key, domain + ":" + original), so the same key
/// gives the same output on every run, process and machine (shards agree with no coordination),
/// while without the key nobody can recompute the map from a guessed original (an MRN, say):
/// an unkeyed hash of a short identifier is broken by trying every candidate.
public struct PseudonymKey: Sendable {
    /// The key bytes. SymmetricKey is not Sendable, so one is made per use (cheap next to the HMAC).
    private let keyBytes: Data
    /// True for a key made up for one run (--random-key): its outputs link to nothing else.
    public let isRandom: Bool

    /// The shortest key accepted, in bytes.
    public static let minimumLength = 16

    /// A key from bytes (at least `minimumLength`).
    public init(bytes: some ContiguousBytes) throws(DeidentificationError) {
        let count = bytes.withUnsafeBytes { $0.count }
        guard count >= Self.minimumLength else {
            throw .badKey("the key has \(count) bytes; at least \(Self.minimumLength) are needed (e.g. `head -c 32 /dev/urandom > key`)")
        }
        keyBytes = bytes.withUnsafeBytes { Data($0) }
        isRandom = false
    }

    private init(randomBytes: Data) {
        keyBytes = randomBytes
        isRandom = true
    }

    /// A fresh random 256-bit key.
    public static func random() -> PseudonymKey {
        PseudonymKey(randomBytes: SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) })
    }

    /// The key in a file: its bytes, less one trailing line break (keys are often written with echo).
    public init(contentsOf url: URL) throws(DeidentificationError) {
        var data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .badKey("cannot read the key file \(url.path): \(error.localizedDescription)")
        }
        if data.last == 0x0A { data.removeLast() }
        if data.last == 0x0D { data.removeLast() }
        try self.init(bytes: data)
    }

    /// The key in an environment variable's value (its UTF-8 bytes).
    public init(environmentValue: String) throws(DeidentificationError) {
        try self.init(bytes: Data(environmentValue.utf8))
    }

    /// HMAC-SHA256(key, domain + ":" + text).
    func mac(_ domain: String, _ text: String) -> [UInt8] {
        var message = Data(capacity: domain.utf8.count + 1 + text.utf8.count)
        message.append(contentsOf: domain.utf8)
        message.append(0x3A)
        message.append(contentsOf: text.utf8)
        return Array(HMAC<SHA256>.authenticationCode(for: message, using: SymmetricKey(data: keyBytes)))
    }

    /// The UID that replaces `uid`: "2.25." followed by the decimal value of the first 128 bits
    /// of HMAC(key, "uid:" + uid) (PS3.5 §B.2: a UUID-sized integer under 2.25, at most 44 characters).
    public func pseudonymUID(for uid: String) -> String {
        "2.25." + Self.decimal(ofFirst16Bytes: mac("uid", uid))
    }

    /// A patient ID pseudonym: "FL" and 16 upper-case hex digits (64 bits) of HMAC(key, "patient-id:" + id).
    public func pseudonymPatientID(for patientID: String) -> String {
        "FL" + Self.hex(mac("patient-id", patientID).prefix(8))
    }

    /// An accession number pseudonym (16 characters, fits SH): "A" and 15 hex digits.
    public func pseudonymAccessionNumber(for accession: String) -> String {
        "A" + String(Self.hex(mac("accession", accession).prefix(8)).prefix(15))
    }

    /// The day shift for a patient: uniform-ish in `range`, from HMAC(key, "date-shift:" + patient ID).
    public func dateShiftDays(forPatient patientID: String, in range: ClosedRange<Int>) -> Int {
        let bytes = mac("date-shift", patientID)
        let value = bytes.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        let width = UInt64(range.upperBound - range.lowerBound + 1)
        return range.lowerBound + Int(value % width)
    }

    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0xF)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The decimal digits of the big-endian 128-bit number in `bytes[0..<16]`, without leading
    /// zeros: four 32-bit limbs divided by 10^9 repeatedly (schoolbook long
    /// division, so no 128-bit integer type is needed).
    static func decimal(ofFirst16Bytes bytes: [UInt8]) -> String {
        precondition(bytes.count >= 16)
        // Four 32-bit limbs, most significant first.
        var limbs: [UInt64] = (0..<4).map { i in
            (0..<4).reduce(UInt64(0)) { $0 << 8 | UInt64(bytes[4 * i + $1]) }
        }
        var chunks: [UInt64] = []  // base 10^9 digits, least significant first
        let base: UInt64 = 1_000_000_000
        while limbs.contains(where: { $0 != 0 }) {
            var remainder: UInt64 = 0
            for i in limbs.indices {
                let current = remainder << 32 | limbs[i]
                limbs[i] = current / base
                remainder = current % base
            }
            chunks.append(remainder)
        }
        guard let last = chunks.last else { return "0" }
        var text = String(last)
        for chunk in chunks.dropLast().reversed() {
            let digits = String(chunk)
            text += String(repeating: "0", count: 9 - digits.count) + digits
        }
        return text
    }
}
