import Foundation
import Testing

@testable import DICOM

// Checks SpecificCharacterSet against pydicom 3.0.2, which Tests/Oracle/charset_oracle.py
// runs over pydicom's charset corpus (chr*.dcm) and a set of hand-made cases.

private struct CharsetOracle: Decodable, Sendable {
    struct Element: Decodable, Sendable {
        var file: String
        var path: String
        var vr: String
        var hex: String
        var terms: [String]?
        var decoded: String
        var values: [String]
        var reencoded: String?
    }
    struct TermCase: Decodable, Sendable {
        var terms: [String]
        var codecs: [String]
        var warnings: [String]
    }
    struct DecodeCase: Decodable, Sendable {
        var terms: [String]
        var hex: String
        var decoded: String
    }
    struct EncodeCase: Decodable, Sendable {
        var terms: [String]
        var vr: String
        var text: String
        var hex: String
    }
    var pydicom: String
    var elements: [Element]
    var tables: [String: [String: String]]
    var term_cases: [TermCase]
    var decode_cases: [DecodeCase]
    var encode_cases: [EncodeCase]
}

private struct CharsetOracleUnavailable: Error, CustomStringConvertible {
    var description: String
}

private enum CharsetOracleData {

    static let loaded: Result<CharsetOracle, CharsetOracleUnavailable> = load()

    static func load() -> Result<CharsetOracle, CharsetOracleUnavailable> {
        let directory = TestData.root.appendingPathComponent("pydicom/charset_files")
        guard FileManager.default.fileExists(atPath: directory.appendingPathComponent("chrH31.dcm").path) else {
            return .failure(CharsetOracleUnavailable(description:
                "pydicom's charset test files (chrH31.dcm, ...) are missing from \(directory.path); \(TestData.fetchHint)"))
        }
        let output = FileManager.default.temporaryDirectory
            .appendingPathComponent("faceless-charset-oracle-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: output) }
        let run: Processes.Result
        do {
            run = try Processes.run(URL(fileURLWithPath: "/usr/bin/env"),
                                    ["python3", Oracle.folder.appendingPathComponent("charset_oracle.py").path, directory.path, output.path])
        } catch {
            return .failure(CharsetOracleUnavailable(description: "Could not run python3 (\(error)); it is needed with pydicom 3.0.2 installed."))
        }
        guard run.status == 0, let data = FileManager.default.contents(atPath: output.path) else {
            return .failure(CharsetOracleUnavailable(description:
                "Tests/Oracle/charset_oracle.py failed (python3 with pydicom 3.0.2 is needed): \(run.stderr)"))
        }
        do {
            let oracle = try JSONDecoder().decode(CharsetOracle.self, from: data)
            guard oracle.pydicom == "3.0.2" else {
                return .failure(CharsetOracleUnavailable(description: "The oracle needs pydicom 3.0.2, found \(oracle.pydicom)."))
            }
            return .success(oracle)
        } catch {
            return .failure(CharsetOracleUnavailable(description: "Could not read the oracle's output: \(error)"))
        }
    }

    static func oracle() throws -> CharsetOracle {
        switch loaded {
        case .success(let oracle): return oracle
        case .failure(let failure):
            Issue.record(Comment(rawValue: failure.description))
            throw failure
        }
    }
}

private func charsetBytes(_ hex: String) -> [UInt8] {
    var out: [UInt8] = []
    var index = hex.startIndex
    while index < hex.endIndex {
        let next = hex.index(index, offsetBy: 2)
        out.append(UInt8(hex[index..<next], radix: 16)!)
        index = next
    }
    return out
}

private func charsetHex(_ bytes: [UInt8]) -> String {
    bytes.map { String(format: "%02x", $0) }.joined()
}

/// The name Python's codecs.lookup gives each set (what pydicom decodes with).
private let charsetPythonCodecName: [CharsetCodec: String] = [
    .ascii: "iso8859-1", .latin1: "iso8859-1", .latin2: "iso8859-2", .latin3: "iso8859-3", .latin4: "iso8859-4",
    .cyrillic: "iso8859-5", .arabic: "iso8859-6", .greek: "iso8859-7", .hebrew: "iso8859-8", .latin5: "iso8859-9",
    .latin9: "iso8859-15", .thai: "tis-620", .jisX0201: "shift_jis", .jisX0208: "iso2022_jp",
    .jisX0212: "iso2022_jp_2", .ksX1001: "euc_kr", .gb2312: "gb2312", .utf8: "utf-8", .gb18030: "gb18030",
    .gbk: "gbk",
]

@Suite("Specific Character Set")
struct CharacterSetTests {
    @Test("Every text element of pydicom's charset corpus decodes exactly as pydicom decodes it")
    func corpusDecodesLikePydicom() throws {
        let oracle = try CharsetOracleData.oracle()
        #expect(Set(oracle.elements.map(\.file)).count >= 17, "expected the 17 chr*.dcm files")
        var agreed = 0
        for element in oracle.elements {
            let charset = SpecificCharacterSet(terms: element.terms ?? [])
            let vr = try #require(VR(rawValue: element.vr))
            let raw = charsetBytes(element.hex)
            let decoded = charset.decode(raw, vr: vr)
            let values = charset.decodeValues(raw, vr: vr)
            #expect(decoded == element.decoded, "\(element.file) \(element.path) \(element.vr)")
            #expect(values == element.values, "\(element.file) \(element.path) \(element.vr)")
            if decoded == element.decoded && values == element.values { agreed += 1 }
        }
        #expect(agreed == oracle.elements.count)
        print("CharacterSetTests: \(agreed) of \(oracle.elements.count) corpus text elements agree with pydicom")
    }

