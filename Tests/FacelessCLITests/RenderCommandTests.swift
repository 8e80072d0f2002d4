import Foundation
import Testing
import TestSupport
import Volume

/// `faceless render` run as a user runs it, on a NIfTI phantom and a synthesized DICOM series.
@Suite("faceless render")
struct RenderCommandTests {
    /// A 60 mm ball with a small bump, in HU, as Int16 with a CT-like rescale.
    static func phantom() -> Volume<Int16> {
        let size = SIMD3(64, 64, 48)
        var voxels = [Int16](repeating: 0, count: size.x * size.y * size.z)
        for k in 0..<size.z {
            for j in 0..<size.y {
                for i in 0..<size.x {
                    let p = SIMD3<Double>(Double(i) - 31.5, Double(j) - 31.5, (Double(k) - 23.5) * 1.25)
                    let ball = 25 - (p * p).sum().squareRoot()
                    let q = p - SIMD3(10, -24, 5)
                    let bump = 5 - (q * q).sum().squareRoot()
                    let hu = min(1000, max(-1000, 200 * max(ball, bump)))
                    voxels[(k * size.y + j) * size.x + i] = Int16(hu + 1024)
                }
            }
        }
        return Volume(size: size, spacing: SIMD3(1, 1, 1.25), voxels: voxels, rescale: (1, -1024))
    }

    /// Width, height and mode of a PNG, read by Pillow.
    static func pillow(_ path: String) throws -> [String: Any] {
        let report = try Oracle.run("png_oracle.py", "png", manifest: ["files": [path], "samples": [[0, 0]]])
        return try #require((report["files"] as? [[String: Any]])?.first)
    }

    @Test("NIfTI in: one view, all views, and a --compare sheet; the CT default threshold is reported")
    func nifti() throws {
        let folder = try TestData.scratchFolder("faceless-render-cli")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("ball.nii.gz").path
        try NIfTI.write(.int16(Self.phantom()), to: URL(fileURLWithPath: input))
        let out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)

        let single = try faceless(["render", input, out.appendingPathComponent("front.png").path, "--size", "128"])
        #expect(single.status == 0, "\(single.stderr)")
        #expect(single.stderr.contains("threshold -300 HU"))
        let front = try Self.pillow(out.appendingPathComponent("front.png").path)
        #expect(front["width"] as? Int == 128 && front["height"] as? Int == 128 && front["mode"] as? String == "L")
        #expect((front["sum"] as? Int ?? 0) > 128 * 128 * 10)

        let all = try faceless(["render", input, out.appendingPathComponent("all.png").path, "--view", "all", "--size", "64", "--threshold", "0"])
        #expect(all.status == 0, "\(all.stderr)")
        #expect(all.stderr.contains("threshold 0.0, from --threshold"))
        let sheet = try Self.pillow(out.appendingPathComponent("all.png").path)
        #expect(sheet["width"] as? Int == 4 * 64 + 5 * 8 && sheet["height"] as? Int == 3 * (64 + 30) + 8)

        let compare = try faceless(["render", input, out.appendingPathComponent("pairs.png").path, "--view", "left30",
                                         "--compare", input, "--size", "64"])
        #expect(compare.status == 0, "\(compare.stderr)")
        let pairs = try Self.pillow(out.appendingPathComponent("pairs.png").path)
        #expect(pairs["width"] as? Int == 2 * 64 + 3 * 8 && pairs["height"] as? Int == 64 + 30 + 8)
    }

    @Test("DICOM series folder in, chosen as the largest series; bad input and bad options fail with a message")
    func dicomAndErrors() throws {
        let folder = try TestData.scratchFolder("faceless-render-cli")
        defer { try? FileManager.default.removeItem(at: folder) }
        let series = folder.appendingPathComponent("series")
        try FileManager.default.createDirectory(at: series, withIntermediateDirectories: true)
        _ = try SeriesSynthesis.write(Self.phantom(), to: series, patient: .example)
        let png = folder.appendingPathComponent("front.png").path
        let run = try faceless(["render", series.path, png, "--size", "96"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("CT skin default (CT)"))
        #expect(try Self.pillow(png)["width"] as? Int == 96)

        let inside = try faceless(["render", series.path, series.appendingPathComponent("x.png").path])
        #expect(inside.status != 0 && inside.stderr.contains("must not be inside the input folder"))
        let badView = try faceless(["render", series.path, png, "--view", "sideways"])
        #expect(badView.status != 0 && badView.stderr.contains("--view sideways"))
        let empty = folder.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let nothing = try faceless(["render", empty.path, png])
        #expect(nothing.status == 1 && nothing.stderr.contains("no DICOM image series"))
        let missing = try faceless(["render", folder.appendingPathComponent("nope.nii").path, png])
        #expect(missing.status == 1 && missing.stderr.contains("no such file"))
    }
}
