import DICOM
import DICOMPixels
import Deface
import Foundation
import Testing
import TestSupport
import Volume

/// The guard is proved on the files as written, a file at a time: a change on the way to disk
/// (here made on purpose by the instance rewrite) fails the series, and nothing is exported.
@Suite("The guard on the files as written")
struct WrittenGuardTests {
    @Test("a guard voxel changed on its way to disk fails the series and leaves nothing; untouched, every file is written")
    func tamperedFile() throws {
        let scratch = try TestData.scratchFolder("faceless-written-guard")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let phantom = HeadPhantom()
        let input = scratch.appendingPathComponent("in")
        try SeriesSynthesis.write(phantom.volume, to: input, patient: .example)
        let series = try #require(SeriesScanner.scan([input]).series.first)
        let group = try #require(StudyDefacing.plan([series]).groups.first)
        // The middle brain voxel in voxel order: inside the cranial cavity, so guarded.
        let size = phantom.volume.size, plane = size.x * size.y
        let brain = phantom.parts.indices.filter { phantom.contains(.brain, voxel: $0) }
        let voxel = brain[brain.count / 2], k = voxel / plane, inPlane = voxel % plane
        let middleFile = series.slices[k].url
        let tamper: InstanceRewrite = { file, source in
            var file = file
            if source == middleFile {
                let frames = try PixelFrames(file: file)
                var samples = try frames.frame(0).samples
                samples[samples.startIndex + 2 * inPlane] ^= 1
                try file.replacePixelData(with: [samples], description: frames.description,
                                          photometricInterpretation: frames.description.photometricInterpretation)
            }
            return (file, source.lastPathComponent)
        }

        let tampered = scratch.appendingPathComponent("tampered")
        let failed = StudyDefacing.deface(group, options: DefaceOptions(), rewrite: tamper) { _ in tampered }
        #expect(failed.count == 1)
        #expect(failed.first?.error?.kind == .guardChanged, "\(String(describing: failed.first?.error))")
        #expect(failed.first?.files.isEmpty == true)
        #expect((try? FileManager.default.contentsOfDirectory(atPath: tampered.path))?.isEmpty ?? true)

        let clean = scratch.appendingPathComponent("clean")
        let written = StudyDefacing.deface(group, options: DefaceOptions()) { _ in clean }
        #expect(written.first?.error == nil, "\(String(describing: written.first?.error))")
        #expect(written.first?.files.count == size.z)
        // No staging folder is left beside either destination.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch.path).filter { $0.hasPrefix(".faceless-partial") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }
}