    @Test("Corpus values round trip and encode as pydicom encodes them")
    func corpusRoundTrips() throws {
        let oracle = try CharsetOracleData.oracle()
        var roundTrips = 0
        var sameAsPydicom = 0
        for element in oracle.elements {
            guard let reencoded = element.reencoded else { continue }
            let charset = SpecificCharacterSet(terms: element.terms ?? [])
            let vr = try #require(VR(rawValue: element.vr))
            let raw = charsetBytes(element.hex)
            var trimmed = raw
            while let last = trimmed.last, last == 0x20 || last == 0 { trimmed.removeLast() }
            if reencoded == element.hex || reencoded == charsetHex(trimmed) {
                let again = charset.encode(charset.decode(raw, vr: vr), vr: vr)
                #expect(again == raw, "round trip of \(element.file) \(element.path)")
                if again == raw { roundTrips += 1 }
            }
            let encoded = charset.encode(element.values.joined(separator: "\\"), vr: vr)
            #expect(encoded.map(charsetHex) == reencoded, "encoding of \(element.file) \(element.path)")
            if encoded.map(charsetHex) == reencoded { sameAsPydicom += 1 }
        }
        #expect(roundTrips > 100)
        print("CharacterSetTests: \(roundTrips) corpus values round trip; \(sameAsPydicom) encode exactly as pydicom")
    }

    @Test("Hand-made values, malformed ones included, decode as pydicom decodes them")
    func edgeCasesDecodeLikePydicom() throws {
        let oracle = try CharsetOracleData.oracle()
        for item in oracle.decode_cases {
            // LT: one value, so the only delimiters are CR, LF, TAB and FF, as in pydicom.
            let decoded = SpecificCharacterSet(terms: item.terms).decode(charsetBytes(item.hex), vr: .LT)
            #expect(decoded == item.decoded, "\(item.terms) \(item.hex)")
        }
    }

    @Test("Hand-made texts encode as pydicom encodes them")
    func edgeCasesEncodeLikePydicom() throws {
        let oracle = try CharsetOracleData.oracle()
        for item in oracle.encode_cases {
            let charset = SpecificCharacterSet(terms: item.terms)
            let vr = try #require(VR(rawValue: item.vr))
            let encoded = charset.encode(item.text, vr: vr)
            if item.terms == ["ISO_IR 13"] {
                // Deviation: pydicom writes '?' for the katakana; JIS X 0201 holds both halves.
                #expect(encoded == [0x41, 0x42, 0x43, 0x20, 0xB1, 0xB2, 0xB3])
                continue
            }
            #expect(encoded.map(charsetHex) == item.hex, "\(item.terms) \(item.text)")
            if let encoded { #expect(charset.decode(encoded, vr: vr) == item.text) }
        }
    }

    @Test("Terms are normalised, corrected and warned about as pydicom does")
    func termsLikePydicom() throws {
        let oracle = try CharsetOracleData.oracle()
        for item in oracle.term_cases {
            let charset = SpecificCharacterSet(terms: item.terms)
            #expect(charset.codecs.map { charsetPythonCodecName[$0]! } == item.codecs, "\(item.terms)")
            #expect(charset.warnings == item.warnings, "\(item.terms)")
        }
        #expect(SpecificCharacterSet(terms: ["ISO IR 100"]).terms == ["ISO_IR 100"])
        #expect(SpecificCharacterSet(terms: ["", "ISO 2022 IR 87"]).terms == ["ISO_IR 6", "ISO 2022 IR 87"])
        #expect(SpecificCharacterSet(terms: ["Foo"]).terms == ["ISO_IR 6"])
        #expect(SpecificCharacterSet.default.terms == ["ISO_IR 6"])
        #expect(SpecificCharacterSet.default.warnings.isEmpty)
    }

    @Test("iconv code pages agree with Python's codecs byte for byte")
    func codePagesLikePython() throws {
        let oracle = try CharsetOracleData.oracle()
        let codecs: [String: CharsetCodec] = [
            "latin_1": .latin1, "iso8859_2": .latin2, "iso8859_3": .latin3, "iso8859_4": .latin4,
            "iso8859_5": .cyrillic, "iso8859_6": .arabic, "iso8859_7": .greek, "iso8859_8": .hebrew,
            "iso8859_9": .latin5, "iso8859_15": .latin9, "tis_620": .thai, "shift_jis": .jisX0201,
            "euc_kr": .ksX1001, "gb18030": .gb18030, "gbk": .gbk, "gb2312": .gb2312,
            "iso2022_jp": .jisX0208, "iso2022_jp_2": .jisX0212,
        ]
        #expect(Set(oracle.tables.keys) == Set(codecs.keys))
        for (name, codec) in codecs {
            let python = try #require(oracle.tables[name])
            var inputs: [[UInt8]] = []
            if codec.isJIS2022 {
                for r in UInt8(0x21)...0x7E { for c in UInt8(0x21)...0x7E { inputs.append([r, c]) } }
            } else {
                inputs = (0...255).map { [UInt8($0)] }
                if [.jisX0201, .ksX1001, .gb18030, .gbk, .gb2312].contains(codec) {
                    for lead in UInt8(0x81)...0xFF { for trail in UInt8(0x40)...0xFF { inputs.append([lead, trail]) } }
                }
            }
            var mismatches: [String] = []
            for input in inputs {
                let framed = codec.isJIS2022 ? codec.escapeSequence + input : input
                let mine = framed.withUnsafeBufferPointer { codec.decode($0, strict: true) }
                if mine != python[charsetHex(input)] {
                    mismatches.append("\(charsetHex(input)): \(mine.map { $0.unicodeScalars.map { String($0.value, radix: 16) } } ?? []) vs \(python[charsetHex(input)].map { $0.unicodeScalars.map { String($0.value, radix: 16) } } ?? [])")
                }
            }
            #expect(mismatches.count == 0, "\(name): \(mismatches.count) differences, e.g. \(mismatches.prefix(12))")
        }
    }

    @Test("All decode entry points agree")
    func entryPoints() {
        let charset = SpecificCharacterSet(terms: ["", "ISO 2022 IR 87"])
        let raw: [UInt8] = [0x1B, 0x24, 0x42, 0x3B, 0x33, 0x45, 0x44, 0x1B, 0x28, 0x42, 0x5C, 0x41]
        let expected = "山田\\A"
        #expect(charset.decode(raw, vr: .LO) == expected)
        #expect(charset.decode(raw[...], vr: .LO) == expected)
        #expect(charset.decode(raw.lazy.map { $0 }, vr: .LO) == expected)
        #expect(raw.withUnsafeBytes { charset.decode($0, vr: .LO) } == expected)
        #expect(charset.decodeValues(raw, vr: .LO) == ["山田", "A"])
        // Outside the customisable VRs, bytes are Latin-1.
        #expect(charset.decode([0x41, 0xE9], vr: .CS) == "Aé")
        #expect(SpecificCharacterSet.default.encode("Aé", vr: .CS) == [0x41, 0xE9])
        #expect(SpecificCharacterSet.default.encode("山", vr: .LO) == nil)
    }

    @Test("Deviations from pydicom 3.0.2, following PS3.3/PS3.5")
    func deviations() {
        // Latin-9 (ISO_IR 203) is supported; pydicom 3.0.2 reads it as Latin-1 with a warning.
        let latin9 = SpecificCharacterSet(terms: ["ISO_IR 203"])
        #expect(latin9.warnings.isEmpty)
        #expect(latin9.decode([0xA4, 0xBC], vr: .LO) == "€Œ")
        #expect(latin9.encode("€Œ", vr: .LO) == [0xA4, 0xBC])
        let latin9Extended = SpecificCharacterSet(terms: ["", "ISO 2022 IR 203"])
        #expect(latin9Extended.decode([0x1B, 0x2D, 0x62, 0xA4], vr: .LO) == "€")
        #expect(latin9Extended.encode("€", vr: .LO) == [0x1B, 0x2D, 0x62, 0xA4])

        // GB 2312 via ESC $ ) A: the escape sequence is consumed (pydicom leaves it in the text).
        let gb2312 = SpecificCharacterSet(terms: ["", "ISO 2022 IR 58"])
        #expect(gb2312.decode([0x1B, 0x24, 0x29, 0x41, 0xCD, 0xF5], vr: .LO) == "王")
        #expect(gb2312.encode("王", vr: .LO) == [0x1B, 0x24, 0x29, 0x41, 0xCD, 0xF5])

        // A single-byte set invoked by an escape ends at the value delimiter and, in PN,
        // at '^' and '=' (PS3.5 6.1.2.5.3); pydicom carries it on until CR/LF/TAB/FF.
        let cyrillic = SpecificCharacterSet(terms: ["", "ISO 2022 IR 144"])
        #expect(cyrillic.decode([0x1B, 0x2D, 0x4C, 0xC2, 0x5C, 0xE9], vr: .LO) == "Т\\é")
        #expect(cyrillic.decode([0x1B, 0x2D, 0x4C, 0xC2, 0x5E, 0xE9], vr: .PN) == "Т^é")
        #expect(cyrillic.decode([0x1B, 0x2D, 0x4C, 0xC2, 0x5C, 0xE9], vr: .LT) == "Т\\щ")
        // Two-byte JIS X 0208 keeps its state, as in pydicom (its bytes include '\', '^', '=').
        let japanese = SpecificCharacterSet(terms: ["", "ISO 2022 IR 87"])
        #expect(japanese.decode([0x1B, 0x24, 0x42, 0x3B, 0x5E], vr: .PN) == "枝")
    }
}
